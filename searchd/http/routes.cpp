#include "searchd/http/routes.h"

#include <rapidjson/document.h>
#include <xapian.h>

#include <cstdio>
#include <thread>

#include "common/crash_log.h"
#include "common/embedded.h"
#include "searchd/http/chunked_sender.h"
#include "searchd/http/json.h"
#include "searchd/http/named_header.h"
#include "searchd/http/params.h"
#include "searchd/http/request_parsing.h"

IZDEU_EMBEDDED(web_index_html)
IZDEU_EMBEDDED(web_widget_js)
IZDEU_EMBEDDED(web_app_js)
IZDEU_EMBEDDED(web_app_css)
IZDEU_EMBEDDED(openapi_json)
IZDEU_EMBEDDED(openapi_yaml)

namespace izdeu::searchd::http {

using namespace Pistache;

namespace {

constexpr size_t kMaxBatchQueries = 100;
// An export streams at most this many rows (one search per 1,000 of them); narrow the query or
// the dates for more. Memory stays constant whatever the size (chunked_sender.h).
constexpr size_t kMaxExportHits = 100000;
// Export rows are sent in pieces of about this size.
constexpr size_t kExportPieceBytes = 64 * 1024;

constexpr const char* kHtml = "text/html; charset=utf-8";
constexpr const char* kJavaScript = "text/javascript; charset=utf-8";
constexpr const char* kCss = "text/css; charset=utf-8";
constexpr const char* kYaml = "application/yaml; charset=utf-8";

void AddHeader(Http::ResponseWriter& writer, const char* name, std::string value) {
  SetHeader(writer, name, std::move(value));
}

// Pistache hands query parameters over still percent-encoded, one value per name.
Result<Params> RequestParams(const Http::Request& request) {
  Params raw;
  const auto& query = request.query();
  for (auto it = query.parameters_begin(); it != query.parameters_end(); ++it) {
    auto name = PercentDecode(it->first);
    auto value = PercentDecode(it->second);
    if (!name.ok()) return name.status();
    if (!value.ok())
      return Status::InvalidQuery("parameter \"" + name.value() +
                                  "\": " + value.status().message());
    if (Status s = CheckParamText(name.value(), value.value()); !s.ok()) return s;
    // Several organisations in one parameter: org=A|B (Pistache 0.0.5 keeps one value per name).
    if (name.value() == "org") {
      std::string_view list = value.value();
      while (!list.empty()) {
        size_t bar = list.find('|');
        raw.items.emplace_back("org", std::string(list.substr(0, bar)));
        list = bar == std::string_view::npos ? std::string_view() : list.substr(bar + 1);
      }
      continue;
    }
    raw.items.emplace_back(std::move(name.value()), std::move(value.value()));
  }
  return raw;
}

// A JSON object of search parameters (POST /search, /batch) -> Params, the same names as GET.
Result<Params> JsonParams(const rapidjson::Value& obj) {
  if (!obj.IsObject()) return Status::InvalidQuery("a search must be a JSON object");
  Params params;
  for (auto it = obj.MemberBegin(); it != obj.MemberEnd(); ++it) {
    std::string name(it->name.GetString(), it->name.GetStringLength());
    const auto& v = it->value;
    auto add = [&](const rapidjson::Value& item) -> Status {
      if (item.IsString()) {
        std::string value(item.GetString(), item.GetStringLength());
        if (Status s = CheckParamText(name, value); !s.ok()) return s;
        params.items.emplace_back(name, std::move(value));
      } else if (item.IsUint()) {
        params.items.emplace_back(name, std::to_string(item.GetUint()));
      } else if (item.IsBool()) {
        params.items.emplace_back(name, item.GetBool() ? "1" : "0");
      } else {
        return Status::InvalidQuery("\"" + name + "\" has a value of the wrong type");
      }
      return Status::Ok();
    };
    if (v.IsArray()) {
      for (const auto& item : v.GetArray()) {
        if (Status s = add(item); !s.ok()) return s;
      }
    } else if (Status s = add(v); !s.ok()) {
      return s;
    }
  }
  return params;
}

// RapidJSON parses recursively: a body of a million '[' would overflow the stack. Bodies are
// search parameters, two levels deep at most, so anything deeper than this is refused first.
constexpr int kMaxJsonDepth = 16;

Result<rapidjson::Document> ParseJsonBody(const Http::Request& request) {
  const std::string& body = request.body();
  int depth = 0;
  bool in_string = false, escaped = false;
  for (char c : body) {
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return Status::InvalidQuery("request body is nested too deeply");
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(body.data(), body.size());
  if (doc.HasParseError()) return Status::InvalidQuery("request body is not valid JSON (UTF-8)");
  return doc;
}

// An id from the path, percent-decoded; empty when broken.
std::string PathPart(const std::string& raw) {
  auto decoded = PercentDecode(raw);
  return decoded.ok() && CheckParamText("id", decoded.value()).ok() ? decoded.value()
                                                                    : std::string();
}

// A strong validator of embedded bytes (FNV-1a): the same build answers the same ETag.
std::string ETagOf(std::string_view body) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : body) h = (h ^ c) * 1099511628211ull;
  char buf[24];
  std::snprintf(buf, sizeof buf, "\"%016llx\"", static_cast<unsigned long long>(h));
  return buf;
}

void SendStatic(const Http::Request& request, Http::ResponseWriter& writer, std::string_view body,
                const char* content_type) {
  // The validator is computed once per asset (the bytes are embedded and never change).
  static std::mutex mu;
  static auto* etags = new std::unordered_map<const void*, std::string>();
  std::string etag;
  {
    std::lock_guard lock(mu);
    auto [it, added] = etags->try_emplace(body.data());
    if (added) it->second = ETagOf(body);
    etag = it->second;
  }
  writer.headers().add<Http::Header::CacheControl>(
      Http::CacheDirective(Http::CacheDirective::MaxAge, std::chrono::seconds(300)));
  AddHeader(writer, "ETag", etag);
  auto if_none_match = request.headers().tryGetRaw("If-None-Match");
  if (if_none_match && if_none_match->value() == etag) {
    SendBody(writer, Http::Code::Not_Modified, {}, nullptr);
    return;
  }
  SendBody(writer, Http::Code::Ok, body, content_type);
}

void SendInternalError(Http::ResponseWriter& writer) {
  SendJson(writer, Http::Code::Internal_Server_Error,
           ErrorJson("internal", "internal error; it was logged"));
}

}  // namespace

