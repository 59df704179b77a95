// QueryBuilder: a SearchRequest -> Xapian queries, through the same analyzers::Analyzer that
// the indexer used, so a query word meets the terms its article forms were indexed as.
//  - Words are stemmed in the query's language; a Cyrillic word of uncertain language (no Kazakh
//    letter, no telling words around it) looks for both its Kazakh and its Russian stem.
//  - Latin words are read as Kazakh Latin (2021, 2018 apostrophe, informal ASCII): the Cyrillic
//    spellings whose stems exist in the index are searched together (docs/transliteration.md).
//  - Plain words side by side are a coordinated OR (Meilisearch's "last" matching strategy):
//    an article matches when it has any of them, and each word it has adds a fixed bonus
//    (kCoordinationBonus, larger than the BM25 share of a common word) to its weight, so articles
//    with every word come first, then those missing one, and so on, each level ranked by BM25. No
//    step removes an answer. `match_all` requires every plain word instead. Stopwords and question
//    words (also typed on a Russian keyboard: ким for кім) add no match, no bonus and no weight
//    beside other words (see "Stopwords" below); a query of stopwords only searches them.
//  - Word starts: a plain word that the index has in no form (керейіттерде when the archive
//    writes керейт, неандертальдықтар beside неандерталь, a typo after the fourth letter) is
//    searched as the most frequent indexed words that share its first kWordStartLetters
//    letters, at kWordStartWeight: a crude stemmer where the real one has nothing. A hyphenated
//    word outside quotes matches any of its parts. Built only from
//    Xapian's own operators and FixedWeightPostingSource, so it can run on Xapian's remote backend.
//  - The form as typed: an article that has the query word's inflected form as written
//    (schema kFormPrefix) gets a small bonus over one with other forms of its stem.
//  - +word, AND, phrases, NEAR and filters are required; -word and NOT exclude; OR is Xapian's
//    OP_OR; word* is a bounded OP_SYNONYM of the most frequent terms with that prefix.
//  - Quoted phrases and NEAR/n match word order or distance (stopwords included): the query
//    requires their words and `phrases` lists the order to check (phrase_filter.h, a
//    MatchDecider: the one part that the remote backend cannot run). Adjacent common words of a
//    phrase also require their pair term (common_stems.h), which narrows the candidates to check
//    from most of the archive to the articles that have the pair. A phrase is honoured only
//    where a global check is right: not under OR, NEAR or a negated group (400 there).
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

