// izdeu-baseline-fts5: SQLite FTS5 (unicode61 tokenizer, bm25 ranking) on the same corpus and
// queries, for the ratios in bench/RESULTS.md.
#include <sqlite3.h>
#include <CLI/CLI.hpp>

#include "bench/baseline_common.h"

int main(int argc, char** argv) {
  CLI::App app{"izdeu-baseline-fts5: SQLite FTS5 index and query timings"};
  std::string input, db_path, queries_file;
  app.add_option("--input", input, "JSONL corpus")->required();
  app.add_option("--db", db_path, "database file to create (removed first)")->required();
  app.add_option("--queries", queries_file, "one query per line")->required();
  CLI11_PARSE(app, argc, argv);

  std::remove(db_path.c_str());
  sqlite3* db = nullptr;
  if (sqlite3_open(db_path.c_str(), &db) != SQLITE_OK) return 1;
  sqlite3_exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;", nullptr, nullptr, nullptr);
  sqlite3_exec(db, "CREATE VIRTUAL TABLE a USING fts5(id UNINDEXED, title, body);", nullptr,
               nullptr, nullptr);
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO a(id, title, body) VALUES (?, ?, ?)", -1, &insert, nullptr);
  auto start = izdeu::bench::Clock::now();
  uint64_t articles = 0, bytes = 0;
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  izdeu::corpus::ReadInputs(
      {input},
      [&](izdeu::corpus::Article&& a) {
        std::string body;
        for (const auto& p : a.paragraphs) body += p + "\n\n";
        sqlite3_bind_text(insert, 1, a.id.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, a.title.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 3, body.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        ++articles;
        bytes += a.title.size() + body.size();
      },
      [](const izdeu::corpus::ReadIssue&) {});
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  sqlite3_finalize(insert);
  double index_s = std::chrono::duration<double>(izdeu::bench::Clock::now() - start).count();
  sqlite3_close(db);
  uint64_t size = izdeu::bench::DirBytes(db_path);

  sqlite3_open(db_path.c_str(), &db);
  sqlite3_stmt* select = nullptr;
  sqlite3_prepare_v2(db, "SELECT id, title FROM a WHERE a MATCH ? ORDER BY bm25(a) LIMIT 10", -1,
                     &select, nullptr);
  auto queries = izdeu::bench::ReadLines(queries_file);
  auto ms = izdeu::bench::TimeQueries(queries, [&](const std::string& q) {
    // Each word quoted: FTS5 syntax characters in the words must not be operators.
    std::string match;
    size_t begin = 0;
    while (begin < q.size()) {
      size_t end = q.find(' ', begin);
      if (end == std::string::npos) end = q.size();
      if (end > begin) match += "\"" + q.substr(begin, end - begin) + "\" ";
      begin = end + 1;
    }
    sqlite3_bind_text(select, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(select) == SQLITE_ROW) {
    }
    sqlite3_reset(select);
  });
  sqlite3_finalize(select);
  sqlite3_close(db);
  std::printf("| SQLite FTS5 | %llu | %.1f | %.0f | %.1f | %.2fx | %.3f | %.3f |\n",
              static_cast<unsigned long long>(articles), index_s, articles / index_s,
              bytes / 1e6 / index_s, static_cast<double>(size) / bytes,
              izdeu::bench::Percentile(ms, 0.5), izdeu::bench::Percentile(ms, 0.99));
  return 0;
}
