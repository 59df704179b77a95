#include "analyzers/normalizer.h"

#include <gtest/gtest.h>

namespace izdeu::analyzers {
namespace {

struct Case {
  const char* input;
  const char* expected;
};

TEST(NormalizerTest, FoldsKazakhCyrillicCase) {
  const Case cases[] = {
      {"ҚАЗАҚСТАН", "қазақстан"}, {"Әлеуметтік", "әлеуметтік"},
      {"ҒЫЛЫМ", "ғылым"},         {"ҢӨҰҮҺІ", "ңөұүһі"},
      {"Өскемен", "өскемен"},     {"Үкіметі", "үкіметі"},
      {"МӘЖІЛІС", "мәжіліс"},     {"Ёлка", "елка"},  // ё folds to е, as Russian search does
  };
  for (const auto& c : cases) EXPECT_EQ(NormalizeWord(c.input), c.expected) << c.input;
}

TEST(NormalizerTest, TurkicDottedAndDotlessIMeet) {
  // İ must not become "i̇" (i + combining dot) as English lower-casing makes it.
  EXPECT_EQ(NormalizeWord("İSTANBUL"), "istanbul");
  EXPECT_EQ(NormalizeWord("Irı"), "iri");
  EXPECT_EQ(NormalizeWord("QAZAQSTANNYÑ"), "qazaqstannyñ");
  EXPECT_EQ(NormalizeWord("Şyğys"), "şyğys");
}

TEST(NormalizerTest, RepairsLatinLookalikesInsideCyrillicWords) {
  // "қоғамдық" typed with Latin o and a; "кеңес" with Latin e; "Алматы" with Latin A.
  EXPECT_EQ(NormalizeWord("қoғамдық"), "қоғамдық");
  EXPECT_EQ(NormalizeWord("кeңec"), "кеңес");
  EXPECT_EQ(NormalizeWord("Aлматы"), "алматы");
  // A Latin word is left alone.
  EXPECT_EQ(NormalizeWord("Google"), "google");
}

TEST(NormalizerTest, RepairsLookalikesOfKazakhLetters) {
  EXPECT_EQ(NormalizeWord("ґылым"), "ғылым");        // Ukrainian ґ for ғ
  EXPECT_EQ(NormalizeWord("ҡазаҡ"), "қазақ");        // Bashkir ҡ for қ
  EXPECT_EQ(NormalizeWord("мəслихат"), "мәслихат");  // Latin schwa for ә
  EXPECT_EQ(NormalizeWord("ɵнер"), "өнер");          // Latin barred o for ө
}

TEST(NormalizerTest, DropsInvisibleCharacters) {
  EXPECT_EQ(NormalizeWord("қоғам\u00ADдық"), "қоғамдық");  // soft hyphen
  EXPECT_EQ(NormalizeWord("ке\u200Bңес"), "кеңес");        // zero-width space
  EXPECT_EQ(NormalizeWord("\uFEFFАлматы"), "алматы");      // BOM
  EXPECT_EQ(NormalizeWord("\u200D"), "");
}

TEST(NormalizerTest, AppliesNfkcAndUnifiesApostrophes) {
  EXPECT_EQ(NormalizeWord("ＡＢＣ"), "abc");  // fullwidth
  EXPECT_EQ(NormalizeWord("и\u0306"), "й");   // decomposed й
  EXPECT_EQ(NormalizeWord("Qog’amdyq"), "qog'amdyq");
  EXPECT_EQ(NormalizeWord("ken\u02BCes"), "ken'es");
}

TEST(NormalizerTest, SurvivesInvalidUtf8) {
  std::string bad = "\xC3\x28\xFF\xFE\xE2\x82";
  std::string out = NormalizeWord(bad);
  EXPECT_FALSE(out.empty());
}

}  // namespace
}  // namespace izdeu::analyzers
