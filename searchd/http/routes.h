// Routes: every endpoint of searchd in one table (routes.cpp). A handler parses and validates
// parameters into a typed request, hands the search to the WorkerPool and writes the JSON
// answer from the worker thread. Status -> HTTP status mapping lives only here.
// Thread-safety: Dispatch may be called from any I/O thread concurrently.
#pragma once

#include <pistache/http.h>

#include <memory>
#include <string>

#include "common/status.h"
#include "searchd/service/worker_pool.h"

namespace izdeu::searchd::http {

using Writer = std::shared_ptr<Pistache::Http::ResponseWriter>;

void SendJson(Pistache::Http::ResponseWriter& writer, Pistache::Http::Code code,
              const std::string& body);
std::string ErrorBody(std::string_view code, std::string_view message);
// Maps a non-ok Status to its HTTP status and JSON error body.
void SendError(Pistache::Http::ResponseWriter& writer, const Status& status);

class Routes {
 public:
  explicit Routes(std::unique_ptr<WorkerPool> pool) : pool_(std::move(pool)) {}
  void Dispatch(const Pistache::Http::Request& request, const Writer& writer);

 private:
  // Runs `task` on a search worker; answers 503 at once when the pool is saturated.
  void OnWorker(const Writer& writer, WorkerPool::Task task);

  // Answers a parsed search (from GET or POST) on a worker, or its parse error at once.
  void RunSearch(const Writer& writer, Result<SearchRequest> search);
  void Search(const Pistache::Http::Request& request, const Writer& writer);
  void SearchPost(const Pistache::Http::Request& request, const Writer& writer);
  void Batch(const Pistache::Http::Request& request, const Writer& writer);
  void Export(const Pistache::Http::Request& request, const Writer& writer);
  void Doc(const std::string& id, const Writer& writer);
  void Orgs(const Pistache::Http::Request& request, const Writer& writer);
  void Org(const std::string& id, const Writer& writer);
  void Health(const Writer& writer);

  std::unique_ptr<WorkerPool> pool_;
};

}  // namespace izdeu::searchd::http
