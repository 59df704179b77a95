// The HTTP daemon: Pistache endpoint + izdeu's request handler. Pistache's I/O threads only
// parse requests and hand work to the WorkerPool; responses are sent from the worker threads
// (Pistache queues writes to the I/O thread, which is safe from any thread).
// Works around Pistache 0.0.5's faults: no Router (its data race on unregistered methods):
// one handler dispatches every method and path itself; the request size limit is raised from
// 4 KiB; query parameters are percent-decoded here (params.h).
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "common/status.h"

namespace izdeu::searchd::http {

struct ServerConfig {
  // --- Behaviour ---
  std::string db_path;                // index to serve
  std::string address = "127.0.0.1";  // loopback by default; set 0.0.0.0 deliberately to expose
  uint16_t port = 8080;               // 0 picks a free port (see Server::port)
  // --- Performance ---
  unsigned workers = 0;          // search threads, each with its own Database; 0 = core count
  unsigned io_threads = 1;       // Pistache I/O threads
  size_t queue_capacity = 1024;  // pending searches beyond which requests get 503
  size_t max_request_bytes =
      1 << 20;  // 1 MiB: long Cyrillic queries (percent-encoded 6x) and batches
};

class Server {
 public:
  // Opens the index, binds and starts serving in background threads.
  // Unavailable when the index cannot be opened or the port cannot be bound.
  static Result<std::unique_ptr<Server>> Start(const ServerConfig& config);
  ~Server();  // stops serving

  uint16_t port() const;
  void Shutdown();

 private:
  Server();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace izdeu::searchd::http
