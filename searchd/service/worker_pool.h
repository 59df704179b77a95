// WorkerPool: N threads, each owning its own SearchService (its own Xapian::Database, Enquire and
// Analyzer, since Xapian objects are not thread-safe). HTTP handlers hand tasks over instead of
// searching on Pistache's I/O threads. The queue is bounded: when it is full, Submit refuses at
// once and the caller answers 503 rather than piling up latency.
// A task that throws is the caller's bug: the pool logs it and goes on (callers that answer
// clients catch first, see routes.cpp), so one bad request never ends the process.
// Thread-safety: Submit may be called from any thread.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "common/bounded_queue.h"
#include "common/status.h"
#include "searchd/service/search_service.h"

namespace izdeu::searchd {

class WorkerPool {
 public:
  using Task = std::function<void(SearchService&)>;

  // Opens `threads` services on `db_path` and returns once each has warmed up
  // (SearchService::WarmUp); Unavailable if the index cannot be opened.
  static Result<std::unique_ptr<WorkerPool>> Start(const std::string& db_path, unsigned threads,
                                                   size_t queue_capacity,
                                                   const ServiceOptions& options = {});
  ~WorkerPool();  // finishes queued tasks, then joins

  // False when the queue is full or the pool is stopping; the task is then not run.
  bool Submit(Task task) { return queue_.TryPush(std::move(task)); }
  unsigned threads() const { return static_cast<unsigned>(threads_.size()); }
  size_t queued() { return queue_.size(); }

 private:
  explicit WorkerPool(size_t capacity) : queue_(capacity) {}
  BoundedQueue<Task> queue_;
  std::vector<std::thread> threads_;
};

}  // namespace izdeu::searchd
