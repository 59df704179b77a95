#include "indexer/index_builder.h"

#include <unistd.h>

#include <xapian.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#include "common/bounded_queue.h"
#include "common/crash_log.h"
#include "corpus/reader.h"
#include "indexer/document_builder.h"
#include "schema/doc_data_codec.h"
#include "schema/index_profile.h"
#include "schema/schema.h"

namespace izdeu::indexer {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// One indexing thread: analyses the articles dealt to it and writes them to databases of its
// own. In a fresh build it rolls over to a new database (a "segment", as Lucene calls them)
// every `segment_size` articles, because Xapian's flushes get slower as a database grows
// (1M articles into 2 databases ran at 1,640 articles/s, against 2,800/s for the first 20k);
// the final compaction merges the segments in one linear pass. An id seen again in a later
// segment has its older copy deleted before the merge, so ids stay unique.
class IndexWorker {
 public:
  // `path` is the update target (segment_size == 0) or the stem of the segment paths.
  IndexWorker(std::string path, unsigned segment_size, const IndexerOptions& options,
              const schema::IndexProfile& profile, IndexProgress* progress)
      : path_(std::move(path)),
        segment_size_(segment_size),
        options_(options),
        profile_(profile),
        progress_(progress),
        queue_(kQueuedArticles) {}

  void Start() {
    thread_ = std::thread([this] { Run(); });
  }
  // Returns false when the worker has failed (its error() says why).
  bool Push(corpus::Article article) { return queue_.Push(std::move(article)); }
  size_t queued() { return queue_.size(); }
  // True once the worker has stopped on an error (readable from the dealing thread).
  bool failed() const { return failed_.load(std::memory_order_acquire); }
  void Finish() {
    queue_.Close();
    if (thread_.joinable()) thread_.join();
  }
  const std::optional<std::string>& error() const { return error_; }
  const BuildCounters& counters() const { return counters_; }
  uint64_t indexed() const { return indexed_; }
  const std::vector<std::string>& segments() const { return segments_; }

 private:
  // Articles waiting for the worker: about 0.3 s of its work, so that the other workers keep
  // busy while one commits (a commit takes about 0.1 s).
  static constexpr size_t kQueuedArticles = 256;

  void Run() {
    try {
      DocumentBuilder builder(profile_);
      std::unique_ptr<Xapian::WritableDatabase> db;
      std::unordered_map<std::string, std::string> org_names;  // id -> name, written at commits
      // Spelling words counted per batch, added once each at the commit: Xapian's add_spelling
      // looks every call up in its own std::map of changes (one call per distinct word of each
      // article was ~10% of indexing on real text); the frequencies it stores are the same.
      std::unordered_map<std::string, Xapian::termcount> spellings;
      unsigned in_batch = 0, in_segment = 0;
      auto commit = [&] {
        for (const auto& [id, name] : org_names) {
          db->set_metadata(std::string(schema::kOrgNameKeyPrefix) + id, name);
        }
        org_names.clear();
        for (const auto& [word, count] : spellings) db->add_spelling(word, count);
        spellings.clear();
        db->commit();
        in_batch = 0;
      };
      // Segments of a fresh build are scratch files until the final compaction, which writes
      // (and syncs) the real index; a crash before then leaves nothing to recover, so their
      // commits skip fsync. An update writes the real index and keeps Xapian's syncing.
      const int sync_flag = segment_size_ != 0 ? Xapian::DB_NO_SYNC : 0;
      auto open_segment = [&] {
        if (db) {
          commit();
          db->close();
        }
        segments_.push_back(segment_size_ == 0 ? path_
                                               : path_ + "-" + std::to_string(segments_.size()));
        db = std::make_unique<Xapian::WritableDatabase>(segments_.back(),
                                                        Xapian::DB_CREATE_OR_OPEN | sync_flag);
        if (segment_size_ != 0) {  // a fresh build's segment; an update keeps the index's own
          db->set_metadata(std::string(schema::kSchemaVersionKey),
                           std::string(schema::kSchemaVersion));
          profile_.Store(db.get());
        }
        in_segment = 0;
      };
      open_segment();
      while (auto article = queue_.Pop()) {
        CurrentTask doing("indexing article " + article->id);
        if (segment_size_ != 0 && in_segment >= segment_size_) open_segment();
        BuiltDocument built = builder.Build(*article, &counters_);
        if (segment_size_ != 0) RememberSegment(built.id_term);
        db->replace_document(built.id_term, built.document);
        for (auto& word : built.spellings) ++spellings[std::move(word)];
        for (auto& org : built.orgs) org_names.insert(std::move(org));
        ++indexed_;
        ++in_segment;
        progress_->articles_indexed.fetch_add(1, std::memory_order_relaxed);
        if (++in_batch >= options_.batch_size) commit();
      }
      commit();
      db->close();
      DeleteStaleCopies();
    } catch (const Xapian::Error& e) {
      Fail(path_ + ": " + e.get_description());
    } catch (const std::exception& e) {
      // The thread's exception boundary: out of memory or a bug ends the build with a message
      // instead of terminating the process with no word of what was being done.
      Fail(path_ + ": internal error: " + e.what());
    }
  }

