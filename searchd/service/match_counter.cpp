#include "searchd/service/match_counter.h"

#include <bit>
#include <cstdint>
#include <optional>

namespace izdeu::searchd {
namespace {

// FixedWeightPostingSource is the one posting source in izdeu's queries, and it matches every
// document; Xapian's public API names a source only through its description.
bool MatchesEveryDocument(const Xapian::Query& query) {
  return query.get_type() == Xapian::Query::LEAF_POSTING_SOURCE &&
         query.get_description().rfind("Query(PostingSource(Xapian::FixedWeightPostingSource(",
                                       0) == 0;
}

bool CollectUnion(const Xapian::Query& query, std::vector<std::string>* terms) {
  switch (query.get_type()) {
    case Xapian::Query::LEAF_TERM: {
      auto term = query.get_terms_begin();
      if (term == query.get_terms_end() || (*term).empty()) return false;
      terms->push_back(*term);
      return true;
    }
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_SYNONYM:
      for (size_t i = 0; i < query.get_num_subqueries(); ++i) {
        if (!CollectUnion(query.get_subquery(i), terms)) return false;
      }
      return query.get_num_subqueries() > 0;
    case Xapian::Query::OP_SCALE_WEIGHT:
    case Xapian::Query::OP_AND_MAYBE:  // only its left side decides what matches
      return query.get_num_subqueries() > 0 && CollectUnion(query.get_subquery(0), terms);
    case Xapian::Query::OP_AND: {
      std::optional<Xapian::Query> restricting;  // the one part that does not match everything
      for (size_t i = 0; i < query.get_num_subqueries(); ++i) {
        Xapian::Query sub = query.get_subquery(i);
        if (MatchesEveryDocument(sub)) continue;
        if (restricting) return false;  // a real intersection
        restricting = std::move(sub);
      }
      return restricting && CollectUnion(*restricting, terms);
    }
    default:
      return false;
  }
}

// Reads the posting lists of `terms` into a bitmap of document ids, then counts each set bit
// once, in document order.
MatchCount CountUnion(const Xapian::Database& db, const std::vector<std::string>& terms,
                      FacetSpy* spy) {
  MatchCount out;
  out.by_posting_lists = true;
  if (terms.size() == 1) {  // nothing to merge
    for (auto p = db.postlist_begin(terms[0]); p != db.postlist_end(terms[0]); ++p) {
      ++out.count;
      if (spy != nullptr) spy->Count(*p);
    }
    return out;
  }
  std::vector<uint64_t> bits(static_cast<size_t>(db.get_lastdocid()) / 64 + 1, 0);
  for (const auto& term : terms) {
    for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) {
      const Xapian::docid did = *p;
      bits[did / 64] |= uint64_t{1} << (did % 64);
    }
  }
  for (size_t word = 0; word < bits.size(); ++word) {
    for (uint64_t rest = bits[word]; rest != 0; rest &= rest - 1) {
      ++out.count;
      if (spy != nullptr)
        spy->Count(static_cast<Xapian::docid>(word * 64 + std::countr_zero(rest)));
    }
  }
  return out;
}

// Every match through Xapian's matcher: any query, any decider.
MatchCount CountMatchesByEnquire(const Xapian::Database& db, const Xapian::Query& query,
                                 const Xapian::MatchDecider* decider, FacetSpy* spy,
                                 double time_limit_s) {
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  if (time_limit_s > 0) enquire.set_time_limit(time_limit_s);
  enquire.set_query(query);
  if (spy != nullptr) enquire.add_matchspy(spy);
  const Xapian::MSet mset = enquire.get_mset(0, 0, db.get_doccount(), nullptr, decider);
  return {mset.get_matches_estimated(),
          mset.get_matches_lower_bound() == mset.get_matches_upper_bound()};
}

}  // namespace

std::optional<std::vector<std::string>> TermsOfUnion(const Xapian::Query& query) {
  std::vector<std::string> terms;
  if (!CollectUnion(query, &terms)) return std::nullopt;
  return terms;
}

MatchCount CountMatches(const Xapian::Database& db, const Xapian::Query& query,
                        const Xapian::MatchDecider* decider, FacetSpy* spy, double time_limit_s) {
  if (decider == nullptr) {
    if (auto terms = TermsOfUnion(query)) return CountUnion(db, *terms, spy);
  }
  return CountMatchesByEnquire(db, query, decider, spy, time_limit_s);
}

}  // namespace izdeu::searchd
