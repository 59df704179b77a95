// Analyzer throughput (Google Benchmark): MB/s of Kazakh and Russian text through the shared
// pipeline (ICU segmentation, normalisation, stemming) per core, and its stages alone, and the
// organisation extractor. Samples in bench/samples/ are cut from the shipped sample corpus.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "analyzers/analyzer.h"
#include "analyzers/normalizer.h"
#include "analyzers/org/org_extractor.h"
#include "analyzers/tokenizer.h"

namespace {

using izdeu::analyzers::Language;

std::string Sample(const char* name) {
  std::ifstream in(std::string(IZDEU_SOURCE_DIR) + "/bench/samples/" + name);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void BM_Tokenize(benchmark::State& state, const char* file) {
  std::string text = Sample(file);
  izdeu::analyzers::Tokenizer tokenizer;
  for (auto _ : state) {
    size_t words = 0;
    tokenizer.Words(text, [&](std::string_view, const izdeu::analyzers::Segment&) { ++words; });
    benchmark::DoNotOptimize(words);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_TokenizeNormalize(benchmark::State& state, const char* file) {
  std::string text = Sample(file);
  izdeu::analyzers::Analyzer analyzer;
  for (auto _ : state) {
    size_t bytes = 0;
    analyzer.ForEachWord(text, [&](const izdeu::analyzers::Word& w) { bytes += w.norm.size(); });
    benchmark::DoNotOptimize(bytes);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

// The full index-time analysis of a text: words, normal forms and stems (warm stem cache, as
// in a long indexing run).
void BM_Analyze(benchmark::State& state, const char* file, Language lang) {
  std::string text = Sample(file);
  izdeu::analyzers::Analyzer analyzer;
  for (auto _ : state) {
    size_t bytes = 0;
    analyzer.ForEachWord(text, [&](const izdeu::analyzers::Word& w) {
      bytes += analyzer.Stem(w.norm, lang).size();
    });
    benchmark::DoNotOptimize(bytes);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_Organisations(benchmark::State& state, const char* file) {
  std::string text = Sample(file);
  const auto& extractor = izdeu::analyzers::SharedOrgExtractor();
  for (auto _ : state) benchmark::DoNotOptimize(extractor.Extract(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

BENCHMARK_CAPTURE(BM_Tokenize, kk_long, "kk_long.txt");
BENCHMARK_CAPTURE(BM_TokenizeNormalize, kk_long, "kk_long.txt");
BENCHMARK_CAPTURE(BM_Analyze, kk_long, "kk_long.txt", Language::kKazakh);
BENCHMARK_CAPTURE(BM_Analyze, kk_short, "kk_short.txt", Language::kKazakh);
BENCHMARK_CAPTURE(BM_Analyze, ru_long, "ru_long.txt", Language::kRussian);
BENCHMARK_CAPTURE(BM_Analyze, ru_short, "ru_short.txt", Language::kRussian);
BENCHMARK_CAPTURE(BM_Organisations, kk_long, "kk_long.txt");
BENCHMARK_CAPTURE(BM_Organisations, ru_long, "ru_long.txt");

}  // namespace

BENCHMARK_MAIN();
