// Parses the user query syntax (docs/query-syntax.md) into clauses and filters. Pure syntax: no
// analysis happens here; text goes to the shared analyzer in query_builder.
//   words            plain words (all required, relaxed when that finds nothing)
//   "a phrase"       exact phrase, stopwords included
//   -word -"phrase"  exclude
//   title:word       only in titles
//   org:name  org:"Сорос-Қазақстан Қоры"   organisation filter (repeatable, all required)
//   date:2015  date:2015-09..2016-03  date:..2016  date:2015-09-01..   inclusive date range
//   lang:kk          language filter
// Thread-safe (pure functions).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace izdeu::searchd {

struct TextClause {
  std::string text;
  bool phrase = false;
  bool negated = false;
  bool title_only = false;
};

struct ParsedQuery {
  std::vector<TextClause> clauses;
  std::vector<std::string> orgs;
  std::string date_from;  // YYYYMMDD (inclusive) or empty
  std::string date_to;    // YYYYMMDD (inclusive) or empty
  std::string lang;
};

// Returns InvalidQuery for an invalid date or language value, or for a query longer than
// kMaxQueryBytes. An unclosed quote runs to the end of the query.
Result<ParsedQuery> ParseQuery(std::string_view query);

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" -> "YYYYMMDD": the first day covered when !upper, the last
// when upper. InvalidQuery for anything else (including 2015-13 or 2015-02-30).
Result<std::string> ParseDateBound(std::string_view text, bool upper);

// Parses "A..B", "A..", "..B" or "A" (= A..A) into inclusive YYYYMMDD bounds.
Status ParseDateRange(std::string_view text, std::string* from, std::string* to);

inline constexpr size_t kMaxQueryBytes = 4096;

}  // namespace izdeu::searchd
