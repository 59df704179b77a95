// Article: the one record every archive format is read into, and the indexer's input.
// Plain data; strings are UTF-8 (readers repair invalid bytes to U+FFFD and say so).
#pragma once

#include <string>
#include <vector>

namespace izdeu::corpus {

struct Article {
  std::string id;  // stable, unique within an archive; never empty
  // "YYYY-MM-DD", "YYYY-MM" or "YYYY" (day, month or year precision), or empty when the record
  // has none.
  std::string date;
  // Where `date` came from: "record" (a field of a structured record, e.g. JSON Lines), "page"
  // (the date line of a scraped page); empty when there is no date. The indexer adds "text".
  std::string date_source;
  std::string title;                    // may be empty
  std::vector<std::string> paragraphs;  // body, in order; no empty paragraphs
  std::string url;                      // empty when unknown
  std::string source;                   // site or archive name; empty when unknown
  std::string lang;    // "kk", "ru", "other", or empty when the record says nothing
  std::string origin;  // "file:line" where the record starts, for messages
};

// A problem in the input, reported as "file:line: reason". Readers report and go on.
struct ReadIssue {
  std::string file;
  size_t line = 0;  // 1-based; 0 when the whole file is concerned
  std::string reason;
  std::string ToString() const {
    return line == 0 ? file + ": " + reason : file + ":" + std::to_string(line) + ": " + reason;
  }
};

}  // namespace izdeu::corpus
