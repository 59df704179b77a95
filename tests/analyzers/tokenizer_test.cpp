#include "analyzers/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace izdeu::analyzers {
namespace {

std::vector<std::string> Words(std::string_view text) {
  Tokenizer tokenizer;
  std::vector<std::string> out;
  tokenizer.Words(text, [&](std::string_view w, const Segment&) { out.emplace_back(w); });
  return out;
}

TEST(TokenizerTest, KeepsKazakhLettersInsideWords) {
  EXPECT_EQ(Words("Әлеуметтік ғылым қоғамы, ңөұүһі!"),
            (std::vector<std::string>{"Әлеуметтік", "ғылым", "қоғамы", "ңөұүһі"}));
}

TEST(TokenizerTest, SplitsMixedKazakhRussianText) {
  EXPECT_EQ(Words("«Нұр Отан» партиясы (партия «Нур Отан») 2015 жылы"),
            (std::vector<std::string>{"Нұр", "Отан", "партиясы", "партия", "Нур", "Отан", "2015",
                                      "жылы"}));
}

TEST(TokenizerTest, HyphenSplitsAndApostropheJoins) {
  EXPECT_EQ(Words("Сорос-Қазақстан Qog'amdyq"),
            (std::vector<std::string>{"Сорос", "Қазақстан", "Qog'amdyq"}));
}

TEST(TokenizerTest, SegmentsReproduceTheInputWithByteOffsets) {
  const std::string text =
      "Алматы қ, 11-12 қараша, «Алатау» шипажайы – конференция.\n\nЕкінші абзац";
  Tokenizer tokenizer;
  std::string joined;
  uint32_t expected_start = 0;
  tokenizer.Split(text, [&](const Segment& s) {
    EXPECT_EQ(s.start, expected_start);
    joined += text.substr(s.start, s.end - s.start);
    expected_start = s.end;
  });
  EXPECT_EQ(joined, text);
}

TEST(TokenizerTest, ToleratesInvalidUtf8) {
  std::string bad = "қаз\xFF\xFEақ \xC3";
  Tokenizer tokenizer;
  size_t total = 0;
  tokenizer.Split(bad, [&](const Segment& s) { total += s.end - s.start; });
  EXPECT_EQ(total, bad.size());
}

}  // namespace
}  // namespace izdeu::analyzers
