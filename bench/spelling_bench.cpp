// izdeu-spelling-bench: the cost of analyzers::SuggestSpelling per unknown query word on a real
// index, and how often it "corrects" such a word. The queries (one a line, e.g. bench/
// make_random_queries.py's) go through the query builder as searchd builds them; each word the
// builder reports unknown (the search would run the spelling suggestion for it) is timed, warm
// (one untimed call first, so the first touch of the spelling table's pages is not counted).
// Random queries drawn from the archive's own articles have few unknown words, and those are
// mostly rare names written in a way the index keeps apart: any suggestion for them is a false
// correction; so is any suggestion for a real person name the archive lacks (a list of them:
//   grep -E '\s(B|I)-PERSON$' ../shared/data/ner-kaznerd/IOB2_valid2.txt | cut -d' ' -f1 | sort -u
// as --queries). Prints p50/p99/max per call and the share of words given a suggestion. Each
// call gets the query's words as context, as searchd passes them.
// --misspell N instead edits once the longest word of N queries (as bench/eval/eval_ir.cpp
// does: a letter dropped, replaced, added or two swapped, past the first letter) and scores the
// suggestions: right when they are the word or another form of it (the same Kazakh stem).
// --word W (repeatable, with --context "query") prints the suggestion for W.
#include <xapian.h>
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include "analyzers/analyzer.h"
#include "analyzers/kk/stemmer.h"
#include "analyzers/spelling.h"
#include "bench/percentile.h"
#include "common/utf8.h"
#include "schema/index_profile.h"
#include "searchd/query/query_builder.h"

