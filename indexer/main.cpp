// izdeu-indexer: reads news archives (raw pages, JSON Lines, folders) and writes the Xapian
// database that izdeu-searchd serves. See README.md and docs/operations.md.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <thread>

#include "common/crash_log.h"
#include "corpus/reader.h"
#include "indexer/index_builder.h"
#include "schema/schema.h"

namespace {

using Clock = std::chrono::steady_clock;

// Prints "indexed N articles (R/s, M MB/s)" to stderr about once a second until `done`.
void ReportProgress(const izdeu::indexer::IndexProgress& progress, const std::atomic<bool>& done) {
  const auto started = Clock::now();
  while (!done.load()) {
    for (int i = 0; i < 10 && !done.load(); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (done.load()) break;
    double secs = std::chrono::duration<double>(Clock::now() - started).count();
    if (progress.compacting.load()) {
      std::fprintf(stderr, "\rcompacting the index ...                                        ");
    } else {
      uint64_t n = progress.articles_indexed.load();
      uint64_t done = progress.input_bytes_done.load(), total = progress.input_bytes_total.load();
      double eta = done > 0 && total > done ? (total - done) / (done / secs) : 0;
      std::fprintf(stderr,
                   "\rindexed %llu articles (%.0f articles/s, %.1f MB/s), %.0f%% read, ETA %.0f s, "
                   "%llu issues   ",
                   static_cast<unsigned long long>(n), n / secs,
                   progress.bytes_read.load() / 1e6 / secs, total > 0 ? 100.0 * done / total : 0.0,
                   eta, static_cast<unsigned long long>(progress.issues.load()));
    }
    std::fflush(stderr);
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"izdeu-indexer: index Kazakh/Russian news archives into a Xapian database"};
  izdeu::indexer::IndexerOptions options;
  std::vector<std::string> inputs;
  bool quiet = false;
  app.add_option("--db", options.db_path, "database folder to create or update")->required();
  app.add_option("inputs", inputs, "archive files (.txt pages, .jsonl) or folders")->required();
  app.add_option("--threads", options.threads, "indexing threads (0 = one per core)")
      ->capture_default_str();
  app.add_option("--batch", options.batch_size, "articles per shard between commits")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--segment", options.segment_size, "articles per segment in fresh builds")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_flag("!--no-compact", options.compact, "skip the final full compaction");
  app.add_option("--pair-share", options.pair_share,
                 "pair terms for adjacent common words expected in this share of articles "
                 "(0: none; fresh builds only)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  app.add_flag("-q,--quiet", quiet, "no progress line");
  CLI11_PARSE(app, argc, argv);
  izdeu::InstallFatalHandlers("izdeu-indexer");

  izdeu::indexer::IndexProgress progress;
  if (!quiet) progress.input_bytes_total = izdeu::corpus::InputBytes(inputs);
  std::atomic<bool> done{false};
  std::thread reporter;
  if (!quiet) reporter = std::thread(ReportProgress, std::cref(progress), std::cref(done));
  // The reading thread's exception boundary (the workers have their own): a bug or running
  // out of memory ends the run with a message, and the staging folder is removed on the way.
  auto result = [&]() -> izdeu::Result<izdeu::indexer::IndexSummary> {
    try {
      return izdeu::indexer::BuildIndex(
          inputs, options, &progress, [&](const izdeu::corpus::ReadIssue& issue) {
            std::fprintf(stderr, "%s%s\n", quiet ? "" : "\r", issue.ToString().c_str());
          });
    } catch (const std::exception& e) {
      return izdeu::Status::IOError(std::string("internal error: ") + e.what());
    }
  }();
  done = true;
  if (reporter.joinable()) reporter.join();
  if (!quiet) std::fprintf(stderr, "\r%80s\r", "");

  if (!result.ok()) {
    std::fprintf(stderr, "izdeu-indexer: error: %s\n", result.status().message().c_str());
    return 1;
  }
  const auto& s = result.value();
  std::fprintf(
      stderr,
      "izdeu-indexer: indexed %llu articles (%.1f MB of text) in %.2f s (%.0f articles/s, "
      "compaction %.2f s), %llu issues, %llu dated from text, %llu undated, %llu organisation "
      "mentions; %s holds %llu documents\n",
      static_cast<unsigned long long>(s.articles_indexed), s.text_bytes / 1e6, s.seconds,
      s.seconds > 0 ? s.articles_indexed / s.seconds : 0.0, s.compact_seconds,
      static_cast<unsigned long long>(s.issues), static_cast<unsigned long long>(s.dates_from_text),
      static_cast<unsigned long long>(s.undated), static_cast<unsigned long long>(s.org_mentions),
      options.db_path.c_str(), static_cast<unsigned long long>(s.documents_in_db));
  if (s.older_schema != 0) {
    std::fprintf(stderr,
                 "izdeu-indexer: note: %s has schema %d, older than this indexer's %d; the update "
                 "kept its format, so what newer schemas add (docs/schema.md) is missing; remove "
                 "the folder and index again to rebuild it\n",
                 options.db_path.c_str(), s.older_schema, izdeu::schema::CurrentSchemaVersion());
  }
  return s.articles_indexed == 0 ? 1 : 0;
}
