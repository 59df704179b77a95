// Word normalisation shared by index time and query time: the single place where letters are
// case-folded and repaired. Lossy by design (search keys, not display text).
//
// What NormalizeWord does to one word token, in order:
//  1. drops invisible characters (soft hyphen, zero-width space/joiners, BOM, combining stress
//  marks);
//  2. NFKC for compatibility and decomposed forms (fullwidth letters, ligatures, и + ◌̆ -> й), only
//     when such a character is present (fast path otherwise);
//  3. repairs mixed-script typing: in a word that has Cyrillic letters, Latin look-alikes
//     (a e o p c x y i k h b m t) become the Cyrillic letters they imitate, and look-alikes of the
//     Kazakh letters (ґ ҡ ӄ ӈ ҥ ə ǝ ɵ ...) become the Kazakh letters;
//  4. case-folds: Cyrillic by table, Latin with Turkic rules (İ -> i, I -> ı), then folds the
//  dotless
//     ı to i, so that I, İ, ı and i all meet; ё folds to е (as Russian search does);
//  5. unifies apostrophe look-alikes (’ ʼ ʻ ` ′) to ' (the 2018 Latin alphabet writes g' n').
#pragma once

#include <string>
#include <string_view>

namespace izdeu::analyzers {

// REQUIRES: `word` is one word token (UTF-8; invalid bytes become U+FFFD).
// Returns the normalised word; empty when nothing but invisible characters was given.
// Thread-safe.
std::string NormalizeWord(std::string_view word);

// The same, written into *out (cleared first), so that a caller looping over words reuses one
// buffer instead of allocating a string per word.
void NormalizeWordInto(std::string_view word, std::string* out);

}  // namespace izdeu::analyzers
