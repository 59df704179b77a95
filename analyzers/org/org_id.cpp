// OrgIdFor: the stable organisation id (see org_extractor.h and docs/organisations.md).
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include <unicode/uchar.h>

#include "analyzers/org/org_extractor.h"
#include "analyzers/org/org_scanner.h"
#include "common/utf8.h"

namespace izdeu::analyzers {
namespace {

// ASCII for one folded (lower-case) letter: the 2021 Kazakh Latin alphabet with its diacritics
// dropped (ә->a, ғ->g, қ->q, ң->n, ө->o, ұ/ү->u, і->i, ы->y, ш->sh), and the usual conventions for
// the Russian-only letters (ц->ts, ч->ch, щ->sch, ю->iu, я->ia; ъ, ь dropped). nullptr: not a
// letter we know; "" : dropped.
const char* AsciiFor(char32_t cp) {
  if (cp < 0x80) return nullptr;
  switch (cp) {
    case U'а':
      return "a";
    case U'ә':
      return "a";
    case U'б':
      return "b";
    case U'в':
      return "v";
    case U'г':
      return "g";
    case U'ғ':
      return "g";
    case U'д':
      return "d";
    case U'е':
      return "e";
    case U'ё':
      return "e";
    case U'ж':
      return "j";
    case U'з':
      return "z";
    case U'и':
      return "i";
    case U'й':
      return "i";
    case U'к':
      return "k";
    case U'қ':
      return "q";
    case U'л':
      return "l";
    case U'м':
      return "m";
    case U'н':
      return "n";
    case U'ң':
      return "n";
    case U'о':
      return "o";
    case U'ө':
      return "o";
    case U'п':
      return "p";
    case U'р':
      return "r";
    case U'с':
      return "s";
    case U'т':
      return "t";
    case U'у':
      return "u";
    case U'ұ':
      return "u";
    case U'ү':
      return "u";
    case U'ф':
      return "f";
    case U'х':
      return "h";
    case U'һ':
      return "h";
    case U'ц':
      return "ts";
    case U'ч':
      return "ch";
    case U'ш':
      return "sh";
    case U'щ':
      return "sch";
    case U'ъ':
      return "";
    case U'ы':
      return "y";
    case U'і':
      return "i";
    case U'ь':
      return "";
    case U'э':
      return "e";
    case U'ю':
      return "iu";
    case U'я':
      return "ia";
    // Latin letters with diacritics (2021 alphabet and Turkish/European names).
    case U'ä':
    case U'á':
    case U'à':
    case U'â':
    case U'ã':
    case U'å':
      return "a";
    case U'ö':
    case U'ó':
    case U'ò':
    case U'ô':
    case U'õ':
    case U'ø':
      return "o";
    case U'ü':
    case U'ū':
    case U'ú':
    case U'ù':
    case U'û':
      return "u";
    case U'ı':
    case U'í':
    case U'ì':
    case U'î':
    case U'ï':
      return "i";
    case U'é':
    case U'è':
    case U'ê':
    case U'ë':
      return "e";
    case U'ğ':
      return "g";
    case U'ş':
      return "sh";
    case U'ñ':
      return "n";
    case U'ç':
      return "ch";
    case U'ß':
      return "ss";
    default:
      return nullptr;
  }
}

uint32_t Fnv1a(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

}  // namespace

std::string OrgIdFor(std::string_view canonical_name) {
  std::string slug;
  slug.reserve(canonical_name.size());
  bool pending_dash = false;
  std::string folded;
  size_t pos = 0;
  while (pos < canonical_name.size()) {
    char32_t cp = DecodeUtf8(canonical_name, &pos);
    std::string piece;
    if (cp < 0x80 && ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))) {
      piece.push_back(static_cast<char>(cp));
    } else if (cp >= 'A' && cp <= 'Z') {
      piece.push_back(static_cast<char>(cp + 0x20));
    } else if (cp >= 0x80) {
      std::string one;
      AppendUtf8(cp, &one);
      org_internal::FoldWord(one, &folded);
      size_t fpos = 0;
      while (fpos < folded.size()) {
        char32_t f = DecodeUtf8(folded, &fpos);
        if (f < 0x80 && ((f >= 'a' && f <= 'z') || (f >= '0' && f <= '9'))) {
          piece.push_back(static_cast<char>(f));
        } else if (const char* a = AsciiFor(f)) {
          piece += a;
        } else if (u_isalnum(static_cast<UChar32>(f))) {
          char buf[12];
          std::snprintf(buf, sizeof buf, "u%04x", static_cast<unsigned>(f));
          piece += buf;
        }
      }
      if (piece.empty() && u_isalnum(static_cast<UChar32>(cp)) == 0) {
        pending_dash = true;  // a separator
        continue;
      }
    } else {
      pending_dash = true;  // ASCII punctuation or space
      continue;
    }
    if (piece.empty()) continue;  // ъ, ь and combining marks vanish
    if (pending_dash && !slug.empty()) slug.push_back('-');
    pending_dash = false;
    slug += piece;
  }
  if (slug.empty()) slug = "org";
  constexpr size_t kMax = 60;
  if (slug.size() > kMax) {
    char hash[10];
    std::snprintf(hash, sizeof hash, "%08x", Fnv1a(slug));
    size_t keep = kMax - 9;  // "-" + 8 hex digits
    while (keep > 0 && slug[keep - 1] == '-') --keep;
    slug = slug.substr(0, keep) + "-" + hash;
  }
  return slug;
}

}  // namespace izdeu::analyzers
