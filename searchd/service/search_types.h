// The search service's plain C++ API: SearchRequest in, SearchResponse out. The HTTP layer, the
// command-line client and the tests all speak this; nothing here knows HTTP or JSON.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace izdeu::searchd {

enum class SortOrder {
  kDefault,    // relevance when there are words to rank by, else newest first
  kRelevance,  // BM25, title matches weigh more
  kDateAsc,    // oldest first; undated articles last
  kDateDesc,   // newest first; undated articles last
};

struct SearchRequest {
  std::string query;  // query syntax of docs/query-syntax.md; may be empty
  std::vector<std::string>
      orgs;              // organisation ids or names (any inflected or Latin form); all required
  std::string from, to;  // inclusive dates: YYYY, YYYY-MM or YYYY-MM-DD; empty = open
  std::string lang;      // "kk", "ru", "other" or empty
  SortOrder sort = SortOrder::kDefault;
  uint32_t page = 1;   // 1-based
  uint32_t size = 10;  // hits per page, at most kMaxPageSize
  bool facet_orgs = false, facet_years = false, facet_months = false;
  uint32_t facet_size = 20;  // top organisations returned
  bool snippets = true;
  bool exact_total = false;  // count every match even beyond kExactTotalUpTo (slower on big sets)
  // true: every plain word is required (strict AND). false (default): articles with any of the
  // words match, those with more of them first (docs/query-syntax.md).
  bool match_all = false;
};

inline constexpr uint32_t kMaxPageSize = 1000;
inline constexpr uint32_t kMaxPage = 100000;
// Matches are counted exactly up to this many beyond the requested page (as Elasticsearch's
// track_total_hits does), and always when facets or exact_total are asked for; beyond it `total`
// is Xapian's estimate. Each counted match costs ~0.6 us, so counting 2,000 took 1.2 ms of a
// 1.6 ms one-word query at a million articles (bench/RESULTS.md).
inline constexpr uint32_t kExactTotalUpTo = 500;

struct OrgRef {
  std::string id;
  std::string name;
};

// A prefix query (word*) and what it was expanded to.
struct PrefixExpansion {
  std::string pattern;     // as typed, "мәсли*"
  uint32_t terms = 0;      // index terms searched for it
  bool truncated = false;  // more terms had the prefix: only the most frequent were searched
};

// A passage of an article: plain text ("… " and " …" where it was cut) and the matched words
// in it, as byte spans in increasing order. The HTTP layer escapes it and marks the spans.
struct Snippet {
  struct Span {
    size_t offset = 0, length = 0;
  };
  std::string text;
  std::vector<Span> marks;
};

struct Hit {
  std::string id, title, date, url, source, lang;
  Snippet snippet;
  double score = 0;
  uint32_t matched_words = 0;  // how many of the query's words (SearchResponse::words) it has
  std::vector<OrgRef> orgs;
};

struct FacetCount {
  std::string value;  // org id, "2015" or "2015-09"
  std::string label;  // display name (org name; same as value for dates)
  uint64_t count = 0;
};

struct SearchResponse {
  std::string query;
  uint64_t total = 0;       // number of matching articles: exact when total_exact
  bool total_exact = true;  // false: `total` is Xapian's estimate (see kExactTotalUpTo)
  bool relaxed = false;     // the best hit lacks some of the query's words (see Hit::matched_words)
  uint32_t words = 0;       // the query's words, phrases and groups that rank (not filters)
  std::vector<PrefixExpansion> expansions;
  double took_ms = 0;
  std::vector<Hit> hits;
  std::vector<FacetCount> org_facet, year_facet, month_facet;
};

struct Article {
  std::string id, title, date, url, source, lang;
  std::vector<std::string> paragraphs;
  std::vector<OrgRef> orgs;
};

struct OrgSummary {
  std::string id, name;
  uint64_t articles = 0;
  std::vector<std::string> aliases;
  std::vector<FacetCount> per_year;  // filled by GetOrg only
};

}  // namespace izdeu::searchd
