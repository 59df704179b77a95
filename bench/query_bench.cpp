// izdeu-query-bench: in-process query latency of SearchService over a mix of query types
// (1-3 words, phrases, date and organisation filters, facets, and with --random-queries 1-2 word
// queries drawn at random from the articles: stopwords and rare pairs included), and the same
// engine's single-thread throughput. Words are drawn (seeded) from the index's own vocabulary by
// frequency band, so the mix works on any corpus. Prints a Markdown table.
#include <sys/resource.h>
#include <xapian.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <random>
#include <thread>

#include "bench/percentile.h"
#include "schema/doc_data.h"
#include "schema/doc_data_codec.h"
#include "schema/index_profile.h"
#include "schema/schema.h"
#include "searchd/service/search_service.h"

namespace {

using Clock = std::chrono::steady_clock;
using izdeu::bench::Percentile;
using izdeu::searchd::SearchRequest;

struct Vocabulary {
  std::vector<std::string> words;  // unprefixed stems with df in a useful band
  std::vector<std::string> orgs;   // org ids
};

Vocabulary LoadVocabulary(const std::string& db_path) {
  Xapian::Database db(db_path);
  Vocabulary v;
  const double n = db.get_doccount();
  for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
    const std::string& term = *t;
    if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z')) continue;  // prefixed terms
    if (term[0] >= '0' && term[0] <= '9') continue;
    double df = t.get_termfreq();
    if (df >= 5 && df <= n * 0.2) v.words.push_back(term);
  }
  const std::string org_prefix(izdeu::schema::kOrgPrefix);
  for (auto t = db.allterms_begin(org_prefix); t != db.allterms_end(org_prefix); ++t) {
    if (t.get_termfreq() >= 5) v.orgs.push_back((*t).substr(org_prefix.size()));
  }
  return v;
}

// The paragraphs of one stored article, each split at spaces (tokens as written).
std::vector<std::vector<std::string>> ArticleTokens(Xapian::Database& db, Xapian::docid id) {
  static izdeu::schema::DocDataCodec codec(
      izdeu::schema::IndexProfile::Load(db).doc_dictionary);  // one index per run
  std::vector<std::vector<std::string>> paragraphs;
  auto data = codec.Load(db.get_document(id));
  if (!data.ok()) return paragraphs;
  for (const auto& p : data->paragraphs) {
    auto& tokens = paragraphs.emplace_back();
    for (size_t begin = 0; begin <= p.size();) {
      const size_t end = std::min(p.find(' ', begin), p.size());
      tokens.push_back(p.substr(begin, end - begin));
      begin = end + 1;
    }
  }
  return paragraphs;
}

// Words of one stored article (punctuation trimmed), for phrase and organisation queries that
// are sure to match something.
std::vector<std::string> ArticleWords(Xapian::Database& db, Xapian::docid id) {
  std::vector<std::string> words;
  for (const auto& paragraph : ArticleTokens(db, id)) {
    for (std::string w : paragraph) {
      while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back()))) w.pop_back();
      while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.front()))) w.erase(0, 1);
      if (w.size() > 3 && w.find_first_of("\"«»()") == std::string::npos) words.push_back(w);
    }
  }
  return words;
}

