// JSON encodings of the service's responses (RapidJSON lives only in searchd/http/). Field names
// are the public API, documented in docs/openapi.yaml. Thread-safe (pure functions).
#pragma once

#include <string>
#include <string_view>

#include "searchd/service/search_types.h"

namespace izdeu::searchd::http {

std::string SearchResponseJson(const SearchResponse& response);
// A snippet as HTML: all its text escaped (& < > " '), its marked spans in <mark>.
std::string SnippetHtml(const Snippet& snippet);
// One hit without its snippet, as a line of JSON Lines (for /export), newline included.
std::string HitJsonLine(const Hit& hit);
std::string ArticleJson(const Article& article);
std::string OrgListJson(const std::vector<OrgSummary>& orgs);
std::string OrgJson(const OrgSummary& org);
// {"error": {"code": code, "message": message}}
std::string ErrorJson(std::string_view code, std::string_view message);
struct HealthInfo {
  uint64_t documents = 0;
  unsigned workers = 0;
  size_t queued = 0, bulk_queued = 0;  // tasks waiting for a search / bulk worker
  size_t in_flight = 0;                // requests being answered
};
std::string HealthJson(const HealthInfo& info);

}  // namespace izdeu::searchd::http
