#include "analyzers/kk/form_stems.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analyzers/normalizer.h"

namespace izdeu::analyzers::kk {
namespace {

std::vector<std::string> FormStemsOf(const char* lemma) {
  return FormStems(SharedKazakhStemmer(), NormalizeWord(lemma));
}

bool Has(const std::vector<std::string>& stems, const char* stem) {
  return std::find(stems.begin(), stems.end(), stem) != stems.end();
}

std::string Joined(const std::vector<std::string>& stems) {
  std::string out;
  for (const auto& s : stems) out += s + " ";
  return out;
}

// Case forms that are words of their own in the lexicon (and so stem apart in the index) are
// reached from the noun: жылға "ravine" is also жыл + ға, күнде "envy" also күн + де.
TEST(FormStemsTest, ReachesLexicalisedCaseFormsOfANoun) {
  auto jyl = FormStemsOf("жыл");
  EXPECT_TRUE(Has(jyl, "жылға")) << Joined(jyl);
  auto kun = FormStemsOf("күн");
  EXPECT_TRUE(Has(kun, "күнде")) << Joined(kun);
  auto el = FormStemsOf("ел");
  EXPECT_TRUE(Has(el, "елді")) << Joined(el);
}

// Voice stems that the lexicon lists as verbs of their own: көрінеді stems to көрін (appear,
// be seen), which a query for көр (see) must search too. The passive of -ла verbs is not one of
// them: сайланды stems to сайла itself, so no extra stem is needed.
TEST(FormStemsTest, ReachesVoiceStemsOfAVerb) {
  auto kor = FormStemsOf("көр");
  EXPECT_TRUE(Has(kor, "көрін")) << Joined(kor);
  auto sayla = FormStemsOf("сайла");
  EXPECT_FALSE(Has(sayla, "сайлан")) << Joined(sayla);
  EXPECT_EQ(SharedKazakhStemmer().Stem(NormalizeWord("сайланды")), "сайла");
}

// A regular noun whose forms all stem to it needs nothing more, and the lemma's own stem is
// never listed.
TEST(FormStemsTest, RegularNounsNeedNoExtraStems) {
  EXPECT_TRUE(FormStemsOf("мектеп").empty()) << Joined(FormStemsOf("мектеп"));
  EXPECT_TRUE(FormStemsOf("кеңес").empty()) << Joined(FormStemsOf("кеңес"));
  EXPECT_FALSE(Has(FormStemsOf("жыл"), "жыл"));
}

TEST(FormStemsTest, IgnoresNonCyrillicAndBoundsTheList) {
  EXPECT_TRUE(FormStems(SharedKazakhStemmer(), "google").empty());
  EXPECT_TRUE(FormStems(SharedKazakhStemmer(), "2017").empty());
  EXPECT_TRUE(FormStems(SharedKazakhStemmer(), "").empty());
  EXPECT_LE(FormStems(SharedKazakhStemmer(), NormalizeWord("ал"), 3).size(), 3u);
}

}  // namespace
}  // namespace izdeu::analyzers::kk
