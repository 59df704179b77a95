// Reader for the raw scraped-page format (../shared/seed/000_8d05277bdd5f4c5e.txt):
//   dd/mm/yyyy            <- sidebar item: a date line and a headline (related links, not the
//   article) headline
//   ...
//   dd/mm/yyyy            <- the article's own date: the LAST date line followed by a blank line
//   (blank)
//   Title
//   (blank)
//   Body paragraph        <- paragraphs separated by blank lines
// The id is the file name without folders and extension. A page without such a date line is read
// as title + body without a date, and reported. Invalid UTF-8 is replaced by U+FFFD and reported;
// a file where more than 1 character in 20 is invalid (binary, another encoding) is skipped.
#pragma once

#include "corpus/reader.h"

namespace izdeu::corpus {

class PageReader : public ArticleReader {
 public:
  void Read(std::string_view content, const std::string& name, size_t first_line,
            const ArticleSink& articles, const IssueSink& issues) const override;
};

}  // namespace izdeu::corpus
