#include "searchd/http/routes.h"

#include <rapidjson/document.h>

#include "common/embedded.h"
#include "searchd/http/json.h"
#include "searchd/http/params.h"
#include "searchd/http/request_parsing.h"

IZDEU_EMBEDDED(web_index_html)
IZDEU_EMBEDDED(web_widget_js)
IZDEU_EMBEDDED(web_app_js)
IZDEU_EMBEDDED(web_app_css)

namespace izdeu::searchd::http {

using namespace Pistache;

namespace {

constexpr size_t kMaxBatchQueries = 100;
constexpr size_t kMaxExportHits = 100000;

void AddCors(Http::ResponseWriter& writer) {
  writer.headers().add<Http::Header::AccessControlAllowOrigin>("*");
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
        params.items.emplace_back(name, std::string(item.GetString(), item.GetStringLength()));
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

Result<rapidjson::Document> ParseJsonBody(const Http::Request& request) {
  rapidjson::Document doc;
  const std::string& body = request.body();
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(body.data(), body.size());
  if (doc.HasParseError()) return Status::InvalidQuery("request body is not valid JSON (UTF-8)");
  return doc;
}

std::string Decoded(const std::string& raw) {
  auto decoded = PercentDecode(raw);
  return decoded.ok() ? decoded.value() : std::string();
}

void SendStatic(Http::ResponseWriter& writer, std::string_view body,
                const Http::Mime::MediaType& mime) {
  AddCors(writer);
  writer.headers().add<Http::Header::CacheControl>(
      Http::CacheDirective(Http::CacheDirective::MaxAge, std::chrono::seconds(300)));
  writer.send(Http::Code::Ok, std::string(body), mime);
}

}  // namespace

std::string ErrorBody(std::string_view code, std::string_view message) {
  return ErrorJson(code, message);
}

void SendJson(Http::ResponseWriter& writer, Http::Code code, const std::string& body) {
  AddCors(writer);
  writer.send(code, body, MIME(Application, Json));
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
      return SendJson(writer, Http::Code::Internal_Server_Error,
                      ErrorJson("internal", status.message()));
  }
}

void Routes::OnWorker(const Writer& writer, WorkerPool::Task task) {
  if (!pool_->Submit(std::move(task))) {
    SendError(*writer, Status::Unavailable("server busy: too many searches queued, retry shortly"));
  }
}

void Routes::Dispatch(const Http::Request& request, const Writer& writer) {
  const std::string& path = request.resource();
  const Http::Method method = request.method();
  if (method == Http::Method::Options) {  // CORS pre-flight
    AddCors(*writer);
    writer->headers().add<Http::Header::AccessControlAllowMethods>("GET, POST, OPTIONS");
    writer->headers().add<Http::Header::AccessControlAllowHeaders>("Content-Type");
    writer->send(Http::Code::No_Content);
    return;
  }
  if (method == Http::Method::Get) {
    if (path == "/search") return Search(request, writer);
    if (path == "/export") return Export(request, writer);
    if (path == "/orgs") return Orgs(request, writer);
    if (path.rfind("/orgs/", 0) == 0) return Org(Decoded(path.substr(6)), writer);
    if (path.rfind("/doc/", 0) == 0) return Doc(Decoded(path.substr(5)), writer);
    if (path == "/health") return Health(writer);
    if (path == "/ping") return SendJson(*writer, Http::Code::Ok, "{\"pong\":true}");
    // The page; /a/{id} is its article view (app.js reads the id from the path).
    if (path == "/" || path == "/index.html" || path.rfind("/a/", 0) == 0)
      return SendStatic(*writer, web_index_html_view(), MIME(Text, Html));
    if (path == "/app.js") {
      return SendStatic(*writer, web_app_js_view(),
                        Http::Mime::MediaType("application/javascript"));
    }
    if (path == "/app.css") return SendStatic(*writer, web_app_css_view(), MIME(Text, Css));
    if (path == "/widget.js") {
      return SendStatic(*writer, web_widget_js_view(),
                        Http::Mime::MediaType("application/javascript"));
    }
  } else if (method == Http::Method::Post) {
    if (path == "/search") return SearchPost(request, writer);
    if (path == "/batch") return Batch(request, writer);
  } else {
    return SendJson(*writer, Http::Code::Method_Not_Allowed,
                    ErrorJson("method_not_allowed", "use GET (or POST for /search and /batch)"));
  }
  SendJson(*writer, Http::Code::Not_Found, ErrorJson("not_found", "no such endpoint: " + path));
}

void Routes::Search(const Http::Request& request, const Writer& writer) {
  auto params = RequestParams(request);
  if (!params.ok()) return SendError(*writer, params.status());
  RunSearch(writer, ParseSearchRequest(params.value()));
}

void Routes::RunSearch(const Writer& writer, Result<SearchRequest> search) {
  if (!search.ok()) return SendError(*writer, search.status());
  OnWorker(writer, [writer, req = std::move(search.value())](SearchService& service) {
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
  RunSearch(writer, ParseSearchRequest(params.value()));
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
  OnWorker(writer, [writer, requests = std::move(requests)](SearchService& service) {
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
  OnWorker(writer, [writer, req](SearchService& service) mutable {
    // JSON Lines, one hit per line, every match up to kMaxExportHits.
    std::string out;
    for (size_t exported = 0; exported < kMaxExportHits; ++req.page) {
      auto response = service.Search(req);
      if (!response.ok()) return SendError(*writer, response.status());
      for (const auto& hit : response->hits) {
        out += HitJsonLine(hit);
        ++exported;
      }
      if (response->hits.size() < req.size) break;
    }
    AddCors(*writer);
    writer->send(Http::Code::Ok, out, Http::Mime::MediaType("application/x-ndjson"));
  });
}

void Routes::Doc(const std::string& id, const Writer& writer) {
  if (id.empty()) return SendError(*writer, Status::InvalidQuery("missing article id"));
  OnWorker(writer, [writer, id](SearchService& service) {
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
  OnWorker(writer, [writer, prefix = prefix ? *prefix : std::string(),
                    limit = limit.value()](SearchService& service) {
    auto orgs = service.SuggestOrgs(prefix, limit);
    if (!orgs.ok()) return SendError(*writer, orgs.status());
    SendJson(*writer, Http::Code::Ok, OrgListJson(orgs.value()));
  });
}

void Routes::Org(const std::string& id, const Writer& writer) {
  if (id.empty()) return SendError(*writer, Status::InvalidQuery("missing organisation id"));
  OnWorker(writer, [writer, id](SearchService& service) {
    auto org = service.GetOrg(id);
    if (!org.ok()) return SendError(*writer, org.status());
    SendJson(*writer, Http::Code::Ok, OrgJson(org.value()));
  });
}

void Routes::Health(const Writer& writer) {
  OnWorker(writer, [writer, workers = pool_->threads()](SearchService& service) {
    auto count = service.DocumentCount();
    if (!count.ok()) return SendError(*writer, count.status());
    SendJson(*writer, Http::Code::Ok, HealthJson(count.value(), workers));
  });
}

}  // namespace izdeu::searchd::http
