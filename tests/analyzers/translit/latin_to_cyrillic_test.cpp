#include "analyzers/translit/latin_to_cyrillic.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "analyzers/normalizer.h"
#include "tests/test_paths.h"

namespace izdeu::analyzers {
namespace {

bool HasCandidate(std::string_view latin, std::string_view cyrillic) {
  for (const auto& c : LatinToCyrillicCandidates(NormalizeWord(latin), 256)) {
    if (c.text == cyrillic) return true;
  }
  return false;
}

TEST(LatinToCyrillicTest, ReadsAllThreeLatinSpellings) {
  EXPECT_TRUE(HasCandidate("Qoğamdyq", "қоғамдық"));  // 2021
  EXPECT_TRUE(HasCandidate("keñes", "кеңес"));
  EXPECT_TRUE(HasCandidate("Qog'amdyq", "қоғамдық"));  // 2018 apostrophes
  EXPECT_TRUE(HasCandidate("ken'es", "кеңес"));
  EXPECT_TRUE(HasCandidate("qogamdyq", "қоғамдық"));  // informal ASCII
  EXPECT_TRUE(HasCandidate("kenes", "кеңес"));
  EXPECT_TRUE(HasCandidate("Almaty", "алматы"));
  EXPECT_TRUE(HasCandidate("Qazaqstannyñ", "қазақстанның"));
}

TEST(LatinToCyrillicTest, OfficialReadingComesFirst) {
  auto c = LatinToCyrillicCandidates(NormalizeWord("Şyğys"));
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0].text, "шығыс");
  EXPECT_EQ(c[0].cost, 0);
}

TEST(LatinToCyrillicTest, RejectsNonLatinWords) {
  EXPECT_TRUE(LatinToCyrillicCandidates("алматы").empty());
  EXPECT_TRUE(LatinToCyrillicCandidates("2015").empty());
}

TEST(CyrillicToLatinTest, MatchesTheSharedTestPairs) {
  std::ifstream in(testing::SharedDataPath("translit/test_pairs_2021.tsv"));
  if (!in) GTEST_SKIP() << "../shared/data not present";
  std::string line;
  std::getline(in, line);  // header
  int checked = 0;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string cyrillic, latin;
    std::getline(fields, cyrillic, '\t');
    std::getline(fields, latin, '\t');
    if (cyrillic.find(' ') != std::string::npos)
      continue;  // words only; sentences keep punctuation rules
    if (cyrillic.find("сц") != std::string::npos || cyrillic.find("СЦ") != std::string::npos)
      continue;
    // Our output is lower case: compare in normal form (which also folds ı and i together).
    EXPECT_EQ(NormalizeWord(CyrillicToLatin2021(cyrillic)), NormalizeWord(latin)) << cyrillic;
    ++checked;
  }
  EXPECT_GT(checked, 10);
}

TEST(AsciiLatinTest, DropsTheDiacriticsOf2021Latin) {
  EXPECT_EQ(AsciiLatin(CyrillicToLatin2021("қоғамдық кеңес")), "qogamdyq kenes");
  EXPECT_EQ(AsciiLatin(CyrillicToLatin2021("шақыру")), "shaqyru");
  EXPECT_EQ(AsciiLatin(CyrillicToLatin2021("өнер үйі")), "oner uii");
  EXPECT_EQ(AsciiLatin("g'ana"), "gana");
}

}  // namespace
}  // namespace izdeu::analyzers
