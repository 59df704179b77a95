#include "indexer/index_builder.h"

#include <unistd.h>

#include <xapian.h>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>

#include "common/bounded_queue.h"
#include "corpus/reader.h"
#include "indexer/document_builder.h"
#include "indexer/schema.h"

namespace izdeu::indexer {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// One shard: a worker thread that analyses articles and writes them to its own database.
class ShardWorker {
 public:
  ShardWorker(std::string path, int flags, const IndexerOptions& options, IndexProgress* progress)
      : path_(std::move(path)), flags_(flags), options_(options), progress_(progress), queue_(64) {}

  void Start() {
    thread_ = std::thread([this] { Run(); });
  }
  // Returns false when the worker has failed (its error() says why).
  bool Push(corpus::Article article) { return queue_.Push(std::move(article)); }
  void Finish() {
    queue_.Close();
    if (thread_.joinable()) thread_.join();
  }
  const std::optional<std::string>& error() const { return error_; }
  const BuildCounters& counters() const { return counters_; }
  uint64_t indexed() const { return indexed_; }
  const std::string& path() const { return path_; }

 private:
  void Run() {
    try {
      Xapian::WritableDatabase db(path_, flags_);
      db.set_metadata(std::string(schema::kSchemaVersionKey), std::string(schema::kSchemaVersion));
      DocumentBuilder builder;
      std::unordered_map<std::string, std::string> org_names;  // id -> name, written at commits
      unsigned in_batch = 0;
      auto commit = [&] {
        for (const auto& [id, name] : org_names) {
          db.set_metadata(std::string(schema::kOrgNameKeyPrefix) + id, name);
        }
        org_names.clear();
        db.commit();
        in_batch = 0;
      };
      while (auto article = queue_.Pop()) {
        BuiltDocument built = builder.Build(*article, &counters_);
        db.replace_document(built.id_term, built.document);
        for (auto& org : built.orgs) org_names.insert(std::move(org));
        ++indexed_;
        progress_->articles_indexed.fetch_add(1, std::memory_order_relaxed);
        if (++in_batch >= options_.batch_size) commit();
      }
      commit();
    } catch (const Xapian::Error& e) {
      error_ = path_ + ": " + e.get_description();
      queue_.Close();  // the reader sees Push fail and stops
    }
  }

  const std::string path_;
  const int flags_;
  const IndexerOptions& options_;
  IndexProgress* progress_;
  BoundedQueue<corpus::Article> queue_;
  std::thread thread_;
  std::optional<std::string> error_;
  BuildCounters counters_;
  uint64_t indexed_ = 0;
};

bool DatabaseExists(const std::string& path) {
  std::error_code ec;
  return fs::exists(fs::path(path) / "iamglass", ec) ||
         fs::exists(fs::path(path) / "iamchert", ec) || (fs::is_regular_file(path, ec));
}

}  // namespace

Result<IndexSummary> BuildIndex(const std::vector<std::string>& inputs,
                                const IndexerOptions& options, IndexProgress* progress,
                                const std::function<void(const corpus::ReadIssue&)>& on_issue) {
  const auto started = Clock::now();
  const bool update = DatabaseExists(options.db_path);
  unsigned threads =
      options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  if (update) threads = 1;

  // Fresh builds write shards into a temporary folder next to the target (same file system, so
  // the final rename is atomic) and remove it whatever happens.
  fs::path target = fs::absolute(options.db_path);
  fs::path staging =
      target.parent_path() / (target.filename().string() + ".tmp-" + std::to_string(getpid()));
  std::error_code ec;
  if (!update) {
    fs::create_directories(staging, ec);
    if (ec) return Status::IOError(staging.string() + ": " + ec.message());
  }
  struct StagingCleanup {
    fs::path path;
    ~StagingCleanup() {
      std::error_code ignored;
      if (!path.empty()) fs::remove_all(path, ignored);
    }
  } cleanup{update ? fs::path() : staging};

  std::vector<std::unique_ptr<ShardWorker>> workers;
  for (unsigned i = 0; i < threads; ++i) {
    std::string path =
        update ? target.string() : (staging / ("shard-" + std::to_string(i))).string();
    workers.push_back(
        std::make_unique<ShardWorker>(path, Xapian::DB_CREATE_OR_OPEN, options, progress));
    workers.back()->Start();
  }

  IndexSummary summary;
  bool failed = false;
  corpus::ReadInputs(
      inputs,
      [&](corpus::Article&& article) {
        if (failed) return;
        progress->articles_read.fetch_add(1, std::memory_order_relaxed);
        uint64_t bytes = article.title.size();
        for (const auto& p : article.paragraphs) bytes += p.size();
        progress->bytes_read.fetch_add(bytes, std::memory_order_relaxed);
        summary.text_bytes += bytes;
        size_t shard = std::hash<std::string>{}(article.id) % workers.size();
        failed = !workers[shard]->Push(std::move(article));
      },
      [&](const corpus::ReadIssue& issue) {
        progress->issues.fetch_add(1, std::memory_order_relaxed);
        ++summary.issues;
        on_issue(issue);
      });
  for (auto& worker : workers) worker->Finish();
  for (auto& worker : workers) {
    if (worker->error()) return Status::IOError(*worker->error());
    summary.articles_indexed += worker->indexed();
    summary.terms_dropped += worker->counters().terms_dropped;
    summary.dates_from_text += worker->counters().dates_from_text;
    summary.undated += worker->counters().undated;
    summary.org_mentions += worker->counters().org_mentions;
  }

  try {
    if (!update) {
      if (summary.articles_indexed == 0) return summary;  // nothing to publish
      progress->compacting = true;
      const auto compact_started = Clock::now();
      Xapian::Database shards;
      for (auto& worker : workers) shards.add_database(Xapian::Database(worker->path()));
      fs::path merged = staging / "merged";
      // FULL packs blocks completely: the index is written once and read many times.
      shards.compact(merged.string(),
                     options.compact ? Xapian::Compactor::FULL : Xapian::Compactor::STANDARD);
      summary.compact_seconds =
          std::chrono::duration<double>(Clock::now() - compact_started).count();
      fs::rename(merged, target, ec);
      if (ec) return Status::IOError(target.string() + ": " + ec.message());
    }
    summary.documents_in_db = Xapian::Database(target.string()).get_doccount();
  } catch (const Xapian::Error& e) {
    return Status::IOError(target.string() + ": " + e.get_description());
  }
  summary.seconds = std::chrono::duration<double>(Clock::now() - started).count();
  return summary;
}

}  // namespace izdeu::indexer
