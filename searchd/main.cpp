// izdeu-searchd: serves ranked search over an izdeu index as JSON, with a web page at /.
// See README.md, docs/openapi.yaml and docs/operations.md.
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>

#include "common/crash_log.h"
#include "searchd/http/server.h"

int main(int argc, char** argv) {
  CLI::App app{"izdeu-searchd: Kazakh/Russian news search over HTTP (JSON API and web page)"};
  izdeu::searchd::http::ServerConfig config;
  auto& limits = config.client_limits;
  double drain_seconds = 10, keepalive_seconds = 30;
  app.add_option("--db", config.db_path, "index folder written by izdeu-indexer")->required();
  app.add_option("--port", config.port, "TCP port (0 = any free port)")->capture_default_str();
  app.add_option("--address", config.address, "address to listen on")->capture_default_str();
  app.add_option("--cors-origin", config.cors_origins,
                 "origin allowed to call the API from a browser, e.g. https://example.kz "
                 "(repeatable; none given = any origin)");
  app.add_option("--threads", config.workers, "search worker threads (0 = one per core)")
      ->capture_default_str();
  app.add_option("--bulk-threads", config.bulk_workers, "export and batch worker threads")
      ->capture_default_str();
  app.add_option("--io-threads", config.io_threads, "HTTP I/O threads")->capture_default_str();
  app.add_option("--queue", config.queue_capacity, "searches queued before answering 503")
      ->capture_default_str();
  app.add_option("--client-rate", limits.rate,
                 "requests per second per client address (0 = no limit)")
      ->capture_default_str();
  app.add_option("--client-burst", limits.burst, "requests a client may send at once")
      ->capture_default_str();
  app.add_option("--client-concurrency", limits.concurrency,
                 "requests in flight per client address (0 = no limit)")
      ->capture_default_str();
  app.add_flag("--limit-loopback", limits.limit_loopback,
               "apply the client limits to 127.0.0.1 too (exempt by default)");
  app.add_option("--time-limit", config.search_time_limit_s,
                 "seconds after which a search stops counting exactly (answer says partial)")
      ->capture_default_str();
  app.add_option("--max-request-bytes", config.max_request_bytes, "largest request (413 beyond)")
      ->capture_default_str();
  app.add_option("--drain-seconds", drain_seconds,
                 "on SIGTERM/SIGINT, time given to requests in flight")
      ->capture_default_str();
  app.add_option("--keepalive-seconds", keepalive_seconds,
                 "idle keep-alive connections are closed after this")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  config.drain_grace = std::chrono::milliseconds(static_cast<int64_t>(drain_seconds * 1000));
  config.keepalive = std::chrono::seconds(static_cast<int64_t>(keepalive_seconds));
  izdeu::InstallFatalHandlers("izdeu-searchd");

  // Block the stop signals before threads start, so every thread inherits the mask and only
  // sigwait below receives them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);

  auto server = izdeu::searchd::http::Server::Start(config);
  if (!server.ok()) {
    std::fprintf(stderr, "izdeu-searchd: %s\n", server.status().message().c_str());
    return 1;
  }
  // The "listening" line is a contract: scripts and tests read the port from it.
  std::printf("izdeu-searchd: listening on http://%s:%u/ (index %s)\n", config.address.c_str(),
              server.value()->port(), config.db_path.c_str());
  std::fflush(stdout);
  for (;;) {
    int sig = 0;
    sigwait(&signals, &sig);
    if (sig != SIGHUP) {
      std::fprintf(stderr, "izdeu-searchd: stopping (signal %d): finishing requests in flight\n",
                   sig);
      break;
    }
    // Every search re-opens the index at its newest revision, so there is nothing to reload.
    std::fprintf(stderr,
                 "izdeu-searchd: SIGHUP: the index is re-read by every request; "
                 "nothing to reload\n");
  }
  const size_t unfinished = server.value()->Shutdown();
  if (unfinished > 0) {
    std::fprintf(stderr, "izdeu-searchd: stopped with %zu requests unfinished after %.0f s\n",
                 unfinished, drain_seconds);
  } else {
    std::fprintf(stderr, "izdeu-searchd: stopped\n");
  }
  return 0;
}