// The weight each plain query word adds to an article that has it: above what BM25 gives one
// common word (so coordination levels come first), but a very rare word in a title can still
// outweigh a missing common word. Tuned on kazqad-dev (docs/evaluation.md): 0 (plain OR) 0.742,
// 3: 0.748, 12: 0.751, 25: 0.744, 100 (strict levels): 0.717 nDCG@10.
inline constexpr double kCoordinationBonus = 12.0;
// Stopwords: stopwords and question words (қандай, кім, деп) beside other words are left out of
// the query (QueryBuilder::AndQuery), and their stems are not highlighted.
// At full weight a distractor sentence saying "қандай" three times outranked the answer
// (kazqad-dev nDCG@10: 1.0: 0.796, 0.5: 0.793, 0.1: 0.800, 0: 0.798); at a tenth of it
// (shipped until 2026-12-07) they only broke ties, while the optional part read a list of most
// of the archive for each match of the other words: "мемлекет пен" 35 ms against 6 ms for
// "мемлекет" at a million articles. Left out: kazqad-dev 0.817 -> 0.818, Russian keyboard
// 0.805 -> 0.806, one edit 0.794 -> 0.795, known items 0.878 -> 0.877-0.878 (ties by docid).
// Word starts (see above). kazqad-dev nDCG@10 (all with stopwords at 0.1 and the hyphen
// change): none 0.800; for every word at weight 0.3, 4 letters: 0.822, 5 letters 0.820; only for
// words the index lacks (chosen: no noise such as акционерлік қоғам for "қоғамдық кеңес",
// and no cost for known words): weight 0.3: 0.809, 0.6: 0.812, 1.0 (every word): 0.807.
// One-edit questions 0.673 -> 0.740, known items 0.860 -> 0.870.
inline constexpr size_t kWordStartLetters = 4;
inline constexpr double kWordStartWeight = 0.6;
inline constexpr size_t kMaxWordStartTerms = 10;
inline constexpr size_t kMaxWordStartScan = 2000;
// A query word's form as typed (schema kFormPrefix) adds this share of its BM25 weight to the
// articles that have it, on top of its stem's weight: a tie-break between articles alike, not a
// ranking signal. The known-item set asks for dictionary forms of words its targets write in
// other forms, so a larger weight costs there. kazqad-dev nDCG@10 / known-item MRR@10 with form
// terms for every word: none 0.812 / 0.871, 0.02: 0.814 / 0.865, 0.05: 0.816 / 0.859, 0.1:
// 0.816 / 0.843, 0.3: known items 0.786; for inflected forms only (shipped), 0.02: 0.814 / 0.870.
inline constexpr double kExactFormWeight = 0.02;
// A form in more articles than this share (and over 1,000: small archives cost nothing) gets no
// bonus: reading its long posting list beside
// the stem's cost random 1-2 word queries at 1M articles p99 29 -> 43-56 ms (bench/RESULTS.md),
// and the most common forms (жылы) are where BM25 already tells articles apart.
inline constexpr double kMaxExactFormShare = 0.02;
// Prefix queries (word*): at most this many index terms are read, and the most frequent
// kMaxPrefixTerms of them searched; the response says when a prefix was cut.
inline constexpr size_t kMaxPrefixScan = 20000;
inline constexpr size_t kMaxPrefixTerms = 50;

// Date filters over more date terms than this test each candidate's date value instead: each
// term is a posting list to open, and newest-first pages run the filter once per month (100k
// real-sentence articles, "from YYYY" with up to 132 months: p50 1.1 -> 1.3 ms, p99 1.3 -> 3.7 ms
// at 120). A year or two is where it pays: "word + date" (one year) p50 1.0-1.3 -> 0.5-0.8 ms.
inline constexpr size_t kMaxDateTerms = 36;

struct BuiltQuery {
  // Text, exclusions and filters together; an empty Query when the request has none of them
  // (the caller then matches every article, with a fresh Query(std::string())).
  Xapian::Query query;
  bool has_text = false;  // some word ranks the results (else newest first by default)
  std::string date_from,
      date_to;  // required date bounds (query and parameters), YYYYMMDD inclusive; empty = open
  // `query` without the date range of the request's from/to parameters, for the months wholly
  // inside [date_from, date_to] (date_order.h): there a month's term is the range already, and a
  // range wider than kMaxDateTerms months would read the date value of every candidate.
  Xapian::Query query_inside_dates;
  std::vector<PhraseConstraint> phrases;            // checked by a PhraseFilter on the candidates
  std::unordered_set<std::string> highlight_stems;  // unprefixed stems, for snippets
  // The query's words (the root's positive, non-filter parts) and the terms of each: a hit
  // matched a word when it has one of its terms (Hit::matched_words).
  std::vector<std::vector<std::string>> word_terms;
  std::vector<PrefixExpansion> expansions;  // one per word* of the query
  // Plain words that the index has in no form (spelling candidates): as written in the query
  // text, and normalised.
  struct UnknownWord {
    std::string raw, norm;
  };
  std::vector<UnknownWord> unknown_words;
  // The same query with every plain word required and without the coordination bonus, for a
  // cheaper first run (SearchService): its weights plus kCoordinationBonus for each of
  // all_words_parts are `query`'s weights of the articles that have every word. Empty when the
  // query has fewer than two plain words at its root.
  Xapian::Query all_words_query;
  std::vector<Xapian::Query> all_words_parts;  // its words that carry the bonus, one query each
};

