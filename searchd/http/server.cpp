#include "searchd/http/server.h"

#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/peer.h>
#include <sys/socket.h>

#include <cstdio>
#include <thread>
#include <unordered_map>

#include "searchd/http/json.h"
#include "searchd/http/request_head.h"
#include "searchd/http/routes.h"
#include "searchd/service/facet_spy.h"

namespace izdeu::searchd::http {

using namespace Pistache;

namespace {

// What izdeu keeps per connection: its head scanner and its own request parser.
// Owned by the handler of the connection's I/O thread and freed there at disconnection. (Data
// hung on Pistache's Peer is freed by whichever thread drops the Peer last, sometimes the
// listener thread, with no synchronisation ThreadSanitizer can see.)
struct Connection {
  Connection(size_t max_line, size_t max_head, size_t max_request)
      : head(max_line, max_head), parser(max_request) {}
  HeadScanner head;
  Http::RequestParser parser;
  bool close_after = false;  // the client asked to close after this answer
  bool refused = false;      // answered with an error and being closed: ignore further bytes
};

struct Limits {
  size_t max_line, max_head;
};

// One handler for every method and path (no Pistache Router). Cloned once per I/O thread;
// the clones share the Routes, which are thread-safe.
// Replaces Pistache's Http::Handler::onConnection/onInput (virtual in Tcp::Handler) with the
// same steps plus the head checks of server.h: Pistache's own versions cannot be wrapped, as
// they are private.
class RequestHandler : public Http::Handler {
 public:
  HTTP_PROTOTYPE(RequestHandler)
  RequestHandler(std::shared_ptr<Routes> routes, Limits limits)
      : routes_(std::move(routes)), limits_(limits) {}

  void onConnection(const std::shared_ptr<Tcp::Peer>& peer) override {
    // Pistache's own parser slot stays filled for Pistache's code: its transport times idle
    // keep-alive connections out from the parser's time (reset after every request below).
    // izdeu parses with the Connection's.
    peer->putData(ParserData, std::make_shared<Http::RequestParser>(0));
    connections_[peer->getID()] =
        std::make_shared<Connection>(limits_.max_line, limits_.max_head, getMaxRequestSize());
  }

  void onDisconnection(const std::shared_ptr<Tcp::Peer>& peer) override {
    connections_.erase(peer->getID());
  }

  void onInput(const char* buffer, size_t len, const std::shared_ptr<Tcp::Peer>& peer) override {
    auto found = connections_.find(peer->getID());
    if (found == connections_.end()) return;  // not announced by onConnection: nothing to serve
    Connection* conn = found->second.get();
    Http::RequestParser* parser = &conn->parser;
    if (conn->refused) return;  // the rest of a refused request is never read as requests
    if (conn->head.state() != HeadScanner::State::kComplete) {
      switch (conn->head.Feed(std::string_view(buffer, len))) {
        case HeadScanner::State::kNeedMore:
          break;
        case HeadScanner::State::kLineTooLong:
          return Refuse(peer, *conn, *parser, Http::Code::RequestURI_Too_Long, "uri_too_long",
                        "request line over " + std::to_string(limits_.max_line) + " bytes");
        case HeadScanner::State::kHeadTooLarge:
          return Refuse(peer, *conn, *parser, Http::Code::Request_Header_Fields_Too_Large,
                        "header_too_large",
                        "request head over " + std::to_string(limits_.max_head) + " bytes");
        case HeadScanner::State::kComplete: {
          const std::string& head = conn->head.head();
          auto length = ContentLengthOf(head);
          if (!length.ok()) {
            return Refuse(peer, *conn, *parser, Http::Code::Bad_Request, "invalid_request",
                          length.status().message());
          }
          if (length.value() && *length.value() > getMaxRequestSize() - head.size()) {
            return Refuse(peer, *conn, *parser, Http::Code::Request_Entity_Too_Large, "too_large",
                          BodyLimitMessage());
          }
          conn->close_after = WantsClose(head);
          break;
        }
      }
    }
    if (!parser->feed(buffer, len)) {
      return Refuse(peer, *conn, *parser, Http::Code::Request_Entity_Too_Large, "too_large",
                    BodyLimitMessage());
    }
    // Parse once, when the head is complete (Pistache re-parses it on every call).
    if (conn->head.state() != HeadScanner::State::kComplete) return;
    Http::Private::State state;
    try {
      state = parser->parse();
    } catch (const std::exception& e) {
      return Refuse(peer, *conn, *parser, Http::Code::Bad_Request, "invalid_request",
                    "malformed HTTP request");
    }
    if (state != Http::Private::State::Done) return;

    auto& request = parser->request;
    Http::ResponseWriter response(request.version(), transport(), this, peer);
    response.headers().add<Http::Header::Connection>(
        conn->close_after ? Http::ConnectionControl::Close : Http::ConnectionControl::KeepAlive);
    peer->setIdle(false);
    routes_->Dispatch(request, std::move(response), peer->address().host());
    parser->reset();
    conn->head.Reset();
    getParser(peer)->reset();  // the connection was just active (Pistache's idle timeout)
  }

