#include "analyzers/language.h"

#include <gtest/gtest.h>

namespace izdeu::analyzers {
namespace {

TEST(LanguageTest, TellsKazakhFromRussian) {
  EXPECT_EQ(DetectLanguage("Қоғамдық кеңес: жұмыс тәжірибесі мен өзара байланыс механизмі"),
            Language::kKazakh);
  EXPECT_EQ(DetectLanguage("Премьер-Министр провел совещание по вопросам развития экономики"),
            Language::kRussian);
  // Kazakh without any Kazakh-only letter: decided by its function words.
  EXPECT_EQ(DetectLanguage("Бала мен ана бойынша жоба"), Language::kKazakh);
}

TEST(LanguageTest, RussianTextMentioningKazakhNamesStaysRussian) {
  EXPECT_EQ(
      DetectLanguage(
          "В Астане состоялось заседание, посвященное программе «Нұрлы жол» и развитию регионов"),
      Language::kRussian);
}

TEST(LanguageTest, LatinIsOtherUnlessKazakhLatin) {
  EXPECT_EQ(DetectLanguage("The government of Kazakhstan announced"), Language::kOther);
  EXPECT_EQ(DetectLanguage("Qazaqstannyñ Ükımetı şeşım qabyldady"), Language::kKazakh);
  EXPECT_EQ(DetectLanguage("12345 !!!"), Language::kOther);
}

TEST(LanguageTest, CodesRoundTrip) {
  for (Language l : {Language::kKazakh, Language::kRussian, Language::kOther}) {
    EXPECT_EQ(ParseLanguageCode(LanguageCode(l)), l);
  }
  EXPECT_FALSE(ParseLanguageCode("en").has_value());
}

}  // namespace
}  // namespace izdeu::analyzers