class QueryBuilder {
 public:
  // `common_stems` is the index's (schema::IndexProfile): phrases of common words are looked up
  // through the pair terms the indexer wrote for them.
  // `date_terms`: the index has schema::IndexProfile::date_terms (date filters then read month
  // and year-only terms instead of every candidate's date value).
  QueryBuilder(const Xapian::Database& db, analyzers::Analyzer& analyzer,
               const schema::CommonStems& common_stems, bool date_terms = false)
      : db_(db), analyzer_(analyzer), common_stems_(common_stems), date_terms_(date_terms) {}

  // InvalidQuery for a syntax or filter error (bad date, unknown language ...).
  Result<BuiltQuery> Build(const SearchRequest& request);

  // The XORG term for an organisation given by id or by name in any form; the canonical id of
  // the name's normal form when no known organisation matches (so the filter matches nothing).
  std::string OrgTerm(const std::string& org);

 private:
  // One query word -> a term, or a synonym group of spellings/stems. Adds to highlight_stems;
  // `stems` (when given) receives the stems searched. `with_word_start`: a plain word that the
  // index has in no form is searched as its WordStartQuery.
  Xapian::Query WordQuery(const std::string& norm, const std::string& prefix, BuiltQuery* out,
                          std::vector<std::string>* stems = nullptr, bool with_word_start = false);
  // Set by WordQuery for the last word: the index has it in none of its forms; it is a stopword
  // or question word, as typed or in its cheapest Russian-keyboard reading (ким for кім).
  bool last_word_unknown_ = false;
  bool last_word_stopword_ = false;
  // Where a node stands: phrases can only be checked in a conjunctive place (every ancestor a
  // group of required or side-by-side parts), or as a direct exclusion there.
  struct Place {
    bool conjunctive = true;
    bool negated = false;
    bool match_all = false;
  };
  // One node -> a query; an empty Query when it has nothing to search (punctuation only).
  // `optional` (may be null) is set for a lone stopword.
  Result<Xapian::Query> NodeQuery(const QueryNode& node, Place place, bool* optional,
                                  BuiltQuery* out);
  // `all_stopwords` (may be null) is set when the group holds only stopwords and question words
  // (`(мен және)` beside other words is then left out like `мен`).
  Result<Xapian::Query> AndQuery(const QueryNode& node, Place place, bool root, BuiltQuery* out,
                                 bool* all_stopwords = nullptr);
  Result<Xapian::Query> TextQuery(const QueryNode& node, Place place, bool* optional,
                                  BuiltQuery* out);
  Result<Xapian::Query> PrefixQuery(const QueryNode& node, BuiltQuery* out);
  Result<Xapian::Query> FieldQuery(const QueryNode& node, BuiltQuery* out);
  bool TermExists(const std::string& term) const { return db_.term_exists(term); }
  // The most frequent indexed words (with `prefix`) that begin with the first
  // kWordStartLetters letters of `word`, as one synonym at kWordStartWeight; empty when none.
  Xapian::Query WordStartQuery(const std::string& word, const std::string& prefix) const;
  // The articles where two adjacent words with these stems may stand next to each other: for
  // each combination of stems, its pair term when it has one, else the articles with both
  // stems (few, since a pair without a term is a rare one). An empty Query when no combination
  // has a pair term, so that the filter would only repeat the words.
  Xapian::Query PairQuery(const std::vector<std::string>& first,
                          const std::vector<std::string>& second) const;

  // Articles dated within [from, to] (YYYYMMDD, inclusive; one may be empty for an open end).
  // With date terms: the months inside the range, the edge months ANDed with the date-value
  // range, and the year-only articles whose year starts inside it; more than kMaxDateTerms
  // months, or an index without date terms: the value range alone.
  Xapian::Query DateFilter(const std::string& from, const std::string& to) const;

  const Xapian::Database& db_;
  analyzers::Analyzer& analyzer_;
  const schema::CommonStems& common_stems_;
  const bool date_terms_;
  std::vector<std::string> Norms(const std::string& text);

  analyzers::Language query_lang_ = analyzers::Language::kKazakh;
  bool lang_certain_ = false;
};

}  // namespace izdeu::searchd
