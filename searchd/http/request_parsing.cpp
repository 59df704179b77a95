#include "searchd/http/request_parsing.h"

#include <charconv>

namespace izdeu::searchd::http {

Result<uint32_t> ParseUintParam(const Params& params, std::string_view name, uint32_t fallback,
                                uint32_t min, uint32_t max) {
  const std::string* text = params.Get(name);
  if (text == nullptr || text->empty()) return fallback;
  uint32_t value = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc() || end != text->data() + text->size() || value < min || value > max) {
    std::string message = "\"";
    message.append(name).append("\" must be a whole number from ");
    message.append(std::to_string(min)).append(" to ").append(std::to_string(max));
    return Status::InvalidQuery(message);
  }
  return value;
}

Result<SearchRequest> ParseSearchRequest(const Params& params) {
  SearchRequest req;
  if (const auto* q = params.Get("q")) req.query = *q;
  auto page = ParseUintParam(params, "page", 1, 1, kMaxPage);
  if (!page.ok()) return page.status();
  req.page = page.value();
  auto size = ParseUintParam(params, "size", 10, 0, kMaxPageSize);
  if (!size.ok()) return size.status();
  req.size = size.value();
  auto facet_size = ParseUintParam(params, "facet_size", 20, 1, 1000);
  if (!facet_size.ok()) return facet_size.status();
  req.facet_size = facet_size.value();
  req.orgs = params.GetAll("org");
  // org_any=a|b: either of the organisations (GET keeps one value per name, hence the bars).
  for (const std::string& v : params.GetAll("org_any")) {
    std::string_view list = v;
    while (!list.empty()) {
      size_t bar = list.find('|');
      if (bar != 0) req.orgs_any.emplace_back(list.substr(0, bar));
      list = bar == std::string_view::npos ? std::string_view() : list.substr(bar + 1);
    }
  }
  // date_source=record,page: leave out dates guessed from the text (and undated articles).
  for (const std::string& v : params.GetAll("date_source")) {
    std::string_view list = v;
    while (!list.empty()) {
      size_t comma = list.find(',');
      std::string_view name = list.substr(0, comma);
      list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
      if (name.empty()) continue;
      if (name != "record" && name != "page" && name != "text") {
        return Status::InvalidQuery("unknown date_source \"" + std::string(name) +
                                    "\" (use record, page, text)");
      }
      req.date_sources.emplace_back(name);
    }
  }
  if (const auto* v = params.Get("from")) req.from = *v;
  if (const auto* v = params.Get("to")) req.to = *v;
  if (const auto* v = params.Get("lang")) req.lang = *v;
  if (const auto* sort = params.Get("sort")) {
    if (*sort == "relevance") {
      req.sort = SortOrder::kRelevance;
    } else if (*sort == "date") {
      req.sort = SortOrder::kDateAsc;
    } else if (*sort == "-date") {
      req.sort = SortOrder::kDateDesc;
    } else if (!sort->empty()) {
      return Status::InvalidQuery("\"sort\" must be relevance, date or -date");
    }
  }
  if (const auto* facets = params.Get("facets")) {
    std::string_view list = *facets;
    while (!list.empty()) {
      size_t comma = list.find(',');
      std::string_view name = list.substr(0, comma);
      list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
      if (name == "org") {
        req.facet_orgs = true;
      } else if (name == "year") {
        req.facet_years = true;
      } else if (name == "month") {
        req.facet_months = true;
      } else if (!name.empty()) {
        return Status::InvalidQuery("unknown facet \"" + std::string(name) +
                                    "\" (use org, year, month)");
      }
    }
  }
  if (const auto* snippets = params.Get("snippets"))
    req.snippets = *snippets != "0" && *snippets != "false";
  // Documented in openapi.yaml but was never read: a phrase's total stayed an estimate.
  if (const auto* exact = params.Get("exact")) req.exact_total = *exact == "1" || *exact == "true";
  if (const auto* correct = params.Get("correct")) {
    if (*correct != "0" && *correct != "1")
      return Status::InvalidQuery("\"correct\" must be 1 (default: correct unknown words) or 0");
    req.correct_spelling = *correct == "1";
  }
  if (const auto* match = params.Get("match")) {
    if (*match != "all" && *match != "any" && !match->empty())
      return Status::InvalidQuery("\"match\" must be any (default) or all");
    req.match_all = *match == "all";
  }
  return req;
}

}  // namespace izdeu::searchd::http
