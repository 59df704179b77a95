#include "corpus/formats/page_reader.h"

#include <vector>

#include "corpus/text_util.h"

namespace izdeu::corpus {
namespace {

// "dd/mm/yyyy" (surrounding spaces allowed) -> "yyyy-mm-dd"; empty when the line is not a date.
std::string DateOfLine(std::string_view line) {
  line = Trim(line);
  if (line.size() != 10 || line[2] != '/' || line[5] != '/') return "";
  std::string iso = std::string(line.substr(6, 4)) + "-" + std::string(line.substr(3, 2)) + "-" +
                    std::string(line.substr(0, 2));
  return IsIsoDate(iso) ? iso : "";
}

// True when more than 1 in 20 characters (and at least 8) had to be replaced: a binary file or a
// text in another encoding (say CP1251), which would only index noise. A few bad bytes in real
// text are kept.
bool LooksBinary(std::string_view repaired) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  size_t replaced = 0, chars = 0;
  for (size_t i = 0; i < repaired.size(); ++i) {
    if ((static_cast<unsigned char>(repaired[i]) & 0xC0) != 0x80) ++chars;
    if (repaired.compare(i, kReplacement.size(), kReplacement) == 0) ++replaced;
  }
  return replaced >= 8 && replaced * 20 > chars;
}

std::string IdFromName(const std::string& name) {
  size_t slash = name.find_last_of('/');
  std::string base = slash == std::string::npos ? name : name.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}

}  // namespace

void PageReader::Read(std::string_view raw, const std::string& name, size_t /*first_line*/,
                      const ArticleSink& articles, const IssueSink& issues) const {
  bool repaired = false;
  std::string content = RepairUtf8(raw, &repaired);
  if (repaired && LooksBinary(content)) {
    issues({name, 0, "not UTF-8 text (binary or another encoding): skipped"});
    return;
  }
  if (repaired) issues({name, 0, "invalid UTF-8 replaced by U+FFFD"});

  std::vector<std::string_view> lines;
  std::string_view text = content;
  for (size_t begin = 0; begin <= text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }

  // The article's own date: the last date line followed by a blank line.
  size_t date_line = lines.size();
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (Trim(lines[i + 1]).empty() && !DateOfLine(lines[i]).empty()) date_line = i;
  }
  Article article;
  article.id = IdFromName(name);
  article.origin = name + ":1";
  size_t title_search_from = 0;
  if (date_line < lines.size()) {
    article.date = DateOfLine(lines[date_line]);
    article.date_source = "page";
    title_search_from = date_line + 1;
  } else {
    issues({name, 0,
            "no article date line (dd/mm/yyyy followed by a blank line); read without a date"});
  }
  size_t title_line = title_search_from;
  while (title_line < lines.size() &&
         (Trim(lines[title_line]).empty() || !DateOfLine(lines[title_line]).empty())) {
    ++title_line;
  }
  if (title_line >= lines.size()) {
    issues({name, 0, "no article text found"});
    return;
  }
  article.title = std::string(Trim(lines[title_line]));
  size_t body_begin =
      static_cast<size_t>(lines[title_line].data() - text.data()) + lines[title_line].size();
  article.paragraphs = SplitParagraphs(text.substr(std::min(body_begin, text.size())));
  if (article.paragraphs.empty()) {
    issues({name, title_line + 1, "article has a title but no body"});
  }
  articles(std::move(article));
}

}  // namespace izdeu::corpus