  void Fail(std::string error) {
    error_ = std::move(error);
    failed_.store(true, std::memory_order_release);
    queue_.Close();  // the reader sees Push fail and stops
  }

  // Records that `id_term` is now in the current segment; an older copy in an earlier segment
  // is scheduled for deletion.
  void RememberSegment(const std::string& id_term) {
    const auto current = static_cast<uint32_t>(segments_.size() - 1);
    auto [it, inserted] = segment_of_id_.try_emplace(id_term, current);
    if (!inserted && it->second != current) {
      stale_.emplace_back(it->second, id_term);
      it->second = current;
    }
  }

  void DeleteStaleCopies() {
    std::sort(stale_.begin(), stale_.end());
    for (size_t i = 0; i < stale_.size();) {
      Xapian::WritableDatabase db(segments_[stale_[i].first], Xapian::DB_OPEN);
      const uint32_t segment = stale_[i].first;
      for (; i < stale_.size() && stale_[i].first == segment; ++i)
        db.delete_document(stale_[i].second);
      db.commit();
    }
  }

  const std::string path_;
  const unsigned segment_size_;
  const IndexerOptions& options_;
  const schema::IndexProfile& profile_;
  IndexProgress* progress_;
  BoundedQueue<corpus::Article> queue_;
  std::thread thread_;
  std::optional<std::string> error_;  // set before failed_
  std::atomic<bool> failed_{false};
  BuildCounters counters_;
  uint64_t indexed_ = 0;
  std::vector<std::string> segments_;
  std::unordered_map<std::string, uint32_t> segment_of_id_;  // id term -> segment holding it
  std::vector<std::pair<uint32_t, std::string>> stale_;      // (older segment, id term) to delete
};

// Chooses each article's worker. A new id goes to the worker with the fewest articles queued,
// and an id seen before to the worker its first copy went to, where replace_document meets it
// (ids stay unique). Dealing by a hash of the id instead left a worker idle whenever the other
// one's queue was full: 10% of the indexing time at 100k. Ids are remembered by 64-bit hash,
// about 40 bytes each; two ids of one hash just share a worker. Used by the reading thread only.
class Dealer {
 public:
  // The index in `workers` for the article `id`, or nullopt once a worker has failed (reading
  // should stop; the worker's error is reported after Finish).
  std::optional<uint32_t> WorkerFor(const std::string& id,
                                    const std::vector<std::unique_ptr<IndexWorker>>& workers) {
    const auto n = static_cast<uint32_t>(workers.size());
    if (n == 1) return workers[0]->failed() ? std::nullopt : std::optional<uint32_t>(0);
    auto [known, added] = worker_of_id_.try_emplace(std::hash<std::string>{}(id), uint32_t{0});
    if (!added) return known->second;
    size_t fewest = SIZE_MAX;
    for (uint32_t k = 0; k < n; ++k) {
      const uint32_t w = (first_candidate_ + k) % n;  // ties rotate
      if (workers[w]->failed()) return std::nullopt;
      if (const size_t queued = workers[w]->queued(); queued < fewest) {
        fewest = queued;
        known->second = w;
      }
    }
    first_candidate_ = (first_candidate_ + 1) % n;
    return known->second;
  }

