// Kazakh Latin -> Cyrillic for queries. People type Kazakh in three Latin spellings: the 2021
// official alphabet (Qoğamdyq keñes), the 2018 apostrophe alphabet (Qog'amdyq ken'es) and informal
// ASCII (qogamdyq kenes), which drops the letters ASCII lacks. One Latin word therefore has several
// possible Cyrillic spellings. This module lists them, cheapest first; the search side keeps the
// ones whose stems exist in the index (docs/transliteration.md). Index time is untouched:
// archives are Cyrillic, so folding the query costs no index space.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace izdeu::analyzers {

struct CyrillicCandidate {
  std::string text;  // lower-case Cyrillic spelling
  int cost = 0;  // 0 = the official 2021/2018 reading; +1 per informal guess (g -> ғ, n -> ң ...)
};

// REQUIRES: `word` normalised by NormalizeWord (lower case; I/İ/ı already folded to i).
// Returns up to `limit` candidates ordered by cost, then by text; empty when the word has
// characters that are not Latin letters or apostrophes (digits, Cyrillic). Thread-safe.
std::vector<CyrillicCandidate> LatinToCyrillicCandidates(std::string_view word, size_t limit = 64);

// True when every character of `word` is a Latin letter or an apostrophe.
bool IsLatinWord(std::string_view word);

// Cyrillic -> 2021 official Latin (lower case, as
// ../shared/data/translit/kk_cyrl_to_latn_2021.tsv), used for ids and display. Characters outside
// the table pass through. Thread-safe.
std::string CyrillicToLatin2021(std::string_view text);

// 2021 Latin with its diacritics dropped, as people type it in ASCII ("qoğamdyq keñes" ->
// "qogamdyq kenes", "şaqyru" -> "shaqyru"; apostrophes removed). Thread-safe.
std::string AsciiLatin(std::string text);

}  // namespace izdeu::analyzers
