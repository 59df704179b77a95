// Kazakh typed without Kazakh letters. On a Russian keyboard (phones, forums, site search boxes)
// people write ә as а, ғ as г, қ as к, ң as н, ө as о, ұ and ү as у, і as и or ы, һ as х:
// "когамдык кенес" for "қоғамдық кеңес". This module lists the Kazakh spellings such a word may
// stand for, cheapest first; the search side keeps those whose stems the index has, exactly as
// for Latin input (latin_to_cyrillic.h). Index time is untouched: no index space is spent.
//
// Cost model (vowel harmony, the rule that generalises): a native word's vowels are all back
// (а о ұ ы) or all front (ә е ө ү і), and қ ғ go with back vowels, к г with front ones. Each
// candidate is read under one hypothesis, back or front; a letter costs 0 when it is what the
// hypothesis expects (к -> қ in a back word, а -> ә in a front word), 1 for the plain or less
// likely reading (ң for н, һ for х, ұ for у in back words), 2 against the hypothesis (ә in a
// back word: only loans mix them, as мәслихат).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace izdeu::analyzers {

struct KazakhSpelling {
  std::string text;  // lower-case Cyrillic with Kazakh letters restored
  int cost = 0;
};

// REQUIRES: `word` normalised by NormalizeWord. Returns up to `limit` spellings other than `word`
// itself, ordered by cost then text; empty when `word` already has a Kazakh letter, has no
// Cyrillic letter, or has characters other than Cyrillic letters and hyphens. Thread-safe.
std::vector<KazakhSpelling> KazakhKeyboardCandidates(std::string_view word, size_t limit = 64);

// True for a Cyrillic word without any Kazakh-only letter (ә ғ қ ң ө ұ ү һ і): the words whose
// Kazakh letters may have been typed as Russian ones.
bool LacksKazakhLetters(std::string_view word);

}  // namespace izdeu::analyzers
