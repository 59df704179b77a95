// Parses the user query syntax (docs/query-syntax.md) into a tree. Pure syntax: no analysis
// happens here; text goes to the shared analyzer in query_builder.
//   words              plain words: any may match, articles with more of them first
//   +word  a AND b     required
//   -word  NOT word    excluded (also -"phrase", -(group), -org:x, NOT date:2015 ...)
//   a OR b             either
//   ( ... )            grouping
//   "a phrase"         exact phrase, stopwords included
//   a NEAR/3 b         the words at most 3 words apart, in either order
//   мәсли*             prefix (expansion bounded by the builder)
//   title:word  title:"words"  title:мәсли*        in titles
//   org:name  org:"Сорос-Қазақстан Қоры"  date:2015..2016-03  lang:kk  source:name   filters
// Operators are the upper-case Latin words AND, OR, NOT, NEAR/n. Anything that cannot be honoured
// (an operator without an operand, an unclosed parenthesis, too deep or too many terms, an
// unknown value of a filter) is an InvalidQuery error with a message, never a silent AND.
// Thread-safe (pure functions).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace izdeu::searchd {

enum class NodeKind {
  kWord,    // text: one word as typed (may be hyphenated: several tokens, searched as a phrase)
  kPhrase,  // text: the words of a quoted phrase
  kPrefix,  // text: the letters before '*'
  kField,   // field: "org", "lang", "date" or "source"; text: the value
  kAnd,     // children, each with its occur
  kOr,      // children
  kNear,    // children (kWord only), near_distance
};

// The role of a child of a kAnd node (Lucene's BooleanClause occur).
enum class Occur {
  kShould,   // plain: optional, counts for the coordination level
  kMust,     // +x, x AND y, phrases, filters
  kMustNot,  // -x, NOT x
};

struct QueryNode {
  NodeKind kind = NodeKind::kWord;
  Occur occur = Occur::kShould;
  std::string text;
  std::string field;        // kField's field
  bool title_only = false;  // kWord, kPhrase, kPrefix given as title:...
  int near_distance = 0;    // kNear: at most this many words between the words
  std::vector<QueryNode> children;
};

// Limits: anyone on the internet can send a query.
inline constexpr size_t kMaxQueryBytes = 4096;
inline constexpr int kMaxQueryDepth = 8;  // nested parentheses
// Words, phrases, prefixes and filters in all: a 4 KB query of real words fits (about 250).
inline constexpr size_t kMaxQueryTerms = 256;
inline constexpr int kMaxNearDistance = 50;

// The tree of `query`: the root is a kAnd (possibly without children for an empty query).
// InvalidQuery (with a message for the user) for anything that cannot be honoured, including an
// invalid date or language value. An unclosed quote runs to the end of the query.
Result<QueryNode> ParseQuery(std::string_view query);

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" -> "YYYYMMDD": the first day covered when !upper, the last
// when upper. InvalidQuery for anything else (including 2015-13 or 2015-02-30).
Result<std::string> ParseDateBound(std::string_view text, bool upper);

// True when every day of `month` (YYYYMM) lies within [from, to] (YYYYMMDD, inclusive; empty:
// open). False for a malformed month.
bool MonthWithin(const std::string& month, const std::string& from, const std::string& to);

// Parses "A..B", "A..", "..B" or "A" (= A..A) into inclusive YYYYMMDD bounds.
Status ParseDateRange(std::string_view text, std::string* from, std::string* to);

}  // namespace izdeu::searchd
