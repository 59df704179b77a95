#include "corpus/text_util.h"

#include "common/calendar.h"
#include "common/utf8.h"

namespace izdeu::corpus {

std::string_view Trim(std::string_view s) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string RepairUtf8(std::string_view s, bool* repaired) {
  *repaired = false;
  if (IsValidUtf8(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 8);
  size_t pos = 0;
  while (pos < s.size()) AppendUtf8(DecodeUtf8(s, &pos), &out);
  *repaired = true;
  return out;
}

std::vector<std::string> SplitParagraphs(std::string_view text) {
  std::vector<std::string> paragraphs;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) paragraphs.push_back(std::move(current));
    current.clear();
  };
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = Trim(text.substr(begin, end - begin));
    if (line.empty()) {
      flush();
    } else {
      for (char c : line) {
        bool space = c == ' ' || c == '\t';
        if (space && (current.empty() || current.back() == ' ')) continue;
        current.push_back(space ? ' ' : c);
      }
      if (!current.empty() && current.back() != ' ') current.push_back(' ');
    }
    begin = end + 1;
  }
  flush();
  for (auto& p : paragraphs) {
    while (!p.empty() && p.back() == ' ') p.pop_back();
  }
  return paragraphs;
}

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  int month = (s[5] - '0') * 10 + (s[6] - '0');
  int day = (s[8] - '0') * 10 + (s[9] - '0');
  int year = std::stoi(std::string(s.substr(0, 4)));
  return IsValidDate(year, month, day);
}

bool IsPartialIsoDate(std::string_view s) {
  auto digits = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
  };
  if (s.size() == 4) return digits(0, 4) && s[0] != '0';
  if (s.size() == 7 && s[4] == '-' && digits(0, 4) && digits(5, 7)) {
    int month = (s[5] - '0') * 10 + (s[6] - '0');
    return s[0] != '0' && month >= 1 && month <= 12;
  }
  return IsIsoDate(s);
}

}  // namespace izdeu::corpus
