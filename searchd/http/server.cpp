#include "searchd/http/server.h"

#include <pistache/endpoint.h>
#include <pistache/http.h>

#include <thread>

#include "searchd/http/routes.h"

namespace izdeu::searchd::http {

using namespace Pistache;

namespace {

// One handler for every method and path (no Pistache Router). Cloned once per I/O thread;
// the clones share the Routes, which are thread-safe.
class RequestHandler : public Http::Handler {
 public:
  HTTP_PROTOTYPE(RequestHandler)
  explicit RequestHandler(std::shared_ptr<Routes> routes) : routes_(std::move(routes)) {}

  void onRequest(const Http::Request& request, Http::ResponseWriter response) override {
    // No exception may escape into Pistache: it would drop the connection without an answer.
    auto writer = std::make_shared<Http::ResponseWriter>(std::move(response));
    try {
      routes_->Dispatch(request, writer);
    } catch (const std::exception& e) {
      SendError(*writer, Status::Unavailable(std::string("internal error: ") + e.what()));
    }
  }

  void onTimeout(const Http::Request& /*request*/, Http::ResponseWriter response) override {
    SendJson(response, Http::Code::Request_Timeout,
             ErrorBody("timeout", "request not received in time"));
  }

 private:
  std::shared_ptr<Routes> routes_;
};

}  // namespace

struct Server::Impl {
  std::unique_ptr<Http::Endpoint> endpoint;
  std::shared_ptr<Routes> routes;
  bool stopped = false;
};

Server::Server() : impl_(std::make_unique<Impl>()) {}

Server::~Server() { Shutdown(); }

uint16_t Server::port() const { return static_cast<uint16_t>(impl_->endpoint->getPort()); }

void Server::Shutdown() {
  if (impl_->stopped) return;
  impl_->stopped = true;
  impl_->endpoint->shutdown();
  impl_->routes.reset();  // joins the search workers after their queued tasks
}

Result<std::unique_ptr<Server>> Server::Start(const ServerConfig& config) {
  unsigned workers =
      config.workers != 0 ? config.workers : std::max(1u, std::thread::hardware_concurrency());
  auto pool = WorkerPool::Start(config.db_path, workers, config.queue_capacity);
  if (!pool.ok()) return pool.status();

  std::unique_ptr<Server> server(new Server());
  server->impl_->routes = std::make_shared<Routes>(std::move(pool.value()));
  try {
    Address address(config.address, Port(config.port));
    server->impl_->endpoint = std::make_unique<Http::Endpoint>(address);
    auto options = Http::Endpoint::options()
                       .threads(static_cast<int>(std::max(1u, config.io_threads)))
                       .flags(Tcp::Options::ReuseAddr)
                       .maxRequestSize(config.max_request_bytes);
    server->impl_->endpoint->init(options);
    server->impl_->endpoint->setHandler(Http::make_handler<RequestHandler>(server->impl_->routes));
    server->impl_->endpoint->serveThreaded();
  } catch (const std::exception& e) {
    server->impl_->stopped = true;
    return Status::Unavailable("cannot listen on " + config.address + ":" +
                               std::to_string(config.port) + ": " + e.what());
  }
  return server;
}

}  // namespace izdeu::searchd::http
