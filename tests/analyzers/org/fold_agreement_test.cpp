// Organisation ids are made from FoldWord (org_scanner.h, a fast path for plain Cyrillic and
// ASCII words) while search terms are made from NormalizeWord (normalizer.h): the two must give
// the same form for every word, or an organisation found in an article could not be found by
// its name. Checked on every word of the shipped sample corpus and the KazNERD sentences.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "analyzers/normalizer.h"
#include "analyzers/org/org_scanner.h"
#include "analyzers/tokenizer.h"
#include "tests/test_paths.h"

namespace izdeu::analyzers {
namespace {

size_t CheckFile(const std::string& path, size_t* disagreements) {
  std::ifstream in(path);
  Tokenizer tokenizer;
  std::string folded;
  size_t words = 0;
  for (std::string line; std::getline(in, line);) {
    tokenizer.Words(line, [&](std::string_view word, const Segment&) {
      ++words;
      org_internal::FoldWord(word, &folded);
      const std::string normal = NormalizeWord(word);
      if (folded != normal) {
        ++*disagreements;
        ADD_FAILURE() << path << ": \"" << word << "\" folds to \"" << folded
                      << "\" but normalises to \"" << normal << "\"";
      }
    });
  }
  return words;
}

TEST(FoldAgreementTest, FoldWordGivesNormalizeWordsFormOnRealText) {
  size_t disagreements = 0;
  const size_t sample_words =
      CheckFile(testing::SourcePath("corpus/sample/civic-news.jsonl"), &disagreements);
  EXPECT_GT(sample_words, 50000u);
  // The KazNERD sentences when ../shared/data sits beside the checkout (tests/test_paths.h).
  const std::string kaznerd = testing::SharedDataPath("ner-kaznerd/org_gold_valid.tsv");
  if (std::ifstream(kaznerd)) {
    EXPECT_GT(CheckFile(kaznerd, &disagreements), 100000u);
  }
  EXPECT_EQ(disagreements, 0u);
}

TEST(FoldAgreementTest, LookAlikesCaseAndKazakhLetters) {
  std::string folded;
  for (const char* word : {"ҚАЗАҚСТАН", "Мәслихаты", "Ёлка", "eGov", "Aлматы" /* Latin A */, "ІЛЕ",
                           "Үкіметтің", "Өңірлік", "ҰЛТТЫҚ", "Һ"}) {
    org_internal::FoldWord(word, &folded);
    EXPECT_EQ(folded, NormalizeWord(word)) << word;
  }
}

}  // namespace
}  // namespace izdeu::analyzers
