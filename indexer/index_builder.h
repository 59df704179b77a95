// IndexBuilder: archive inputs -> a Xapian database in the izdeu schema.
//
// Pipeline: the calling thread reads the inputs (corpus::ReadInputs) and deals articles to
// `threads` workers, each new id to the worker with the fewest queued and a repeated id to the
// worker of its first copy; each worker analyses its articles (DocumentBuilder) and writes them
// with replace_document(Q-term) to databases of its own, so an id that appears twice always
// meets itself in the same worker and is never duplicated.
//  - Fresh build (the database does not exist yet): each worker writes segments of
//    `segment_size` articles in a temporary folder beside the target; they are then merged and
//    compacted into the target in one step (Xapian::Database::compact) and renamed into place:
//    a failed run leaves nothing behind.
//  - Update (the database exists): one worker writes into it directly (Xapian allows one writer);
//    articles already there are replaced by id.
// Thread-safety: Build is not re-entrant; one IndexBuilder per target database.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "common/status.h"
#include "corpus/article.h"
#include "schema/common_stems.h"

namespace izdeu::indexer {

struct IndexerOptions {
  // --- Behaviour ---
  std::string db_path;  // target database folder (created when missing)

  // --- Performance ---
  // Worker threads for fresh builds, each with its own shard writer. Default: the core count.
  unsigned threads = 0;
  // Articles per shard between commits. Smaller batches flush sooner and bound memory: a
  // writer holds about batch_size x (terms of one article) postings in memory before a flush.
  // 2,000 measured faster than Xapian's default 10,000 on this workload (bench/RESULTS.md).
  unsigned batch_size = 2000;
  // Articles per segment in fresh builds: Xapian's flushes slow down as a database grows, so
  // each worker starts a new database after this many; compaction merges them at the end.
  unsigned segment_size = 50000;
  // Merge shards with compaction (smaller, faster index). Turning it off only makes sense for
  // update runs, where there is nothing to merge.
  bool compact = true;
  // Fresh builds write a pair term for adjacent common words expected together in at least this
  // share of the articles (common_stems.h); 0 writes none (slower phrases of common words, an
  // index about 0.05x the text smaller). Updates keep the index's own setting.
  double pair_share = schema::CommonStems::kDefaultPairShare;
};

// Live counters, readable from another thread for progress reports.
struct IndexProgress {
  std::atomic<uint64_t> articles_read{0};
  std::atomic<uint64_t> articles_indexed{0};
  std::atomic<uint64_t> bytes_read{0};        // text bytes (title + body) of articles read
  std::atomic<uint64_t> input_bytes_done{0};  // file bytes consumed by the readers
  std::atomic<uint64_t> input_bytes_total{
      0};  // file bytes to read, when the caller knows (for ETA)
  std::atomic<uint64_t> issues{0};
  std::atomic<bool> compacting{false};
};

struct IndexSummary {
  uint64_t articles_indexed = 0;
  uint64_t issues = 0;
  uint64_t terms_dropped = 0;
  uint64_t dates_from_text = 0;
  uint64_t undated = 0;
  uint64_t org_mentions = 0;
  uint64_t documents_in_db = 0;
  // The schema version of an updated index when it is older than this indexer's: the update
  // wrote that schema's format, without what newer schemas add; 0 otherwise.
  int older_schema = 0;
  uint64_t text_bytes = 0;
  double seconds = 0;
  double compact_seconds = 0;
};

// Indexes `inputs` (files or folders) into options.db_path. Every input problem goes to `issues`
// (as "file:line: reason") and indexing goes on. Returns the summary, or an error Status when the
// database cannot be created or written (the target is then left as it was).
Result<IndexSummary> BuildIndex(const std::vector<std::string>& inputs,
                                const IndexerOptions& options, IndexProgress* progress,
                                const std::function<void(const corpus::ReadIssue&)>& issues);

}  // namespace izdeu::indexer
