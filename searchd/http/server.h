// The HTTP daemon: Pistache endpoint + izdeu's request handler. Pistache's I/O threads read
// requests and hand work to the WorkerPools; responses are sent from the worker threads
// (Pistache queues writes to the I/O thread, which is safe from any thread).
// Works around Pistache 0.0.5's faults:
//  - no Router (its data race on unregistered methods): one handler dispatches every method and
//    path itself (routes.h);
//  - the request head is watched byte by byte before Pistache parses it (request_head.h): a
//    head over its limits is refused with 414/431 and the connection closed, and Pistache parses
//    each head once instead of once per arriving packet;
//  - a bad Content-Length, an oversized body or a malformed head is answered with a JSON 4xx and
//    the connection closed: the rest of its bytes is never read as further requests;
//  - keep-alive for HTTP/1.1 (Pistache said "Connection: Close" to every client);
//  - query parameters are percent-decoded by izdeu (params.h).
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/status.h"
#include "searchd/http/client_limits.h"

namespace izdeu::searchd::http {

struct ServerConfig {
  // --- Behaviour ---
  std::string db_path;                    // index to serve
  std::string address = "127.0.0.1";      // loopback by default; set 0.0.0.0 deliberately to expose
  uint16_t port = 8080;                   // 0 picks a free port (see Server::port)
  std::vector<std::string> cors_origins;  // origins allowed to call the API; empty = any ("*")
  // --- Protection (docs/operations.md) ---
  // The URL of a 5,000-letter Cyrillic query, percent-encoded, fits; longer ones go by POST.
  size_t max_line_bytes = 32 << 10;              // request line (the URL): 414 beyond
  size_t max_head_bytes = 64 << 10;              // request line + header fields: 431 beyond
  size_t max_request_bytes = 1 << 20;            // head + body (batches): 413 beyond
  ClientLimitsConfig client_limits;              // per-client rate and concurrency: 429 beyond
  double search_time_limit_s = 2.0;              // exact counting stops; the answer says `partial`
  std::chrono::milliseconds drain_grace{10000};  // SIGTERM: time for requests in flight
  std::chrono::seconds keepalive{30};  // idle keep-alive connections are closed after this
  // --- Performance ---
  unsigned workers = 0;             // search threads, each with its own Database; 0 = core count
  unsigned bulk_workers = 1;        // export and batch threads, apart from the search threads
  unsigned io_threads = 1;          // Pistache I/O threads
  size_t queue_capacity = 1024;     // pending searches beyond which requests get 503
  size_t bulk_queue_capacity = 64;  // pending exports and batches beyond which they get 503
};

class Server {
 public:
  // Opens the index, binds and starts serving in background threads.
  // Unavailable when the index cannot be opened or the port cannot be bound.
  static Result<std::unique_ptr<Server>> Start(const ServerConfig& config);
  ~Server();  // stops serving

  uint16_t port() const;
  // Clean stop: new requests get 503, requests in flight get up to drain_grace to finish, then
  // the endpoint and the workers stop. Returns how many requests were still in flight (0 when
  // every one finished).
  size_t Shutdown();

 private:
  Server();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace izdeu::searchd::http
