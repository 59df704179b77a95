#include "corpus/reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "corpus/formats/jsonl_reader.h"
#include "corpus/formats/page_reader.h"

namespace izdeu::corpus {
namespace {

namespace fs = std::filesystem;

// Line-based files are handed to their reader in chunks of whole lines, so a multi-GB JSONL
// archive never sits in memory at once.
constexpr size_t kChunkBytes = 1 << 20;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

void ReadFile(const fs::path& path, const ArticleReader& reader, const ArticleSink& articles,
              const IssueSink& issues, const std::function<void(uint64_t)>& on_bytes) {
  const std::string name = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    issues({name, 0, "cannot open file"});
    return;
  }
  if (!reader.LineBased()) {
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) {
      issues({name, 0, "read error"});
      return;
    }
    reader.Read(content, name, 1, articles, issues);
    if (on_bytes) on_bytes(content.size());
    return;
  }
  std::string buffer;
  size_t next_line = 1;
  std::string chunk(kChunkBytes, '\0');
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    buffer.append(chunk.data(), static_cast<size_t>(in.gcount()));
    size_t cut = in ? buffer.rfind('\n') : buffer.size();  // at EOF take the rest
    if (cut == std::string::npos) continue;                // a line longer than a chunk: read on
    size_t take = in ? cut + 1 : buffer.size();
    std::string_view lines(buffer.data(), take);
    reader.Read(lines, name, next_line, articles, issues);
    if (on_bytes) on_bytes(take);
    next_line += static_cast<size_t>(std::count(lines.begin(), lines.end(), '\n'));
    buffer.erase(0, take);
  }
  if (in.bad()) issues({name, next_line, "read error"});
}

}  // namespace

const ArticleReader* ReaderForPath(std::string_view path) {
  static const PageReader kPageReader;
  static const JsonlReader kJsonlReader;
  if (EndsWith(path, ".txt")) return &kPageReader;
  if (EndsWith(path, ".jsonl") || EndsWith(path, ".json")) return &kJsonlReader;
  return nullptr;
}

namespace {

// The files of `paths` that have a reader, in reading order; problems go to `issues`.
std::vector<fs::path> ArchiveFiles(const std::vector<std::string>& paths, const IssueSink& issues) {
  std::vector<fs::path> files;
  for (const std::string& input : paths) {
    std::error_code ec;
    fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      issues({input, 0, "no such file or folder"});
      continue;
    }
    std::vector<fs::path> found;
    if (fs::is_directory(status)) {
      for (fs::recursive_directory_iterator
               it(input, fs::directory_options::skip_permission_denied, ec),
           end;
           !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec)) found.push_back(it->path());
      }
      if (ec) issues({input, 0, "cannot walk folder: " + ec.message()});
      std::sort(found.begin(), found.end());
    } else {
      found.push_back(input);
    }
    for (const fs::path& path : found) {
      if (ReaderForPath(path.string()) != nullptr) {
        files.push_back(path);
      } else if (!fs::is_directory(status)) {
        // Inside folders, files of other kinds (README, licences) are expected: skip quietly.
        issues({path.string(), 0, "unknown file type (want .txt, .jsonl)"});
      }
    }
  }
  return files;
}

}  // namespace

size_t ReadInputs(const std::vector<std::string>& paths, const ArticleSink& articles,
                  const IssueSink& issues, const std::function<void(uint64_t)>& on_bytes) {
  std::vector<fs::path> files = ArchiveFiles(paths, issues);
  for (const fs::path& path : files)
    ReadFile(path, *ReaderForPath(path.string()), articles, issues, on_bytes);
  return files.size();
}

uint64_t InputBytes(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  std::error_code ec;
  for (const fs::path& path : ArchiveFiles(paths, [](const ReadIssue&) {})) {
    auto size = fs::file_size(path, ec);
    if (!ec) total += size;
  }
  return total;
}

}  // namespace izdeu::corpus
