// izdeu-searchd: serves ranked search over an izdeu index as JSON, with a web page at /.
// See README.md, docs/openapi.yaml and docs/operations.md.
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>

#include "searchd/http/server.h"

int main(int argc, char** argv) {
  CLI::App app{"izdeu-searchd: Kazakh/Russian news search over HTTP (JSON API and web page)"};
  izdeu::searchd::http::ServerConfig config;
  app.add_option("--db", config.db_path, "index folder written by izdeu-indexer")->required();
  app.add_option("--port", config.port, "TCP port (0 = any free port)")->capture_default_str();
  app.add_option("--address", config.address, "address to listen on")->capture_default_str();
  app.add_option("--threads", config.workers, "search worker threads (0 = one per core)")
      ->capture_default_str();
  app.add_option("--io-threads", config.io_threads, "HTTP I/O threads")->capture_default_str();
  app.add_option("--queue", config.queue_capacity, "searches queued before answering 503")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  // Block the stop signals before threads start, so every thread inherits the mask and only
  // sigwait below receives them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
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
  int sig = 0;
  sigwait(&signals, &sig);
  std::fprintf(stderr, "izdeu-searchd: stopping (signal %d)\n", sig);
  server.value()->Shutdown();
  return 0;
}