namespace {

// One random edit (letter dropped, replaced, added, or two neighbours swapped; letters from the
// Kazakh Cyrillic alphabet) at or after the second letter of `word`.
std::string Misspell(const std::string& word, std::mt19937& rng) {
  static const std::u32string kLetters = U"аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшыіэюя";
  std::u32string w;
  size_t pos = 0;
  while (pos < word.size()) w.push_back(izdeu::DecodeUtf8(word, &pos));
  const size_t at = 1 + rng() % (w.size() - 2);
  const char32_t letter = kLetters[rng() % kLetters.size()];
  switch (rng() % 4) {
    case 0:
      w.erase(at, 1);
      break;
    case 1:
      w[at] = letter;
      break;
    case 2:
      std::swap(w[at], w[at + 1]);
      break;
    default:
      w.insert(w.begin() + at, letter);
  }
  std::string out;
  for (char32_t c : w) izdeu::AppendUtf8(c, &out);
  return out;
}

size_t CodePoints(const std::string& s) {
  size_t n = 0, pos = 0;
  while (pos < s.size()) {
    izdeu::DecodeUtf8(s, &pos);
    ++n;
  }
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  using Clock = std::chrono::steady_clock;
  CLI::App app{"Cost and false corrections of SuggestSpelling on unknown query words"};
  std::string db_path, queries_path;
  size_t show = 20;
  std::vector<std::string> words;
  size_t misspell = 0;
  std::string context_text;
  app.add_option("--db", db_path, "index (read-only)")->required();
  app.add_option("--queries", queries_path, "queries, one a line");
  app.add_option("--show", show, "suggestions to print");
  app.add_option("--word", words, "only print the suggestions for these words (normalised)");
  app.add_option("--context", context_text, "with --word: the query the words are in");
  app.add_option("--misspell", misspell,
                 "instead: edit once the longest word (5+ letters) of this many queries, and "
                 "time and score the suggestions for the edited words the index does not know");
  CLI11_PARSE(app, argc, argv);
  if (!words.empty()) {
    Xapian::Database db(db_path);
    izdeu::analyzers::Analyzer analyzer;
    std::vector<std::string> context;
    analyzer.ForEachWord(context_text,
                         [&](const izdeu::analyzers::Word& w) { context.push_back(w.norm); });
    for (const auto& w : words) {
      const auto start = Clock::now();
      const std::string s = izdeu::analyzers::SuggestSpelling(db, w, context);
      std::printf("%s -> %s (%.3f ms)\n", w.c_str(), s.c_str(),
                  std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    return 0;
  }

  Xapian::Database db(db_path);
  const auto profile = izdeu::schema::IndexProfile::Load(db);
  izdeu::analyzers::Analyzer analyzer;
  izdeu::searchd::QueryBuilder builder(db, analyzer, profile.common_stems);
  std::ifstream in(queries_path);
  if (misspell > 0) {
    // Right: the suggestion is the word or another form of it (the same Kazakh stem).
    std::mt19937 rng(11);
    std::vector<double> ms;
    size_t edited = 0, suggested = 0, right = 0, shown = 0;
    const auto& stemmer = izdeu::analyzers::kk::SharedKazakhStemmer();
    for (std::string line; edited < misspell && std::getline(in, line);) {
      std::vector<std::string> context;
      analyzer.ForEachWord(line,
                           [&](const izdeu::analyzers::Word& w) { context.push_back(w.norm); });
      size_t longest_at = 0;
      for (size_t i = 0; i < context.size(); ++i) {
        if (context[i].size() > context[longest_at].size()) longest_at = i;
      }
      if (context.empty()) continue;
      const std::string longest = context[longest_at];
      if (CodePoints(longest) < 5 || !izdeu::analyzers::IsSpellingWord(longest)) continue;
      const std::string typo = Misspell(longest, rng);
      context[longest_at] = typo;  // the query as typed
      izdeu::searchd::SearchRequest request;
      request.query = typo;
      auto built = builder.Build(request);
      if (!built.ok() || built->unknown_words.empty()) continue;
      ++edited;
      izdeu::analyzers::SuggestSpelling(db, typo, context);  // warm-up
      const auto start = Clock::now();
      const std::string s = izdeu::analyzers::SuggestSpelling(db, typo, context);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
      const bool ok = !s.empty() && (s == longest || stemmer.Stem(s) == stemmer.Stem(longest));
      if (!ok && shown++ < show)
        std::printf("  %s -> %s -> %s\n", longest.c_str(), typo.c_str(), s.c_str());
      if (s.empty()) continue;
      ++suggested;
      right += ok;
    }
    std::printf(
        "%zu edited words unknown to the index; SuggestSpelling per word: p50 %.3f ms, p90 %.3f "
        "ms, p99 %.3f ms, max %.3f ms; suggested %zu, right (the word or its stem) %zu (%.1f%%)\n",
        edited, izdeu::bench::Percentile(ms, 0.5), izdeu::bench::Percentile(ms, 0.9),
        izdeu::bench::Percentile(ms, 0.99), izdeu::bench::Percentile(ms, 1.0), suggested, right,
        edited ? 100.0 * right / edited : 0.0);
    return 0;
  }
  std::map<std::string, std::string> suggested;  // distinct unknown word -> suggestion
  std::vector<double> ms;
  size_t queries = 0;
  for (std::string line; std::getline(in, line);) {
    ++queries;
    izdeu::searchd::SearchRequest request;
    request.query = line;
    auto built = builder.Build(request);
    if (!built.ok()) continue;
    std::vector<std::string> context;  // as searchd passes it: the query's words
    analyzer.ForEachWord(line, [&](const izdeu::analyzers::Word& w) { context.push_back(w.norm); });
    for (const auto& word : built->unknown_words) {
      if (suggested.count(word.norm) != 0) continue;
      suggested[word.norm] = izdeu::analyzers::SuggestSpelling(db, word.norm, context);  // warm
      const auto start = Clock::now();
      const std::string s = izdeu::analyzers::SuggestSpelling(db, word.norm, context);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
      if (s != suggested[word.norm]) std::fprintf(stderr, "unstable: %s\n", word.norm.c_str());
    }
  }
  size_t corrected = 0, printed = 0;
  for (const auto& [word, s] : suggested) {
    if (s.empty()) continue;
    ++corrected;
    if (printed++ < show) std::printf("  %s -> %s\n", word.c_str(), s.c_str());
  }
  std::printf(
      "%zu queries, %zu distinct unknown words; SuggestSpelling per word: p50 %.3f ms, p90 %.3f "
      "ms, p99 %.3f ms, max %.3f ms; suggestion given for %zu (%.1f%%)\n",
      queries, suggested.size(), izdeu::bench::Percentile(ms, 0.5),
      izdeu::bench::Percentile(ms, 0.9), izdeu::bench::Percentile(ms, 0.99),
      izdeu::bench::Percentile(ms, 1.0), corrected,
      suggested.empty() ? 0.0 : 100.0 * corrected / suggested.size());
  return 0;
}
