// QueryBuilder: a SearchRequest -> Xapian queries, through the same analyzers::Analyzer that
// the indexer used, so a query word meets the terms its article forms were indexed as.
//  - Words are stemmed in the query's language; a Cyrillic word of uncertain language (no Kazakh
//    letter, no telling words around it) looks for both its Kazakh and its Russian stem.
//  - Latin words are read as Kazakh Latin (2021, 2018 apostrophe, informal ASCII): the Cyrillic
//    spellings whose stems exist in the index are searched together (docs/transliteration.md).
//  - Plain words are all required (`strict`). When that finds nothing, the `relaxed` tiers are
//    tried in order: every word but one (for 3 to 6 required words), then any word; so articles
//    with more of the words come first, as Meilisearch's matching strategy does. Stopwords and
//    question words are optional unless the query has nothing else. Quoted phrases match word order
//    exactly, stopwords included: the query requires their words and `phrases` lists the order to
//    check (phrase_filter.h). Adjacent common words of a phrase also require their pair term
//    (common_stems.h), which narrows the candidates to check from most of the archive to the
//    articles that have the pair.
// Thread-safety: not thread-safe; one per search worker (it uses the worker's Analyzer and
// Database).
#pragma once

#include <xapian.h>
#include <string>
#include <unordered_set>

#include "analyzers/analyzer.h"
#include "common/status.h"
#include "schema/common_stems.h"
#include "searchd/query/phrase_filter.h"
#include "searchd/query/query_syntax.h"
#include "searchd/service/search_types.h"

namespace izdeu::searchd {

struct BuiltQuery {
  Xapian::Query strict;  // every required word; empty Query when the request has no words
  std::vector<Xapian::Query> relaxed;  // tiers to try when `strict` finds nothing; may be empty
  Xapian::Query filter;                // organisations, dates, language; empty when unfiltered
  std::string date_from,
      date_to;            // the date bounds in the filter, YYYYMMDD inclusive; empty = open
  Xapian::Query exclude;  // negated words and phrases; empty when none
  std::vector<PhraseConstraint> phrases;            // checked by a PhraseFilter on the candidates
  std::unordered_set<std::string> highlight_stems;  // unprefixed stems, for snippets
  bool has_text() const { return !strict.empty(); }
};

class QueryBuilder {
 public:
  // `common_stems` is the index's (schema::IndexProfile): phrases of common words are looked up
  // through the pair terms the indexer wrote for them.
  QueryBuilder(const Xapian::Database& db, analyzers::Analyzer& analyzer,
               const schema::CommonStems& common_stems)
      : db_(db), analyzer_(analyzer), common_stems_(common_stems) {}

  // InvalidQuery for a syntax or filter error (bad date, unknown language ...).
  Result<BuiltQuery> Build(const SearchRequest& request);

  // The XORG term for an organisation given by id or by name in any form; the canonical id of
  // the name's normal form when no known organisation matches (so the filter matches nothing).
  std::string OrgTerm(const std::string& org);

 private:
  // One query word -> a term, or a synonym group of spellings/stems. Adds to highlight_stems;
  // `stems` (when given) receives the stems searched.
  Xapian::Query WordQuery(const std::string& norm, const std::string& prefix, BuiltQuery* out,
                          std::vector<std::string>* stems = nullptr);
  Xapian::Query ClauseQuery(const TextClause& clause, bool* optional, BuiltQuery* out);
  bool TermExists(const std::string& term) const { return db_.term_exists(term); }
  // The pair terms that any two adjacent words with these stems were indexed with; an empty
  // Query when some combination is not common enough to have a pair term.
  Xapian::Query PairQuery(const std::vector<std::string>& first,
                          const std::vector<std::string>& second) const;

  const Xapian::Database& db_;
  analyzers::Analyzer& analyzer_;
  const schema::CommonStems& common_stems_;
  analyzers::Language query_lang_ = analyzers::Language::kKazakh;
  bool lang_certain_ = false;
};

}  // namespace izdeu::searchd