Async::Promise<ssize_t> SendBody(Http::ResponseWriter& writer, Http::Code code,
                                 std::string_view body, const char* content_type) {
  // Pistache drops a media type's parameters (the charset) unless the type is kept as raw
  // text, and a raw type is "invalid" to send(): so the header is set here and send() is given
  // no type, which leaves it as it is.
  if (content_type != nullptr) {
    writer.headers().add<Http::Header::ContentType>(Http::Mime::MediaType(content_type));
  }
  return writer.send(code, body.data(), body.size());
}

std::string ErrorBody(std::string_view code, std::string_view message) {
  return ErrorJson(code, message);
}

void SendJson(Http::ResponseWriter& writer, Http::Code code, const std::string& body) {
  SendBody(writer, code, body, kJsonType);
}

void SendError(Http::ResponseWriter& writer, const Status& status) {
  switch (status.code()) {
    case Status::Code::kInvalidQuery:
      return SendJson(writer, Http::Code::Bad_Request,
                      ErrorJson("invalid_request", status.message()));
    case Status::Code::kNotFound:
      return SendJson(writer, Http::Code::Not_Found, ErrorJson("not_found", status.message()));
    case Status::Code::kUnavailable:
      return SendJson(writer, Http::Code::Service_Unavailable,
                      ErrorJson("unavailable", status.message()));
    default:
      std::fprintf(stderr, "izdeu-searchd: internal error: %s\n", status.message().c_str());
      return SendInternalError(writer);
  }
}

// /health's own read-only handle on the index, used under a mutex on the I/O threads: a reopen
// and a document count take microseconds, and never wait behind queued searches.
struct Routes::HealthCheck {
  std::mutex mu;
  std::optional<Xapian::Database> db;
  std::string path;

  Result<uint64_t> Documents() {
    std::lock_guard lock(mu);
    try {
      if (!db) db.emplace(path);
      db->reopen();
      return static_cast<uint64_t>(db->get_doccount());
    } catch (const Xapian::Error& e) {
      db.reset();
      return Status::Unavailable("index unavailable: " + e.get_description());
    }
  }
};

Routes::Routes(std::unique_ptr<WorkerPool> searches, std::unique_ptr<WorkerPool> bulk,
               RoutesConfig config)
    : searches_(std::move(searches)),
      bulk_(std::move(bulk)),
      config_(std::move(config)),
      limits_(config_.client_limits),
      health_(std::make_unique<HealthCheck>()) {
  health_->path = config_.db_path;
}

