// Counting every match of a query, for facets and exact totals (SearchService, OrgDirectory).
//  - Any query: a boolean Enquire run in document order, every match shown to the facet spy.
//    Weights cannot change which articles match, and ranking every match with BM25 only to
//    count it cost 60 ms for a word in 556k of a million articles; the boolean run 19 ms.
//  - A query whose matches are exactly the articles holding any of some terms (plain words:
//    TermsOfUnion) reads those posting lists straight into a bitmap of the archive, 6 ms for
//    that word: Xapian's OR of a word's stems and readings merges them through a heap.
// Thread-safety: uses the caller's Database and spy; call from their thread only.
#pragma once

#include <xapian.h>
#include <optional>
#include <string>
#include <vector>

#include "searchd/service/facet_spy.h"

namespace izdeu::searchd {

struct MatchCount {
  Xapian::doccount count = 0;
  bool exact = true;              // false when the time limit stopped the counting
  bool by_posting_lists = false;  // read from posting lists: no time limit applied
};

// Every match of `query` (those `decider`, which may be null, accepts), each counted once by
// `spy` (may be null), and their number. `time_limit_s` > 0 bounds the Enquire run as
// Enquire::set_time_limit does (a read of posting lists is bounded by their length anyway).
MatchCount CountMatches(const Xapian::Database& db, const Xapian::Query& query,
                        const Xapian::MatchDecider* decider, FacetSpy* spy,
                        double time_limit_s = 0);

// The terms whose union is exactly the set of articles `query` matches, or nullopt when the
// query is not such a union. Understood: terms, OR, SYNONYM, SCALE_WEIGHT, the left side of
// AND_MAYBE, and AND with FixedWeightPostingSource (which matches every document: the
// coordination bonus). The empty term (every article) and everything else is not a union.
std::optional<std::vector<std::string>> TermsOfUnion(const Xapian::Query& query);

}  // namespace izdeu::searchd
