#include "analyzers/web_token.h"

#include <algorithm>

#include "common/utf8.h"

namespace izdeu::analyzers {
namespace {

constexpr size_t kMinPartBytes = 2;

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void Add(std::string_view part, std::string_view whole, std::vector<std::string>* out) {
  if (part.size() < kMinPartBytes || part == whole) return;
  if (std::find(out->begin(), out->end(), part) != out->end()) return;
  out->emplace_back(part);
}

std::vector<std::string_view> SplitOn(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t end = s.find(sep, start);
    parts.push_back(s.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

void AddDomainParts(std::string_view domain, std::string_view whole,
                    std::vector<std::string>* out) {
  std::vector<std::string_view> labels = SplitOn(domain, '.');
  if (labels.size() < 2 || std::all_of(labels.begin(), labels.end(), IsDigits)) return;
  for (size_t i = 0; i + 1 < labels.size(); ++i) {
    if (labels[i] != "www") Add(labels[i], whole, out);
  }
  if (labels[0] == "www") Add(domain.substr(4), whole, out);
}

// Letters glued to digits: the runs, when both kinds are present.
void AddRuns(std::string_view word, std::vector<std::string>* out) {
  std::vector<std::string_view> runs;
  bool letters = false, digits = false;
  size_t pos = 0, run_start = 0;
  int run_kind = -1;  // 0 letters, 1 digits, 2 other
  while (pos < word.size()) {
    size_t start = pos;
    char32_t c = DecodeUtf8(word, &pos);
    int kind = (c >= '0' && c <= '9') ? 1 : (IsCyrillic(c) || IsBasicLatinLetter(c)) ? 0 : 2;
    letters |= kind == 0;
    digits |= kind == 1;
    if (kind != run_kind) {
      if (run_kind == 0 || run_kind == 1) runs.push_back(word.substr(run_start, start - run_start));
      run_start = start;
      run_kind = kind;
    }
  }
  if (run_kind == 0 || run_kind == 1) runs.push_back(word.substr(run_start));
  if (!letters || !digits) return;
  for (std::string_view r : runs) Add(r, word, out);
}

}  // namespace

std::vector<std::string> WebTokenParts(std::string_view norm) {
  std::vector<std::string> out;
  // Fast path (one call per indexed word): most words have no '.', '@' or digit.
  if (std::none_of(norm.begin(), norm.end(),
                   [](char c) { return c == '.' || c == '@' || (c >= '0' && c <= '9'); }))
    return out;
  size_t at = norm.find('@');
  if (at != std::string_view::npos && at > 0 && at + 1 < norm.size()) {
    std::string_view domain = norm.substr(at + 1);
    Add(norm.substr(0, at), norm, &out);
    Add(domain, norm, &out);
    AddDomainParts(domain, norm, &out);
    return out;
  }
  if (norm.find('.') != std::string_view::npos) {
    AddDomainParts(norm, norm, &out);
    return out;
  }
  AddRuns(norm, &out);
  return out;
}

}  // namespace izdeu::analyzers
