// Typo tolerance for queries: Xapian's spelling dictionary (filled at index time with the
// normalised words of the articles, IsSpellingWord) and a Kazakh-aware choice among its
// suggestions. Xapian proposes one word within an edit distance; Kazakh typing errors are not
// all alike, so several probes are made (the word, the word with doubled letters undone, its
// readings with Kazakh letters restored) and the candidate nearest by a weighted distance wins:
// a Russian-keyboard confusion (а/ә, к/қ, н/ң, и/і ...) or a doubled letter costs 0.5, a dropped
// or added vowel 0.7, any other edit 1; ties go to the more frequent word.
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
// or has nothing near it (weighted distance over 2). Reads `db`'s spelling table only; `db`
// must not be used by another thread during the call (Xapian objects are not thread-safe).
std::string SuggestSpelling(const Xapian::Database& db, std::string_view norm,
                            const std::vector<std::string>& context = {});

}  // namespace izdeu::analyzers
