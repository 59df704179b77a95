#include "analyzers/analyzer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace izdeu::analyzers {
namespace {

std::vector<std::string> Stems(Analyzer& a, std::string_view text, Language lang) {
  std::vector<std::string> out;
  a.ForEachWord(text, [&](const Word& w) { out.push_back(a.Stem(w.norm, lang)); });
  return out;
}

TEST(AnalyzerTest, InflectedKazakhFormsMeetAtOneStem) {
  Analyzer a;
  auto stems = Stems(a, "кеңес кеңестің кеңестерінің кеңестерге кеңесте", Language::kKazakh);
  ASSERT_EQ(stems.size(), 5u);
  for (const auto& s : stems) EXPECT_EQ(s, stems[0]);
}

TEST(AnalyzerTest, RussianWordsUseTheRussianStemmer) {
  Analyzer a;
  auto stems = Stems(a, "совещания совещание", Language::kRussian);
  ASSERT_EQ(stems.size(), 2u);
  EXPECT_EQ(stems[0], stems[1]);
  // A word with a Kazakh letter is Kazakh even inside Russian text.
  EXPECT_EQ(Analyzer::StemLanguage("қазақстанның", Language::kRussian), Language::kKazakh);
}

TEST(AnalyzerTest, WordsCarryOffsetsIntoTheInput) {
  Analyzer a;
  const std::string text = "«Болашақ» қоғамдық бірлестігі";
  std::vector<std::string> raw;
  a.ForEachWord(text,
                [&](const Word& w) { raw.emplace_back(text.substr(w.start, w.end - w.start)); });
  EXPECT_EQ(raw, (std::vector<std::string>{"Болашақ", "қоғамдық", "бірлестігі"}));
}

TEST(AnalyzerTest, LatinAndNumbersAreKeptAsNormalised) {
  Analyzer a;
  EXPECT_EQ(Stems(a, "Google 2015", Language::kKazakh),
            (std::vector<std::string>{"google", "2015"}));
}

TEST(AnalyzerTest, RandomBytesDoNotCrash) {
  Analyzer a;
  std::string junk;
  uint32_t x = 12345;
  for (int i = 0; i < 20000; ++i) {
    x = x * 1103515245 + 12345;
    junk.push_back(static_cast<char>(x >> 16));
  }
  size_t words = 0;
  a.ForEachWord(junk, [&](const Word& w) {
    a.Stem(w.norm, Language::kKazakh);
    a.Stem(w.norm, Language::kRussian);
    ++words;
  });
  SUCCEED() << words << " words";
}

}  // namespace
}  // namespace izdeu::analyzers

namespace izdeu::analyzers {
namespace {

TEST(AnalyzerTest, ASinkReturningFalseStopsTheWords) {
  Analyzer analyzer;
  std::vector<std::string> seen;
  analyzer.ForEachWord("Алматы облысының қоғамдық кеңесі жиналды", [&](const Word& w) {
    seen.push_back(w.norm);
    return seen.size() < 2;
  });
  EXPECT_EQ(seen, (std::vector<std::string>{"алматы", "облысының"}));
}

}  // namespace
}  // namespace izdeu::analyzers

namespace izdeu::analyzers {
namespace {

// Snippets number words with ForEachWordSpan and the index numbered them with ForEachWord: the
// two must agree, also around tokens that normalise away (invisible characters) or start with
// other scripts and symbols.
TEST(AnalyzerTest, WordSpansNumberWordsAsForEachWordDoes) {
  const std::string text =
      "«Сорос-Қазақстан Қорының» 2016 жылғы \u200d\u200b есебі: Ərtürlі ABC-123 "
      "\u00ADжоба, Ελλάδα және ١٢٣ сан; ӘКІМДІК \u200c.";
  Analyzer analyzer;
  std::vector<std::pair<uint32_t, uint32_t>> words, spans;
  analyzer.ForEachWord(text, [&](const Word& w) { words.emplace_back(w.start, w.end); });
  analyzer.ForEachWordSpan(text, [&](const Word& w) { spans.emplace_back(w.start, w.end); });
  EXPECT_EQ(spans, words);
  EXPECT_GE(words.size(), 12u);
}

}  // namespace
}  // namespace izdeu::analyzers