  void onRequest(const Http::Request& /*request*/, Http::ResponseWriter /*response*/) override {
    // Never called: onInput dispatches to the Routes itself.
  }

  void onTimeout(const Http::Request& /*request*/, Http::ResponseWriter response) override {
    SendJson(response, Http::Code::Request_Timeout,
             ErrorBody("timeout", "request not received in time"));
  }

 private:
  std::string BodyLimitMessage() const {
    return "request over " + std::to_string(getMaxRequestSize()) + " bytes";
  }

  // Answers a request that will not be served, then closes the connection once the answer is
  // written; bytes that arrive meanwhile are dropped.
  void Refuse(const std::shared_ptr<Tcp::Peer>& peer, Connection& conn, Http::RequestParser& parser,
              Http::Code code, const char* error, const std::string& message) {
    conn.refused = true;
    parser.reset();
    Http::ResponseWriter response(Http::Version::Http11, transport(), this, peer);
    response.headers().add<Http::Header::Connection>(Http::ConnectionControl::Close);
    std::weak_ptr<Tcp::Peer> weak = peer;
    SendBody(response, code, ErrorJson(error, message), kJsonType)
        .then(
            [weak](ssize_t) {
              // Runs on this I/O thread when the write is done: send() from the I/O thread only
              // queues the write, so this continuation is attached before it can complete, and
              // the descriptor cannot have been closed and reused in between. (From a worker
              // thread that is not so: a continuation attached after completion runs at once,
              // on the worker, racing with the close. So only refusals close actively.)
              if (auto p = weak.lock()) ::shutdown(p->fd(), SHUT_RDWR);
            },
            [](std::exception_ptr&) {});
  }

  std::shared_ptr<Routes> routes_;
  Limits limits_;
  // The connections of this handler's I/O thread, by Peer id (used on that thread only; the
  // clone made for each I/O thread starts with none).
  std::unordered_map<size_t, std::shared_ptr<Connection>> connections_;
};

}  // namespace

struct Server::Impl {
  std::unique_ptr<Http::Endpoint> endpoint;
  std::shared_ptr<Routes> routes;
  std::chrono::milliseconds drain_grace{0};
  bool stopped = false;
};

Server::Server() : impl_(std::make_unique<Impl>()) {}

Server::~Server() { Shutdown(); }

uint16_t Server::port() const { return static_cast<uint16_t>(impl_->endpoint->getPort()); }

size_t Server::Shutdown() {
  if (impl_->stopped) return 0;
  impl_->stopped = true;
  impl_->routes->Drain(impl_->drain_grace);
  const size_t unfinished = impl_->routes->InFlight();
  // The last answers are queued for the I/O thread: give it a moment to write them.
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  impl_->endpoint->shutdown();
  impl_->routes.reset();  // joins the workers after their queued tasks
  return unfinished;
}

Result<std::unique_ptr<Server>> Server::Start(const ServerConfig& config) {
  unsigned workers =
      config.workers != 0 ? config.workers : std::max(1u, std::thread::hardware_concurrency());
  ServiceOptions options;
  options.time_limit_s = config.search_time_limit_s;
  // One copy of the facet columns for both pools (17 MB at a million articles).
  options.facet_columns = std::make_shared<FacetColumnsCache>();
  auto pool = WorkerPool::Start(config.db_path, workers, config.queue_capacity, options);
  if (!pool.ok()) return pool.status();
  auto bulk = WorkerPool::Start(config.db_path, std::max(1u, config.bulk_workers),
                                config.bulk_queue_capacity, options);
  if (!bulk.ok()) return bulk.status();

  std::unique_ptr<Server> server(new Server());
  RoutesConfig routes_config;
  routes_config.db_path = config.db_path;
  routes_config.cors_origins = config.cors_origins;
  routes_config.client_limits = config.client_limits;
  server->impl_->routes =
      std::make_shared<Routes>(std::move(pool.value()), std::move(bulk.value()), routes_config);
  server->impl_->drain_grace = config.drain_grace;
  try {
    Address address(config.address, Port(config.port));
    server->impl_->endpoint = std::make_unique<Http::Endpoint>(address);
    auto options = Http::Endpoint::options()
                       .threads(static_cast<int>(std::max(1u, config.io_threads)))
                       .flags(Tcp::Options::ReuseAddr)
                       .backlog(1024)
                       .maxRequestSize(config.max_request_bytes)
                       .keepaliveTimeout(config.keepalive);
    server->impl_->endpoint->init(options);
    server->impl_->endpoint->setHandler(Http::make_handler<RequestHandler>(
        server->impl_->routes, Limits{config.max_line_bytes, config.max_head_bytes}));
    server->impl_->endpoint->serveThreaded();
  } catch (const std::exception& e) {
    server->impl_->stopped = true;
    return Status::Unavailable("cannot listen on " + config.address + ":" +
                               std::to_string(config.port) + ": " + e.what());
  }
  return server;
}

}  // namespace izdeu::searchd::http
