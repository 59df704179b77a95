// Typo tolerance for queries: Xapian's spelling dictionary (filled at index time with the
// normalised words of the articles, IsSpellingWord, and the Kazakh stems of Kazakh ones) and a
// Kazakh-aware choice among the readings of an unknown word. Readings: the words of the
// dictionary one edit away, found by walking its sorted word list along the prefixes some word
// has (a look-up only where a word may be); forms one edit away that the dictionary lacks but
// whose Kazakh stem it has (романындағы for ромқанындағы, with роман known), or whose ending,
// after a known word, the stemmer accepts (эволюциядағы for эволюциядаығ); words of the same
// length a few cheap substitutions away (Russian-keyboard letters, one vowel for another); and
// the word with doubled letters undone or typed with Kazakh letters restored. They are ranked
// by a weighted distance (a Russian-keyboard confusion (а/ә, к/қ, н/ң, и/і ...) or a doubled
// letter costs 0.5, a dropped or added vowel 0.7, any other edit 1; a form the archive lacks
// 0.5 more) less 0.1 ln(documents); among readings close to the best, the one that shares an
// article with the query's other words (by their idf) wins. The first letter is kept except
// for a keyboard confusion: names stay names more often (әсімов is not мәсімов).
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace izdeu::analyzers {

// True for a word worth a place in the spelling dictionary: Cyrillic or Latin letters (and
// inner hyphens) only, 3 to 30 letters. REQUIRES: `norm` normalised by NormalizeWord.
bool IsSpellingWord(std::string_view norm);

// The weighted edit distance described above, over code points. Thread-safe.
double KazakhEditDistance(std::string_view a, std::string_view b);

// The corrected form of query word `norm` (normalised), or "" when the dictionary knows `norm`
// or has nothing near it. `context`: the query's words (normalised; `norm` among them is
// skipped), which choose between readings; they cost one query on `db` per reading (at most 6).
// Reads `db`'s spelling table and postings only; `db` must not be used by another thread
// during the call (Xapian objects are not thread-safe). About 0.3 ms a word (p99 under 1 ms on
// a 100k-article archive, bench/spelling_bench.cpp).
std::string SuggestSpelling(const Xapian::Database& db, std::string_view norm,
                            const std::vector<std::string>& context = {});

}  // namespace izdeu::analyzers