Routes::~Routes() = default;

bool Routes::Drain(std::chrono::milliseconds grace) {
  draining_ = true;
  const auto deadline = std::chrono::steady_clock::now() + grace;
  while (in_flight_.load() > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return in_flight_.load() == 0;
}

void Routes::OnWorker(WorkerPool& pool, const Writer& writer, std::string what,
                      WorkerPool::Task task) {
  auto guarded = [writer, what = std::move(what), task = std::move(task)](SearchService& s) {
    CurrentTask doing(what);
    try {
      task(s);
      return;
    } catch (const std::exception& e) {
      std::fprintf(stderr, "izdeu-searchd: internal error in %s: %s\n", what.c_str(), e.what());
    } catch (...) {
      std::fprintf(stderr, "izdeu-searchd: internal error in %s: unknown exception\n",
                   what.c_str());
    }
    if (writer->getResponseSize() == 0) SendInternalError(*writer);
  };
  if (!pool.Submit(std::move(guarded))) {
    AddHeader(*writer, "Retry-After", "1");
    SendError(*writer, Status::Unavailable("server busy: too many searches queued, retry shortly"));
  }
}

bool Routes::AllowOrigin(const Http::Request& request, Http::ResponseWriter& writer) {
  if (config_.cors_origins.empty()) {
    writer.headers().add<Http::Header::AccessControlAllowOrigin>("*");
    return true;
  }
  AddHeader(writer, "Vary", "Origin");
  auto origin = request.headers().tryGetRaw("Origin");
  if (!origin) return true;  // not a cross-origin browser request
  for (const auto& allowed : config_.cors_origins) {
    if (origin->value() == allowed) {
      writer.headers().add<Http::Header::AccessControlAllowOrigin>(allowed);
      return true;
    }
  }
  return false;
}

void Routes::Preflight(const Http::Request& request, const Writer& writer) {
  if (!AllowOrigin(request, *writer)) {
    return SendJson(*writer, Http::Code::Forbidden,
                    ErrorJson("forbidden_origin", "this origin may not call the API"));
  }
  writer->headers().add<Http::Header::AccessControlAllowMethods>("GET, POST, OPTIONS");
  writer->headers().add<Http::Header::AccessControlAllowHeaders>("Content-Type");
  AddHeader(*writer, "Access-Control-Max-Age", "600");
  SendBody(*writer, Http::Code::No_Content, {}, nullptr);
}

void Routes::Dispatch(const Http::Request& request, Http::ResponseWriter response,
                      const std::string& client) {
  // What ends with the request: it leaves the in-flight count (a clean stop waits for it) and,
  // once admitted, gives the client's slot back. The writer's deleter runs it when the last
  // task holding the writer lets go.
  struct RequestEnd {
    std::atomic<size_t>* in_flight;
    ClientLimits* limits = nullptr;
    std::string client;
  };
  auto end = std::make_shared<RequestEnd>(RequestEnd{&in_flight_, nullptr, client});
  ++in_flight_;
  Writer writer(new Http::ResponseWriter(std::move(response)), [end](Http::ResponseWriter* w) {
    delete w;
    if (end->limits != nullptr) end->limits->Release(end->client);
    --*end->in_flight;
  });
  AddHeader(*writer, "X-Content-Type-Options", "nosniff");
  // The exception boundary of the I/O thread: a bug in a handler answers 500 and is logged.
  try {
    Route(request, writer, client, &end->limits);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "izdeu-searchd: internal error in %s: %s\n", request.resource().c_str(),
                 e.what());
    if (writer->getResponseSize() == 0) SendInternalError(*writer);
  }
}

