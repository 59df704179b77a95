// Small text helpers shared by the archive readers. Thread-safe (pure functions).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace izdeu::corpus {

// Removes leading and trailing ASCII whitespace (and a trailing \r).
std::string_view Trim(std::string_view s);

// Returns `s` with invalid UTF-8 replaced by U+FFFD; *repaired is set when anything changed.
std::string RepairUtf8(std::string_view s, bool* repaired);

// Splits text into paragraphs at blank lines; lines inside a paragraph are joined by a space,
// runs of spaces collapse, empty paragraphs are dropped.
std::vector<std::string> SplitParagraphs(std::string_view text);

// True for "YYYY-MM-DD" with a valid month and day (the Article::date format).
bool IsIsoDate(std::string_view s);
// True for "YYYY", "YYYY-MM" (month 01..12) or a valid "YYYY-MM-DD": the dates a record may give
// (Article::date), with year, month or day precision.
bool IsPartialIsoDate(std::string_view s);

}  // namespace izdeu::corpus
