// The segmentation search behind KazakhStemmer (internal to analyzers/kk). For one word it peels
// suffix sequences allowed by the morphotactics (morphotactics.h) right to left, checks each
// candidate root against the lexicon (with the spelling changes suffixes cause: кітабы -> кітап,
// орны -> орын, оқиды -> оқы), scores every segmentation and keeps the cheapest. The scoring
// (why a lexicon word is or is not cut) is documented at the constants in stem_search.cpp and in
// docs/stemmer.md. Pure functions over immutable data: thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "analyzers/kk/lexicon.h"
#include "analyzers/kk/morphotactics.h"

namespace izdeu::analyzers::kk {

constexpr size_t kMaxWordBytes = 120;  // longer tokens are not words; the stemmer leaves them
constexpr int kMaxSuffixes = 12;       // suffixes peeled per word at most

// Writes the stem of `word` to *stem and returns true; returns false (leaving *stem untouched)
// when no segmentation gives a lexicon root or an acceptable unknown root. The stem may end in
// '-' (ҚР-да -> "қр-") and may mix scripts; Stem() cleans both.
// REQUIRES: `word` normalised (NormalizeWord), 0 < word.size() <= kMaxWordBytes.
bool FindStem(const Lexicon& lexicon, const SuffixMatcher& suffixes, std::string_view word,
              std::string* stem);

// Last code point of non-empty `s`; *bytes receives its encoded length. Invalid trailing bytes
// count as one-byte letters (U+FFFD), so a cut never lands inside a valid sequence.
char32_t LastLetter(std::string_view s, size_t* bytes);

}  // namespace izdeu::analyzers::kk
