// izdeu-spelling-bench: the cost of analyzers::SuggestSpelling per unknown query word on a real
// index, and how often it "corrects" such a word. The queries (one a line, e.g. bench/
// make_random_queries.py's) go through the query builder as searchd builds them; each word the
// builder reports unknown (the search would run the spelling suggestion for it) is timed, warm
// (one untimed call first, so the first touch of the spelling table's pages is not counted).
// Random queries drawn from the archive's own articles have few unknown words, and those are
// mostly rare names written in a way the index keeps apart: any suggestion for them is a false
// correction. Prints p50/p99/max per call and the share of words given a suggestion.
#include <xapian.h>
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>

#include "analyzers/analyzer.h"
#include "analyzers/spelling.h"
#include "bench/percentile.h"
#include "schema/index_profile.h"
#include "searchd/query/query_builder.h"

int main(int argc, char** argv) {
  using Clock = std::chrono::steady_clock;
  CLI::App app{"Cost and false corrections of SuggestSpelling on unknown query words"};
  std::string db_path, queries_path;
  size_t show = 20;
  std::vector<std::string> words;
  app.add_option("--db", db_path, "index (read-only)")->required();
  app.add_option("--queries", queries_path, "queries, one a line");
  app.add_option("--show", show, "suggestions to print");
  app.add_option("--word", words, "only print the suggestions for these words (normalised)");
  CLI11_PARSE(app, argc, argv);
  if (!words.empty()) {
    Xapian::Database db(db_path);
    for (const auto& w : words) {
      const auto start = Clock::now();
      const std::string s = izdeu::analyzers::SuggestSpelling(db, w);
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
  std::map<std::string, std::string> suggested;  // distinct unknown word -> suggestion
  std::vector<double> ms;
  size_t queries = 0;
  for (std::string line; std::getline(in, line);) {
    ++queries;
    izdeu::searchd::SearchRequest request;
    request.query = line;
    auto built = builder.Build(request);
    if (!built.ok()) continue;
    for (const auto& word : built->unknown_words) {
      if (suggested.count(word.norm) != 0) continue;
      suggested[word.norm] = izdeu::analyzers::SuggestSpelling(db, word.norm);  // warm-up
      const auto start = Clock::now();
      const std::string s = izdeu::analyzers::SuggestSpelling(db, word.norm);
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
