#include "analyzers/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "common/utf8.h"

namespace izdeu::analyzers {
namespace {

bool IsInvisible(char32_t cp) {
  return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 || cp == 0xFEFF ||
         cp == 0x0301 || cp == 0x0300;
}

// Characters the fast path handles itself; anything else may need NFKC first.
bool IsFastPathChar(char32_t cp) {
  return cp < 0x80 || IsCyrillic(cp) || IsInvisible(cp) || cp == 0x2019 || cp == 0x02BC ||
         cp == 0x02BB || cp == 0x2032 || cp == 0x0130 || cp == 0x0131 || cp == 0x0259 ||
         cp == 0x01DD || cp == 0x0275 || (cp >= 0xC0 && cp <= 0x17F);
}

// Latin look-alikes of Cyrillic letters, applied only inside words that contain Cyrillic.
char32_t CyrillicForLatinLookalike(char32_t cp) {
  switch (cp) {
    case 'a':
      return 0x430;
    case 'A':
      return 0x410;
    case 'e':
      return 0x435;
    case 'E':
      return 0x415;
    case 'o':
      return 0x43E;
    case 'O':
      return 0x41E;
    case 'p':
      return 0x440;
    case 'P':
      return 0x420;
    case 'c':
      return 0x441;
    case 'C':
      return 0x421;
    case 'x':
      return 0x445;
    case 'X':
      return 0x425;
    case 'y':
      return 0x443;
    case 'Y':
      return 0x4AE;  // Y imitates Ү, y imitates у
    case 'i':
      return 0x456;
    case 'I':
      return 0x406;  // Kazakh і
    case 'k':
      return 0x43A;
    case 'K':
      return 0x41A;
    case 'h':
      return 0x4BB;
    case 'H':
      return 0x41D;  // h imitates һ, H imitates Н
    case 'B':
      return 0x412;
    case 'M':
      return 0x41C;
    case 'T':
      return 0x422;
    case 0x0259:
    case 0x01DD:
      return 0x4D9;  // ə ǝ -> ә
    case 0x0275:
      return 0x4E9;  // ɵ -> ө
    default:
      return 0;
  }
}

// Look-alikes of Kazakh letters from other Cyrillic alphabets (any word).
char32_t KazakhForCyrillicLookalike(char32_t cp) {
  switch (cp) {
    case 0x490:
    case 0x491:
      return 0x493;  // ґ -> ғ
    case 0x4A0:
    case 0x4A1:
    case 0x4C3:
    case 0x4C4:
      return 0x49B;  // ҡ ӄ -> қ
    case 0x4C7:
    case 0x4C8:
    case 0x4A4:
    case 0x4A5:
      return 0x4A3;  // ӈ ҥ -> ң
    case 0x4C0:
    case 0x4CF:
      return 0x456;  // palochka -> і
    case 0x401:
    case 0x451:
      return 0x435;  // ё -> е
    default:
      return 0;
  }
}

// Lower-cases one code point; Cyrillic and ASCII by table, the rest through ICU's simple
// case folding with Turkic dotted/dotless i rules.
char32_t FoldCase(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 0x20 : cp;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  if (cp >= 0x460 && cp <= 0x4FF && !(cp >= 0x482 && cp <= 0x489)) {
    if (cp == 0x4C0) return 0x4CF;
    bool odd_is_lower = !(cp >= 0x4C1 && cp <= 0x4CE);
    if (odd_is_lower ? (cp % 2 == 0) : (cp % 2 == 1)) return cp + 1;
    return cp;
  }
  if (IsCyrillic(cp)) return cp;
  if (cp == 0x0130 || cp == 0x0131) return 'i';  // İ and ı meet i (see header)
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_EXCLUDE_SPECIAL_I));
}

bool IsApostropheLookalike(char32_t cp) {
  return cp == 0x2019 || cp == 0x02BC || cp == 0x02BB || cp == 0x2032 || cp == '`' || cp == 0x2018;
}

void DecodeInto(std::string_view word, std::u32string* cps) {
  cps->clear();
  size_t pos = 0;
  while (pos < word.size()) cps->push_back(DecodeUtf8(word, &pos));
}

std::u32string Decode(std::string_view word) {
  std::u32string cps;
  DecodeInto(word, &cps);
  return cps;
}

std::u32string ApplyNfkc(const std::u32string& cps) {
  std::string utf8;
  for (char32_t cp : cps) AppendUtf8(cp, &utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return cps;
  icu::UnicodeString normalized = nfkc->normalize(icu::UnicodeString::fromUTF8(utf8), status);
  if (U_FAILURE(status)) return cps;
  std::string out;
  normalized.toUTF8String(out);
  return Decode(out);
}

}  // namespace

std::string NormalizeWord(std::string_view word) {
  std::string out;
  NormalizeWordInto(word, &out);
  return out;
}

void NormalizeWordInto(std::string_view word, std::string* out) {
  // Reused per thread: normalising is on the hot path of indexing (one call per word).
  thread_local std::u32string cps;
  DecodeInto(word, &cps);
  bool needs_nfkc = false;
  for (char32_t cp : cps) needs_nfkc |= !IsFastPathChar(cp);
  if (needs_nfkc) cps = ApplyNfkc(cps);

  int cyrillic = 0;
  for (char32_t cp : cps) cyrillic += IsCyrillic(cp);

  out->clear();
  for (char32_t cp : cps) {
    if (IsInvisible(cp)) continue;
    if (IsApostropheLookalike(cp)) cp = '\'';
    if (cyrillic > 0) {
      if (char32_t repl = CyrillicForLatinLookalike(cp)) cp = repl;
    }
    if (char32_t repl = KazakhForCyrillicLookalike(cp)) cp = repl;
    cp = FoldCase(cp);
    if (char32_t repl = KazakhForCyrillicLookalike(cp)) cp = repl;  // lower-case look-alikes
    AppendUtf8(cp, out);
  }
}

}  // namespace izdeu::analyzers
