// Routes: every endpoint of searchd in one table (routes.cpp). A handler parses and validates
// parameters into a typed request, hands the search to a WorkerPool and writes the JSON answer
// from the worker thread. Status -> HTTP status mapping lives only here.
//  - Two pools: interactive requests (search, article, organisations) and bulk ones (export,
//    batch), so that a researcher's export never makes a reader's search wait.
//  - /health and /ping are answered on the I/O thread, never behind queued searches, so a
//    liveness probe says the truth while the workers are busy.
//  - Every answer carries a Content-Type with its charset, CORS headers for the allowed origins
//    and X-Content-Type-Options: nosniff.
//  - Exception boundary: any exception in a task is logged with the request and answered 500
//    {"error":{"code":"internal"}}; its text never reaches the client.
// Thread-safety: Dispatch may be called from any I/O thread concurrently.
#pragma once

#include <pistache/http.h>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/status.h"
#include "searchd/http/client_limits.h"
#include "searchd/service/worker_pool.h"

namespace izdeu::searchd::http {

// One request being answered. Destroyed when the last task holding it is done, which ends the
// request's accounting (in-flight count for a clean stop, the client's concurrency slot).
using Writer = std::shared_ptr<Pistache::Http::ResponseWriter>;

struct RoutesConfig {
  std::string db_path;                    // for /health, which opens its own read-only handle
  std::vector<std::string> cors_origins;  // origins allowed to call the API; empty = any ("*")
  ClientLimitsConfig client_limits;
  double search_time_limit_s = 2.0;  // Xapian stops exact counting after this (see search_types.h)
};

inline constexpr const char* kJsonType = "application/json; charset=utf-8";

// Sends `body` with its Content-Type (charset included; nullptr for none).
Pistache::Async::Promise<ssize_t> SendBody(Pistache::Http::ResponseWriter& writer,
                                           Pistache::Http::Code code, std::string_view body,
                                           const char* content_type);
void SendJson(Pistache::Http::ResponseWriter& writer, Pistache::Http::Code code,
              const std::string& body);
std::string ErrorBody(std::string_view code, std::string_view message);
// Maps a non-ok Status to its HTTP status and JSON error body.
void SendError(Pistache::Http::ResponseWriter& writer, const Status& status);

class Routes {
 public:
  Routes(std::unique_ptr<WorkerPool> searches, std::unique_ptr<WorkerPool> bulk,
         RoutesConfig config);
  ~Routes();

  // Answers `request` from `client` (its IP address).
  void Dispatch(const Pistache::Http::Request& request, Pistache::Http::ResponseWriter response,
                const std::string& client);

  // Clean stop: new requests are answered 503 from now on; returns once no request is in
  // flight or after `grace`, whichever comes first. True when all in-flight requests finished.
  bool Drain(std::chrono::milliseconds grace);
  size_t InFlight() const { return in_flight_.load(); }

 private:
  // Answers one request; sets `*admitted` once the client's limits took a slot for it.
  void Route(const Pistache::Http::Request& request, const Writer& writer,
             const std::string& client, ClientLimits** admitted);
  // Runs `task` on a worker of `pool`; answers 503 at once when the pool is saturated. The task
  // runs inside the exception boundary.
  void OnWorker(WorkerPool& pool, const Writer& writer, std::string what, WorkerPool::Task task);

  void RunSearch(const Writer& writer, Result<SearchRequest> search, std::string what);
  void Search(const Pistache::Http::Request& request, const Writer& writer);
  void SearchPost(const Pistache::Http::Request& request, const Writer& writer);
  void Batch(const Pistache::Http::Request& request, const Writer& writer);
  void Export(const Pistache::Http::Request& request, const Writer& writer);
  void Doc(const std::string& id, const Writer& writer);
  void Orgs(const Pistache::Http::Request& request, const Writer& writer);
  void Org(const std::string& id, const Writer& writer);
  void Health(const Writer& writer);
  // CORS: adds the Access-Control-Allow-Origin header for an allowed Origin; false when the
  // request names an Origin that is not allowed.
  bool AllowOrigin(const Pistache::Http::Request& request, Pistache::Http::ResponseWriter& writer);
  void Preflight(const Pistache::Http::Request& request, const Writer& writer);

  std::unique_ptr<WorkerPool> searches_, bulk_;
  const RoutesConfig config_;
  ClientLimits limits_;
  std::atomic<bool> draining_{false};
  std::atomic<size_t> in_flight_{0};
  struct HealthCheck;
  std::unique_ptr<HealthCheck> health_;
};

}  // namespace izdeu::searchd::http
