// Archive readers: bytes of one archive file -> Article records. One reader per format, each in
// corpus/formats/ (Omega's handler_*.cc), all behind the ArticleReader interface. Readers take a
// byte buffer and a display name instead of a path, so tests feed in-memory input.
// Contract: every record that can be read is delivered; every problem is reported once as a
// ReadIssue (file:line: reason) and reading goes on with the next record.
// Thread-safety: readers are stateless; Read may be called from several threads at once.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/article.h"

namespace izdeu::corpus {

using ArticleSink = std::function<void(Article&&)>;
using IssueSink = std::function<void(const ReadIssue&)>;

class ArticleReader {
 public:
  virtual ~ArticleReader() = default;
  // Reads all records of `content`: a whole file, or for line-based formats a run of whole lines
  // that starts at line `first_line` (1-based) of the file. `name` is the file's path, used for
  // ids and messages.
  virtual void Read(std::string_view content, const std::string& name, size_t first_line,
                    const ArticleSink& articles, const IssueSink& issues) const = 0;
  // True when the format is line-based, so a large file may be handed over in chunks of lines.
  virtual bool LineBased() const { return false; }
};

// The reader for a file name by extension (".txt" raw page, ".jsonl"/".json" JSON Lines), or
// nullptr when no reader handles it.
const ArticleReader* ReaderForPath(std::string_view path);

// Reads every input: files by extension, folders walked recursively in sorted order (so ids and
// progress are reproducible). Unreadable paths and unknown extensions inside folders are reported
// as issues (named files with an unknown extension too). Returns the number of files read.
// `on_bytes` (optional) is told the file bytes consumed after each file or chunk, for progress.
size_t ReadInputs(const std::vector<std::string>& paths, const ArticleSink& articles,
                  const IssueSink& issues, const std::function<void(uint64_t)>& on_bytes = {});

// Total size in bytes of the files ReadInputs would read (for progress estimates).
uint64_t InputBytes(const std::vector<std::string>& paths);

}  // namespace izdeu::corpus