// Pairs of words next to each other in one paragraph of a stored article, with nothing but a
// space between them (no punctuation, no skipped token): phrases that exist as written.
std::vector<std::string> AdjacentWordPairs(Xapian::Database& db, Xapian::docid id) {
  auto wordlike = [](const std::string& w) {
    if (w.size() < 2) return false;
    for (unsigned char c : w) {
      if (c < 0x80 && !std::isalnum(c) && c != '-') return false;
    }
    return true;
  };
  std::vector<std::string> pairs;
  for (const auto& tokens : ArticleTokens(db, id)) {
    for (size_t i = 0; i + 1 < tokens.size(); ++i) {
      if (wordlike(tokens[i]) && wordlike(tokens[i + 1]))
        pairs.push_back(tokens[i] + " " + tokens[i + 1]);
    }
  }
  return pairs;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"izdeu-query-bench: in-process query latency by query type"};
  std::string db;
  int per_type = 300;
  unsigned seed = 42;
  app.add_option("--db", db, "index folder")->required();
  app.add_option("--queries", per_type, "queries per type")->capture_default_str();
  app.add_option("--seed", seed, "random seed")->capture_default_str();
  double slow_ms = 0;
  app.add_option("--slow-ms", slow_ms, "print queries slower than this to stderr (0: none)");
  std::string only_type;
  app.add_option("--only", only_type, "run only the query type of this name (\"phrase\")");
  std::string throughput_file;
  unsigned threads = 2;
  app.add_option("--throughput", throughput_file,
                 "also run every query of this file on --threads threads");
  app.add_option("--threads", threads, "threads for --throughput (each with its own SearchService)")
      ->capture_default_str();
  double throughput_seconds = 5;
  app.add_option("--throughput-seconds", throughput_seconds, "how long --throughput runs")
      ->capture_default_str();
  std::string random_file;
  app.add_option("--random-queries", random_file,
                 "add a \"random 1-2 words\" type drawing its queries from this file "
                 "(bench/make_random_queries.py)");
  bool skip_latency = false;
  app.add_flag("--skip-latency", skip_latency, "run only --throughput");
  CLI11_PARSE(app, argc, argv);

  Vocabulary vocab = LoadVocabulary(db);
  if (vocab.words.size() < 10) {
    std::fprintf(stderr, "index has too few terms\n");
    return 1;
  }
  auto service = izdeu::searchd::SearchService::Open(db);
  if (!service.ok()) return 1;
  service.value()->WarmUp();  // steady state: facet columns and organisation names built
  std::mt19937 rng(seed);
  Xapian::Database xdb(db);
  auto word = [&] { return vocab.words[rng() % vocab.words.size()]; };
  // Articles in the order of their ids, so that the queries drawn do not depend on the document
  // numbers a build gave them (the indexer deals articles to whichever worker is free, so two
  // builds of one corpus number them differently).
  std::vector<Xapian::docid> by_id;                                   // rank -> document
  std::vector<uint32_t> rank_of(size_t{xdb.get_lastdocid()} + 1, 0);  // document -> rank
  const std::string id_prefix(izdeu::schema::kIdPrefix);
  for (auto t = xdb.allterms_begin(id_prefix); t != xdb.allterms_end(id_prefix); ++t) {
    auto p = xdb.postlist_begin(*t);
    if (p == xdb.postlist_end(*t)) continue;
    rank_of[*p] = static_cast<uint32_t>(by_id.size());
    by_id.push_back(*p);
  }
  auto random_article = [&] { return by_id[rng() % by_id.size()]; };
  // Two neighbouring words of a random article: a phrase that exists. (Until 2026-11-28 the
  // words came from ArticleWords, which skips short and quoted words and joins paragraphs, so
  // about half of the "phrases" did not exist; bench/RESULTS.md reports both kinds.)
  auto phrase = [&] {
    for (;;) {
      auto pairs = AdjacentWordPairs(xdb, random_article());
      if (pairs.empty()) continue;
      return "\"" + pairs[rng() % pairs.size()] + "\"";
    }
  };
  // Two words of one article that are not next to each other: a phrase that (almost always)
  // does not exist, the costliest kind to answer: every candidate is checked.
  auto absent_phrase = [&] {
    for (;;) {
      auto words = ArticleWords(xdb, random_article());
      if (words.size() < 4) continue;
      size_t i = rng() % (words.size() - 3);
      return "\"" + words[i] + " " + words[i + 3] + "\"";
    }
  };
  // An organisation and a word of one of its articles.
  auto org_query = [&](SearchRequest* r) {
    const std::string& org = vocab.orgs[rng() % vocab.orgs.size()];
    r->orgs = {org};
    const std::string term = std::string(izdeu::schema::kOrgPrefix) + org;
    std::vector<uint32_t> ranks;
    for (auto it = xdb.postlist_begin(term); it != xdb.postlist_end(term); ++it)
      ranks.push_back(rank_of[*it]);
    auto nth = ranks.begin() + static_cast<std::ptrdiff_t>(rng() % ranks.size());
    std::nth_element(ranks.begin(), nth, ranks.end());
    auto words = ArticleWords(xdb, by_id[*nth]);
    r->query = words.empty() ? word() : words[rng() % words.size()];
  };
  auto year = [&] { return std::to_string(2010 + rng() % 11); };
  std::vector<std::string> random_queries;
  if (!random_file.empty()) {
    std::ifstream in(random_file);
    for (std::string line; std::getline(in, line);)
      if (!line.empty()) random_queries.push_back(line);
    if (random_queries.empty()) {
      std::fprintf(stderr, "no queries in %s\n", random_file.c_str());
      return 1;
    }
  }

  struct Type {
    const char* name;
    std::function<SearchRequest()> make;
    bool in_mix = true;  // counted in the "all" row
  };
  std::vector<Type> types = {
      {"1 word",
       [&] {
         SearchRequest r;
         r.query = word();
         return r;
       }},
      {"2 words",
       [&] {
         SearchRequest r;
         r.query = word() + " " + word();
         return r;
       }},
      {"3 words",
       [&] {
         SearchRequest r;
         r.query = word() + " " + word() + " " + word();
         return r;
       }},
      {"phrase",
       [&] {
         SearchRequest r;
         r.query = phrase();
         return r;
       }},
      {"phrase that does not exist (not in the mix)",
       [&] {
         SearchRequest r;
         r.query = absent_phrase();
         return r;
       },
       false},
      {"word + date",
       [&] {
         SearchRequest r;
         r.query = word();
         r.from = year();
         r.to = r.from;
         return r;
       }},
      {"word + org",
       [&] {
         SearchRequest r;
         if (vocab.orgs.empty()) {
           r.query = word();
         } else {
           org_query(&r);
         }
         return r;
       }},
      {"word + facets",
       [&] {
         SearchRequest r;
         r.query = word();
         r.facet_orgs = r.facet_years = true;
         return r;
       }},
      {"facets over all articles",
       [&] {
         SearchRequest r;  // empty query: org, year and month counts of the whole archive
         r.facet_orgs = r.facet_years = r.facet_months = true;
         r.size = 0;
         return r;
       }},
      {"filters only, by date",
       [&] {
         SearchRequest r;
         r.from = year();
         return r;
       }},
  };
  // What people type, drawn from the articles (not from a frequency band of the vocabulary):
  // common words and stopword pairs that match a large share of the archive dominate its tail.
  // Its own generator, so the other types draw the same queries with or without it.
  std::mt19937 random_rng(seed + 1);
  if (!random_queries.empty()) {
    types.insert(types.begin(), Type{"random 1-2 words", [&] {
                                       SearchRequest r;
                                       r.query =
                                           random_queries[random_rng() % random_queries.size()];
                                       return r;
                                     }});
  }

  std::printf(
      "| query type | n | p50 ms | p90 ms | p99 ms | mean hits |\n|---|---|---|---|---|---|\n");
  std::vector<double> all;
  double total_seconds = 0;
  for (auto& type : types) {
    if (skip_latency) break;
    if (!only_type.empty() && only_type != type.name) continue;
    std::vector<double> ms;
    double hits = 0;
    for (int i = 0; i < per_type; ++i) {
      SearchRequest r = type.make();
      auto start = Clock::now();
      auto res = service.value()->Search(r);
      double elapsed = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
      if (!res.ok()) {
        std::fprintf(stderr, "query failed: %s\n", res.status().message().c_str());
        continue;
      }
      ms.push_back(elapsed);
      if (slow_ms > 0 && elapsed > slow_ms) {
        std::fprintf(stderr, "slow %.1f ms, %llu hits: %s\n", elapsed,
                     static_cast<unsigned long long>(res->total), r.query.c_str());
      }
      hits += res->total;
      if (type.in_mix) total_seconds += elapsed / 1000;
    }
    if (type.in_mix) all.insert(all.end(), ms.begin(), ms.end());
    std::printf("| %s | %zu | %.2f | %.2f | %.2f | %.0f |\n", type.name, ms.size(),
                Percentile(ms, 0.5), Percentile(ms, 0.9), Percentile(ms, 0.99),
                ms.empty() ? 0 : hits / ms.size());
  }
  if (!skip_latency) {
    std::printf("| **all** | %zu | %.2f | %.2f | %.2f | |\n", all.size(), Percentile(all, 0.5),
                Percentile(all, 0.9), Percentile(all, 0.99));
    std::printf("\nsingle-thread throughput over the mix above: %.0f queries/s\n",
                all.size() / total_seconds);
  }
  if (!throughput_file.empty()) {
    // The same engine, in process, on the query file that the HTTP benchmark sends.
    std::vector<std::string> queries;
    std::ifstream in(throughput_file);
    for (std::string line; std::getline(in, line);) queries.push_back(line);
    std::vector<std::unique_ptr<izdeu::searchd::SearchService>> services;
    for (unsigned t = 0; t < threads; ++t)
      services.push_back(std::move(izdeu::searchd::SearchService::Open(db).value()));
    // As long as a wrk run, so that both see the machine's speed over a similar stretch.
    std::atomic<size_t> next{0};
    // CPU time as well as the rate: on a shared machine the rate drifts with the neighbours' load,
    // CPU time per query much less.
    auto cpu_seconds = [] {
      rusage u{};
      getrusage(RUSAGE_SELF, &u);
      return u.ru_utime.tv_sec + u.ru_stime.tv_sec +
             (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    };
    const double cpu_start = cpu_seconds();
    const auto start = Clock::now();
    const auto deadline = start + std::chrono::duration<double>(throughput_seconds);
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        while (Clock::now() < deadline) {
          SearchRequest r;
          r.query = queries[next.fetch_add(1) % queries.size()];
          (void)services[t]->Search(r);
        }
      });
    }
    for (auto& th : pool) th.join();
    double secs = std::chrono::duration<double>(Clock::now() - start).count();
    const double cpu = cpu_seconds() - cpu_start;
    const double done = static_cast<double>(next.load());
    std::printf("in-process CPU per query: %.0f us (user + system)\n", 1e6 * cpu / done);
    std::printf("in-process throughput, %u threads, HTTP query file: %.0f queries/s\n", threads,
                done / secs);
  }
  return 0;
}
