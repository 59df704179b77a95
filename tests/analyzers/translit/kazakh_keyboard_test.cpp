#include "analyzers/translit/kazakh_keyboard.h"

#include <gtest/gtest.h>

#include <string>

#include "analyzers/normalizer.h"

namespace izdeu::analyzers {
namespace {

// The cost of `kazakh` among the candidates of `typed`, or -1 when it is not listed.
int CostOf(std::string_view typed, std::string_view kazakh, size_t limit = 64) {
  for (const auto& c : KazakhKeyboardCandidates(NormalizeWord(typed), limit)) {
    if (c.text == kazakh) return c.cost;
  }
  return -1;
}

TEST(KazakhKeyboardTest, RestoresTheKazakhLettersOfNativeWordsCheaply) {
  EXPECT_EQ(CostOf("казакстан", "қазақстан"), 0);  // back word: к -> қ
  EXPECT_EQ(CostOf("Казакстан", "қазақстан"), 0);
  EXPECT_EQ(CostOf("когамдык", "қоғамдық"), 0);
  EXPECT_EQ(CostOf("кенес", "кеңес"), 1);                      // ң is never implied by harmony
  EXPECT_EQ(CostOf("республикасынын", "республикасының"), 2);  // к of a loan: +1
  EXPECT_EQ(CostOf("назарбаевтын", "назарбаевтың"), 1);
  EXPECT_EQ(CostOf("билим", "білім"), 0);  // front word: и -> і
  EXPECT_EQ(CostOf("окушы", "оқушы"), 0);
  EXPECT_EQ(CostOf("онер", "өнер"), 0);
}

TEST(KazakhKeyboardTest, ReachesLoanwordsThatMixHarmonyAtAHigherCost) {
  int cost = CostOf("маслихаттын", "мәслихаттың");
  EXPECT_GT(cost, 1);
  EXPECT_LE(cost, 3);
}

// кала is both қала (town) and кала (a Russian loan): both are offered, the word as typed is
// not (it is searched anyway), and the list is bounded.
TEST(KazakhKeyboardTest, KeepsAmbiguityBounded) {
  EXPECT_EQ(CostOf("кала", "қала"), 0);
  EXPECT_EQ(CostOf("кала", "кала"), -1);
  EXPECT_LE(KazakhKeyboardCandidates("казакстанныныкы", 10).size(), 10u);
  auto first = KazakhKeyboardCandidates("кала", 64);
  ASSERT_FALSE(first.empty());
  for (size_t i = 1; i < first.size(); ++i) EXPECT_LE(first[i - 1].cost, first[i].cost);
}

TEST(KazakhKeyboardTest, LeavesWordsWithKazakhLettersLatinAndDigitsAlone) {
  EXPECT_TRUE(KazakhKeyboardCandidates("қала").empty());
  EXPECT_TRUE(KazakhKeyboardCandidates("egov").empty());
  EXPECT_TRUE(KazakhKeyboardCandidates("2017").empty());
  EXPECT_TRUE(KazakhKeyboardCandidates("").empty());
  EXPECT_TRUE(LacksKazakhLetters("казакстан"));
  EXPECT_FALSE(LacksKazakhLetters("қазақстан"));
  EXPECT_FALSE(LacksKazakhLetters("google"));
}

}  // namespace
}  // namespace izdeu::analyzers
