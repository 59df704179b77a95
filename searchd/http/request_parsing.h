// Query-string parameters -> SearchRequest, with validation. Every bad value becomes an
// InvalidQuery status naming the parameter; the HTTP layer turns it into a 400 JSON error.
// Thread-safe (pure function).
#pragma once

#include "common/status.h"
#include "searchd/http/params.h"
#include "searchd/service/search_types.h"

namespace izdeu::searchd::http {

// Parameters: q, page, size, org (repeatable), from, to, lang, sort (relevance|date|-date),
// facets (comma list of org,year,month), facet_size, snippets (0|1), exact (0|1),
// match (any|all).
Result<SearchRequest> ParseSearchRequest(const Params& params);

// Parses an unsigned integer parameter within [min, max]; `fallback` when absent.
Result<uint32_t> ParseUintParam(const Params& params, std::string_view name, uint32_t fallback,
                                uint32_t min, uint32_t max);

}  // namespace izdeu::searchd::http
