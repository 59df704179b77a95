#include "analyzers/kk/lexicon.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "analyzers/normalizer.h"

namespace izdeu::analyzers::kk {
namespace {

TEST(KazakhLexiconTest, LooksUpWordsAndTags) {
  const Lexicon lexicon(
      "алма\tn\nкел\tv\nалматы\tp\nжәне\tf\nбар\tnv\nтегсіз\n# comment\n\nбар\tf\n");
  EXPECT_EQ(lexicon.Tags("алма"), kTagNominal);
  EXPECT_EQ(lexicon.Tags("кел"), kTagVerb);
  EXPECT_EQ(lexicon.Tags("алматы"), kTagProper);
  EXPECT_EQ(lexicon.Tags("және"), kTagFrozen);
  EXPECT_EQ(lexicon.Tags("бар"), kTagNominal | kTagVerb | kTagFrozen);  // duplicates merge
  EXPECT_EQ(lexicon.Tags("тегсіз"), kTagNominal);                       // no tags: nominal
  EXPECT_EQ(lexicon.Tags("# comment"), 0);
  EXPECT_EQ(lexicon.Tags("ал"), 0);  // a prefix is not a word
  EXPECT_EQ(lexicon.Tags("алмас"), 0);
  EXPECT_EQ(lexicon.Tags(""), 0);
  EXPECT_EQ(lexicon.size(), 6u);
}

TEST(KazakhLexiconTest, HandlesEmptyAndUnterminatedInput) {
  EXPECT_EQ(Lexicon("").size(), 0u);
  EXPECT_EQ(Lexicon("").Tags("алма"), 0);
  EXPECT_EQ(Lexicon("алма\tn").Tags("алма"), kTagNominal);  // no final newline
  EXPECT_EQ(Lexicon("алма\tn\r\n").Tags("алма"), kTagNominal);
}

// The shipped data file: sorted, one normalised word per line, known tags. A word that
// NormalizeWord would change could never be found, since the stemmer sees normalised words.
TEST(KazakhLexiconTest, DataFileIsSortedAndNormalised) {
  std::ifstream in(std::string(IZDEU_SOURCE_DIR) + "/analyzers/kk/data/lexicon.txt");
  ASSERT_TRUE(in) << "analyzers/kk/data/lexicon.txt";
  std::string line, previous;
  size_t lines = 0;
  while (std::getline(in, line)) {
    ++lines;
    size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    std::string word = line.substr(0, tab), tags = line.substr(tab + 1);
    EXPECT_EQ(NormalizeWord(word), word) << line;
    EXPECT_LT(previous, word) << "not sorted or duplicated at " << line;
    EXPECT_EQ(tags.find_first_not_of("fnpv"), std::string::npos) << line;
    previous = word;
  }
  EXPECT_GT(lines, 25000u);
}

}  // namespace
}  // namespace izdeu::analyzers::kk