void Routes::Route(const Http::Request& request, const Writer& writer, const std::string& client,
                   ClientLimits** admitted) {
  if (draining_) {
    AddHeader(*writer, "Retry-After", "1");
    return SendError(*writer, Status::Unavailable("server is stopping"));
  }
  const std::string& path = request.resource();
  const Http::Method method = request.method();
  if (method == Http::Method::Options) return Preflight(request, writer);
  const bool origin_allowed = AllowOrigin(request, *writer);

  // Answered on this thread: cheap, and never behind the queues.
  if (method == Http::Method::Get) {
    if (path == "/ping") return SendJson(*writer, Http::Code::Ok, "{\"pong\":true}");
    if (path == "/health") return Health(writer);
    if (path == "/" || path == "/index.html" || path.rfind("/a/", 0) == 0) {
      // The page's scripts and styles are files of its own (app.js, app.css): nothing inline
      // may run, so a stored script injection has nowhere to go.
      AddHeader(*writer, "Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
      return SendStatic(request, *writer, web_index_html_view(), kHtml);
    }
    if (path == "/app.js") return SendStatic(request, *writer, web_app_js_view(), kJavaScript);
    if (path == "/app.css") return SendStatic(request, *writer, web_app_css_view(), kCss);
    if (path == "/widget.js")
      return SendStatic(request, *writer, web_widget_js_view(), kJavaScript);
    if (path == "/openapi.json")
      return SendStatic(request, *writer, openapi_json_view(), kJsonType);
    if (path == "/openapi.yaml") return SendStatic(request, *writer, openapi_yaml_view(), kYaml);
  }
  if (!origin_allowed) {
    return SendJson(*writer, Http::Code::Forbidden,
                    ErrorJson("forbidden_origin", "this origin may not call the API"));
  }
  const auto admission = limits_.Admit(client);
  if (!admission.admitted) {
    AddHeader(*writer, "Retry-After", std::to_string(admission.retry_after_s));
    return SendJson(*writer, Http::Code::Too_Many_Requests,
                    ErrorJson("too_many_requests", admission.reason));
  }
  *admitted = &limits_;

  if (method == Http::Method::Get) {
    if (path == "/search") return Search(request, writer);
    if (path == "/export") return Export(request, writer);
    if (path == "/orgs") return Orgs(request, writer);
    if (path.rfind("/orgs/", 0) == 0) return Org(PathPart(path.substr(6)), writer);
    if (path.rfind("/doc/", 0) == 0) return Doc(PathPart(path.substr(5)), writer);
  } else if (method == Http::Method::Post) {
    if (path == "/search") return SearchPost(request, writer);
    if (path == "/batch") return Batch(request, writer);
  } else {
    return SendJson(*writer, Http::Code::Method_Not_Allowed,
                    ErrorJson("method_not_allowed", "use GET (or POST for /search and /batch)"));
  }
  SendJson(*writer, Http::Code::Not_Found, ErrorJson("not_found", "no such endpoint"));
}

void Routes::Search(const Http::Request& request, const Writer& writer) {
  auto params = RequestParams(request);
  if (!params.ok()) return SendError(*writer, params.status());
  RunSearch(writer, ParseSearchRequest(params.value()), "GET /search");
}

void Routes::RunSearch(const Writer& writer, Result<SearchRequest> search, std::string what) {
  if (!search.ok()) return SendError(*writer, search.status());
  what += " q=" + search->query.substr(0, 200);
  OnWorker(*searches_, writer, std::move(what),
           [writer, req = std::move(search.value())](SearchService& service) {
             auto response = service.Search(req);
             if (!response.ok()) return SendError(*writer, response.status());
             SendJson(*writer, Http::Code::Ok, SearchResponseJson(response.value()));
           });
}

void Routes::SearchPost(const Http::Request& request, const Writer& writer) {
  auto doc = ParseJsonBody(request);
  if (!doc.ok()) return SendError(*writer, doc.status());
  auto params = JsonParams(doc.value());
  if (!params.ok()) return SendError(*writer, params.status());
  RunSearch(writer, ParseSearchRequest(params.value()), "POST /search");
}

void Routes::Batch(const Http::Request& request, const Writer& writer) {
  auto doc = ParseJsonBody(request);
  if (!doc.ok()) return SendError(*writer, doc.status());
  const auto& body = doc.value();
  if (!body.IsObject() || !body.HasMember("queries") || !body["queries"].IsArray()) {
    return SendError(*writer,
                     Status::InvalidQuery("body must be {\"queries\": [ {search}, ... ]}"));
  }
  const auto& queries = body["queries"].GetArray();
  if (queries.Size() > kMaxBatchQueries) {
    return SendError(*writer, Status::InvalidQuery("at most " + std::to_string(kMaxBatchQueries) +
                                                   " queries per batch"));
  }
  // Each query is validated up front; a bad one answers with its own error, the others still run.
  std::vector<Result<SearchRequest>> requests;
  for (const auto& q : queries) {
    auto params = JsonParams(q);
    requests.push_back(params.ok() ? ParseSearchRequest(params.value())
                                   : Result<SearchRequest>(params.status()));
  }
  OnWorker(*bulk_, writer, "POST /batch of " + std::to_string(requests.size()),
           [writer, requests = std::move(requests)](SearchService& service) {
             std::string out = "{\"results\":[";
             for (size_t i = 0; i < requests.size(); ++i) {
               if (i > 0) out += ',';
               if (!requests[i].ok()) {
                 out += ErrorJson("invalid_request", requests[i].status().message());
                 continue;
               }
               auto response = service.Search(requests[i].value());
               out += response.ok() ? SearchResponseJson(response.value())
                                    : ErrorJson("invalid_request", response.status().message());
             }
             out += "]}";
             SendJson(*writer, Http::Code::Ok, out);
           });
}

void Routes::Export(const Http::Request& request, const Writer& writer) {
  auto params = RequestParams(request);
  if (!params.ok()) return SendError(*writer, params.status());
  auto search = ParseSearchRequest(params.value());
  if (!search.ok()) return SendError(*writer, search.status());
  SearchRequest req = std::move(search.value());
  req.snippets = false;
  req.size = kMaxPageSize;
  req.page = 1;
  std::string what = "GET /export q=" + req.query.substr(0, 200);
  OnWorker(*bulk_, writer, std::move(what), [writer, req](SearchService& service) mutable {
    // The first page decides the status: an invalid query is a plain 400, not a broken stream.
    auto response = service.Search(req);
    if (!response.ok()) return SendError(*writer, response.status());
    ChunkedSender sender(*writer, "application/x-ndjson; charset=utf-8");
    std::string piece;
    size_t exported = 0;
    for (;;) {
      for (const auto& hit : response->hits) {
        if (exported == kMaxExportHits) break;
        piece += HitJsonLine(hit);
        ++exported;
        if (piece.size() >= kExportPieceBytes) {
          if (!sender.Send(std::move(piece))) return;  // the client left or stopped reading
          piece.clear();
        }
      }
      if (response->hits.size() < req.size || exported == kMaxExportHits) break;
      ++req.page;
      response = service.Search(req);
      if (!response.ok()) {
        // The status line is gone: the last line says the export is cut, and why.
        std::fprintf(stderr, "izdeu-searchd: export cut after %zu rows: %s\n", exported,
                     response.status().message().c_str());
        piece += ErrorJson("export_cut", response.status().message()) + "\n";
        break;
      }
    }
    if (!piece.empty() && !sender.Send(std::move(piece))) return;
    sender.Finish();
  });
}

void Routes::Doc(const std::string& id, const Writer& writer) {
  if (id.empty()) return SendError(*writer, Status::InvalidQuery("missing or invalid article id"));
  OnWorker(*searches_, writer, "GET /doc/" + id.substr(0, 200),
           [writer, id](SearchService& service) {
             auto article = service.GetArticle(id);
             if (!article.ok()) return SendError(*writer, article.status());
             SendJson(*writer, Http::Code::Ok, ArticleJson(article.value()));
           });
}

void Routes::Orgs(const Http::Request& request, const Writer& writer) {
  auto params = RequestParams(request);
  if (!params.ok()) return SendError(*writer, params.status());
  auto limit = ParseUintParam(params.value(), "size", 10, 1, 1000);
  if (!limit.ok()) return SendError(*writer, limit.status());
  const std::string* prefix = params->Get("prefix");
  OnWorker(*searches_, writer, "GET /orgs",
           [writer, prefix = prefix ? *prefix : std::string(),
            limit = limit.value()](SearchService& service) {
             auto orgs = service.SuggestOrgs(prefix, limit);
             if (!orgs.ok()) return SendError(*writer, orgs.status());
             SendJson(*writer, Http::Code::Ok, OrgListJson(orgs.value()));
           });
}

void Routes::Org(const std::string& id, const Writer& writer) {
  if (id.empty())
    return SendError(*writer, Status::InvalidQuery("missing or invalid organisation id"));
  OnWorker(*searches_, writer, "GET /orgs/" + id.substr(0, 200),
           [writer, id](SearchService& service) {
             auto org = service.GetOrg(id);
             if (!org.ok()) return SendError(*writer, org.status());
             SendJson(*writer, Http::Code::Ok, OrgJson(org.value()));
           });
}

void Routes::Health(const Writer& writer) {
  auto documents = health_->Documents();
  if (!documents.ok()) return SendError(*writer, documents.status());
  HealthInfo info;
  info.documents = documents.value();
  info.workers = searches_->threads();
  info.queued = searches_->queued();
  info.bulk_queued = bulk_->queued();
  info.in_flight = in_flight_.load();
  SendJson(*writer, Http::Code::Ok, HealthJson(info));
}

}  // namespace izdeu::searchd::http
