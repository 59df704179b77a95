// Internal to analyzers/org: the single token pass that organisation extraction runs over a text.
// A hand-written scanner, not ICU word break: it needs only words, quotes and sentence ends, and it
// must be cheap (it runs on every indexed article). Words keep internal hyphens and apostrophes
// (Сорос-Қазақстан, БҰҰ-ның), and a hyphen left hanging before a space and a capitalised word is
// joined (Сорос- Қазақстан). Input: UTF-8; invalid bytes are skipped as punctuation.
// Also the word-shape functions the other org files share (FoldWord, StartsUpper, IsAllCaps...).
// Thread-safety: all functions are pure; a TokenList belongs to one thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace izdeu::analyzers::org_internal {

enum class TokKind : uint8_t { kWord, kOpenQuote, kCloseQuote, kSentEnd, kPunct };

struct Tok {
  uint32_t start = 0, end = 0;            // byte offsets in the scanned text
  uint32_t lower_off = 0, lower_len = 0;  // folded form (FoldWord) in TokenList::arena
  TokKind kind = TokKind::kPunct;
  bool upper = false;       // word: first letter upper-case
  bool allcaps = false;     // word: IsAllCaps
  bool latin = false;       // word: Latin letters only
  bool sent_start = false;  // word: first word of a line or sentence
  bool joined = false;      // word: "X- Y" joined across a space (see SurfaceOf)
};

struct TokenList {
  std::vector<Tok> toks;
  std::string arena;
  std::string_view Lower(const Tok& t) const {
    return std::string_view(arena).substr(t.lower_off, t.lower_len);
  }
};

// Folds one word token to the form NormalizeWord (analyzers/normalizer.h) gives it, with a fast
// path for plain Cyrillic/ASCII words. Overwrites *out. Input: UTF-8 (any normalisation form).
void FoldWord(std::string_view word, std::string* out);

// True when the first letter of `word` (UTF-8) is upper-case.
bool StartsUpper(std::string_view word);
// True for a name with the Arabic article in lower case (әл-Фараби, ал-Қаида, al-Farabi): a
// proper name as much as Фараби is; the scanner marks it upper.
bool ArabicArticleName(std::string_view word);
// True when `word` has at least two letters and no lower-case letter (ҚР, БҰҰ, ТОО); letters
// after a hyphen (БҰҰ-ның) are not looked at.
bool IsAllCaps(std::string_view word);
// True when `word` has a Basic Latin letter and no Cyrillic one.
bool IsLatinWord(std::string_view word);

// Fills *out (cleared first) with the tokens of `text`, in order. REQUIRES: text.size() < 4 GiB.
void ScanText(std::string_view text, TokenList* out);

// The token's text with the space of a joined hyphen removed ("Сорос- Қазақстан" ->
// "Сорос-Қазақстан"). `text` is the scanned text.
std::string SurfaceOf(std::string_view text, const Tok& t);

}  // namespace izdeu::analyzers::org_internal