 private:
  std::unordered_map<uint64_t, uint32_t> worker_of_id_;
  uint32_t first_candidate_ = 0;
};

// A fresh build learns its profile (index_profile.h) from this many first articles: enough for
// stem shares at the pair share (400 of 2,000 articles at 20%) and for a zstd dictionary (about
// 9 MB of document data to learn from).
constexpr size_t kProfileSampleArticles = 2000;

bool IsUnprefixed(const std::string& term) {
  return !term.empty() && !(term[0] >= 'A' && term[0] <= 'Z');
}

// What the analysis of part of the sample gives: in how many articles each unprefixed stem
// occurs, the articles' lengths, and their document data (zstd's training samples).
struct SampleStats {
  std::unordered_map<std::string, uint32_t> df;
  double total_length = 0;
  std::vector<std::string> doc_data;
};

SampleStats StudySample(const std::vector<corpus::Article>& sample, size_t begin, size_t end) {
  const schema::IndexProfile plain;
  DocumentBuilder builder(plain);
  BuildCounters ignored;
  SampleStats stats;
  for (size_t i = begin; i < end; ++i) {
    BuiltDocument built = builder.Build(sample[i], &ignored);
    for (auto t = built.document.termlist_begin(); t != built.document.termlist_end(); ++t) {
      if (!IsUnprefixed(*t)) continue;
      ++stats.df[*t];
      stats.total_length += t.get_wdf();
    }
    stats.doc_data.push_back(built.document.get_data());  // plain: `builder` has no dictionary
  }
  return stats;
}

// The profile of a fresh build: the stems' shares of the sampled articles, their mean length,
// and a zstd dictionary trained on their document data. The workers wait for it, so the
// sample is analysed on `threads` threads (about half a second for 2,000 articles on 2).
schema::IndexProfile LearnProfile(const std::vector<corpus::Article>& sample, double pair_share,
                                  unsigned threads) {
  std::vector<SampleStats> parts(std::max(1u, threads));
  std::vector<std::thread> pool;
  for (size_t t = 0; t < parts.size(); ++t) {
    pool.emplace_back([&, t] {
      parts[t] = StudySample(sample, sample.size() * t / parts.size(),
                             sample.size() * (t + 1) / parts.size());
    });
  }
  for (auto& thread : pool) thread.join();
  SampleStats all = std::move(parts[0]);
  for (size_t t = 1; t < parts.size(); ++t) {
    for (const auto& [stem, count] : parts[t].df) all.df[stem] += count;
    all.total_length += parts[t].total_length;
    for (auto& data : parts[t].doc_data) all.doc_data.push_back(std::move(data));
  }
  schema::IndexProfile profile;
  if (pair_share > 0) {
    profile.common_stems = schema::CommonStems::FromDocumentFrequencies(
        all.df, static_cast<uint32_t>(sample.size()), pair_share);
  }
  profile.doc_dictionary = schema::DocDataCodec::TrainDictionary(all.doc_data);
  if (!sample.empty()) profile.mean_length = all.total_length / static_cast<double>(sample.size());
  return profile;
}

bool DatabaseExists(const std::string& path) {
  std::error_code ec;
  return fs::exists(fs::path(path) / "iamglass", ec) ||
         fs::exists(fs::path(path) / "iamchert", ec) || (fs::is_regular_file(path, ec));
}

// Removes `<target>.tmp-<pid>` folders left by builds whose process is gone. A folder whose
// process still runs (a build going on now) is left alone.
void RemoveAbandonedStaging(const fs::path& target) {
  const std::string prefix = target.filename().string() + ".tmp-";
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(target.parent_path(), ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    const std::string pid = name.substr(prefix.size());
    if (pid.empty() || pid.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream comm("/proc/" + pid + "/comm");
    std::string program;
    if (comm && std::getline(comm, program) && program == "izdeu-indexer") continue;
    std::error_code ignored;
    const auto removed = fs::remove_all(entry.path(), ignored);
    std::fprintf(stderr, "izdeu-indexer: removed %s (%ju files) left by an interrupted build\n",
                 entry.path().c_str(), static_cast<uintmax_t>(removed));
  }
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
  // the final rename is atomic) and remove it whatever happens. A build killed outright
  // (SIGKILL, power loss) could not: its folder is removed by the next run.
  fs::path target = fs::absolute(options.db_path);
  RemoveAbandonedStaging(target);
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

  // An update writes with the index's own profile; a fresh build learns one from its first
  // kProfileSampleArticles articles, held back until it is learnt.
  schema::IndexProfile profile;
  if (update) {
    try {
      profile = schema::IndexProfile::Load(Xapian::Database(target.string()));
    } catch (const Xapian::Error& e) {
      return Status::IOError(target.string() + ": " + e.get_description());
    }
  }
  std::vector<corpus::Article> sample;
  std::vector<std::unique_ptr<IndexWorker>> workers;
  auto start_workers = [&] {
    if (!update) profile = LearnProfile(sample, options.pair_share, threads);
    for (unsigned i = 0; i < threads; ++i) {
      if (update) {
        workers.push_back(
            std::make_unique<IndexWorker>(target.string(), 0, options, profile, progress));
      } else {
        std::string stem = (staging / ("worker-" + std::to_string(i))).string();
        workers.push_back(std::make_unique<IndexWorker>(stem, std::max(1u, options.segment_size),
                                                        options, profile, progress));
      }
      workers.back()->Start();
    }
  };
  bool failed = false;
  Dealer dealer;
  auto dispatch = [&](corpus::Article&& article) {
    const std::optional<uint32_t> worker = dealer.WorkerFor(article.id, workers);
    failed = !worker || !workers[*worker]->Push(std::move(article));
  };
  auto flush_sample = [&] {
    start_workers();
    for (auto& article : sample) {
      if (!failed) dispatch(std::move(article));
    }
    sample.clear();
  };
  if (update) start_workers();

  IndexSummary summary;
  corpus::ReadInputs(
      inputs,
      [&](corpus::Article&& article) {
        if (failed) return;
        progress->articles_read.fetch_add(1, std::memory_order_relaxed);
        uint64_t bytes = article.title.size();
        for (const auto& p : article.paragraphs) bytes += p.size();
        progress->bytes_read.fetch_add(bytes, std::memory_order_relaxed);
        summary.text_bytes += bytes;
        if (workers.empty()) {
          sample.push_back(std::move(article));
          if (sample.size() >= kProfileSampleArticles) flush_sample();
          return;
        }
        dispatch(std::move(article));
      },
      [&](const corpus::ReadIssue& issue) {
        progress->issues.fetch_add(1, std::memory_order_relaxed);
        ++summary.issues;
        on_issue(issue);
      },
      [&](uint64_t bytes) {
        progress->input_bytes_done.fetch_add(bytes, std::memory_order_relaxed);
      });
  if (workers.empty()) flush_sample();  // fewer articles than the sample size
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
      for (auto& worker : workers) {
        for (const auto& segment : worker->segments())
          shards.add_database(Xapian::Database(segment));
      }
      fs::path merged = staging / "merged";
      // FULL packs blocks completely: the index is written once and read many times.
      // MULTIPASS merges many segments in a tree of passes rather than all at once.
      shards.compact(merged.string(),
                     Xapian::DBCOMPACT_MULTIPASS |
                         (options.compact ? Xapian::Compactor::FULL : Xapian::Compactor::STANDARD));
      summary.compact_seconds =
          std::chrono::duration<double>(Clock::now() - compact_started).count();
      fs::rename(merged, target, ec);
      if (ec) return Status::IOError(target.string() + ": " + ec.message());
    }
    Xapian::Database written(target.string());
    summary.documents_in_db = written.get_doccount();
    const int version = schema::SchemaVersionOf(written);
    if (update && version < schema::CurrentSchemaVersion()) {
      summary.older_schema = version;
    }
  } catch (const Xapian::Error& e) {
    return Status::IOError(target.string() + ": " + e.get_description());
  }
  summary.seconds = std::chrono::duration<double>(Clock::now() - started).count();
  return summary;
}

}  // namespace izdeu::indexer
