// Reader for JSON Lines archives: one article per line, an object with "id", "date" (YYYY-MM-DD),
// "title", "body" (paragraphs separated by blank lines) and optional "url", "source", "lang".
// Blank lines are skipped. A line that is not such an object (bad JSON, missing id, a date not in
// YYYY-MM-DD form) is reported as file:line and skipped; invalid UTF-8 inside strings is replaced
// by U+FFFD and reported, keeping the article.
#pragma once

#include "corpus/reader.h"

namespace izdeu::corpus {

class JsonlReader : public ArticleReader {
 public:
  void Read(std::string_view content, const std::string& name, size_t first_line,
            const ArticleSink& articles, const IssueSink& issues) const override;
  bool LineBased() const override { return true; }
};

}  // namespace izdeu::corpus
