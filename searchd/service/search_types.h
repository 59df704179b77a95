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
      orgs;  // organisation ids or names (any inflected or Latin form); all required
  // Organisation ids or names of which at least one is required (either-of; with `orgs`, both).
  std::vector<std::string> orgs_any;
  // Date sources to keep ("record", "page", "text"); empty keeps all, undated articles included.
  // {"record", "page"} leaves out dates guessed from the text, and undated articles.
  std::vector<std::string> date_sources;
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
  // A plain word that the archive has in no form is replaced by the nearest spelling it has
  // (analyzers/spelling.h) when that finds something: SearchResponse::corrected_from then holds
  // the query as typed. false: search as typed, and only suggest (did_you_mean).
  bool correct_spelling = true;
};

inline constexpr uint32_t kMaxPageSize = 1000;
inline constexpr uint32_t kMaxPage = 100000;
// Matches are counted exactly up to this many beyond the requested page (as Elasticsearch's
// track_total_hits does), and always when facets or exact_total are asked for; beyond it `total`
// is Xapian's estimate. Each counted match costs ~0.6 us, so counting 2,000 took 1.2 ms of a
// 1.6 ms one-word query at a million articles (bench/RESULTS.md).
inline constexpr uint32_t kExactTotalUpTo = 500;

// One mention of an organisation in a stored article (filled by GetArticle only).
struct OrgMention {
  int32_t paragraph = -1;  // index into Article::paragraphs; -1: the title
  uint32_t start = 0;      // byte offsets in that paragraph's (or the title's) UTF-8 text
  uint32_t end = 0;
  std::string text;  // the mention as written there
  // Inside one person's job title (Ақтау қалалық мәслихатының депутаты): see OrgRef.
  bool in_title = false;
};

struct OrgRef {
  std::string id;
  std::string name;
  std::vector<OrgMention> mentions;
  // The article names this body only inside people's job titles: it matches the body's
  // filter and counts in its facet, but is not listed among the bodies the article names
  // (KazNERD tags "... мәслихатының депутаты" as a POSITION, not an organisation).
  bool only_in_titles = false;
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
  // Where `date` came from ("record", "page", "text": guessed from the article's words) and its
  // precision ("day", "month", "year"); empty when undated or unknown (older indexes).
  std::string date_source, date_precision;
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
  bool partial = false;     // the time limit stopped exact counting: total and facets estimated
  uint32_t words = 0;       // the query's words, phrases and groups that rank (not filters)
  std::vector<PrefixExpansion> expansions;
  // The query with its unknown words spelt as the archive spells them, when that differs
  // from `query`; corrected_from: the query as typed, when these results are for `query`
  // corrected (SearchRequest::correct_spelling).
  std::string did_you_mean, corrected_from;
  double took_ms = 0;
  std::vector<Hit> hits;
  std::vector<FacetCount> org_facet, year_facet, month_facet;
  // The page came from the cheaper run with every word required (SearchService): for tests
  // and benchmarks, not part of the API.
  bool all_words_run = false;
  // Total and facets were counted from posting lists, which no time limit cuts (match_counter.h):
  // such a response is never `partial`. Not part of the API.
  bool counted_in_full = false;
};

struct Article {
  std::string id, title, date, url, source, lang;
  std::vector<std::string> paragraphs;
  std::vector<OrgRef> orgs;
  std::string date_source, date_precision;  // as in Hit
};

struct OrgSummary {
  std::string id, name;
  uint64_t articles = 0;
  std::vector<std::string> aliases;
  std::vector<FacetCount> per_year;  // filled by GetOrg only
  // Filled by GetOrg only: articles per month ("2015-09"), the organisations most often mentioned
  // in the same articles (count = shared articles), and the spellings found in the archive (count
  // = mentions, from at most kOrgPageSampleArticles articles).
  std::vector<FacetCount> per_month, related, spellings;
};

inline constexpr uint32_t kOrgPageSampleArticles = 500;

}  // namespace izdeu::searchd
