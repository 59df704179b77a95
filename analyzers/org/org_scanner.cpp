#include "analyzers/org/org_scanner.h"

#include <unicode/uchar.h>

#include "analyzers/normalizer.h"
#include "common/utf8.h"

namespace izdeu::analyzers::org_internal {
namespace {

// Lower-case form of the code points the fast path accepts; 0 for anything else (then the whole
// word goes through NormalizeWord, which also repairs look-alikes and mixed scripts).
char32_t FastFold(char32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return cp + 0x20;
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '-' || cp == '\'') return cp;
    return 0;
  }
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
  if (cp >= 0x430 && cp <= 0x44F) return cp;
  switch (cp) {
    case 0x401:
    case 0x451:
      return 0x435;  // ё -> е, as NormalizeWord
    case 0x406:
    case 0x456:
      return 0x456;  // і
    case 0x4D8:
    case 0x4D9:
      return 0x4D9;  // ә
    case 0x492:
    case 0x493:
      return 0x493;  // ғ
    case 0x49A:
    case 0x49B:
      return 0x49B;  // қ
    case 0x4A2:
    case 0x4A3:
      return 0x4A3;  // ң
    case 0x4E8:
    case 0x4E9:
      return 0x4E9;  // ө
    case 0x4B0:
    case 0x4B1:
      return 0x4B1;  // ұ
    case 0x4AE:
    case 0x4AF:
      return 0x4AF;  // ү
    case 0x4BA:
    case 0x4BB:
      return 0x4BB;  // һ
    default:
      return 0;
  }
}

bool IsUpperCp(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0x410 && cp <= 0x42F) return true;
  if (cp >= 0x400 && cp <= 0x40F) return true;
  if (cp >= 0x460 && cp <= 0x4FF) return FastFold(cp) != 0 ? FastFold(cp) != cp : u_isupper(cp);
  return u_isupper(static_cast<UChar32>(cp));
}

bool IsLowerCp(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0x430 && cp <= 0x45F) return true;
  return u_islower(static_cast<UChar32>(cp));
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp >= 0x400 && cp <= 0x52F) return cp < 0x482 || cp > 0x489;
  if (cp == 0xAD || (cp >= 0x300 && cp <= 0x36F) || cp == 0x200C || cp == 0x200D) return true;
  if (cp == kReplacementChar) return false;
  return u_isalnum(static_cast<UChar32>(cp)) != 0;
}

bool IsUpperStart(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) != 0;
}

bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
         cp == 0x3000 || cp == 0xFEFF;
}
bool IsNewline(char32_t cp) { return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029; }
bool IsHyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

char32_t Peek(std::string_view text, size_t pos, size_t* next) {
  *next = pos;
  if (pos >= text.size()) return 0;
  return DecodeUtf8(text, next);
}

}  // namespace

// Runs on every word of every article. FastFold keeps each code point's UTF-8 length (ASCII to
// ASCII, two-byte Cyrillic to two-byte Cyrillic), so the folded word is written in place byte
// for byte; what FastFold does not know (and any longer or invalid sequence) goes to
// NormalizeWord, as before.
void FoldWord(std::string_view word, std::string* out) {
  const auto* s = reinterpret_cast<const unsigned char*>(word.data());
  const size_t n = word.size();
  out->resize(n);
  char* dst = out->data();
  bool latin = false, cyrillic = false;
  for (size_t i = 0; i < n;) {
    char32_t cp;
    if (s[i] < 0x80) {
      cp = s[i];
    } else if (s[i] >= 0xC2 && s[i] < 0xE0 && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
      cp = (static_cast<char32_t>(s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F);
    } else {
      *out = NormalizeWord(word);
      return;
    }
    const char32_t f = FastFold(cp);
    if (f == 0) {
      *out = NormalizeWord(word);
      return;
    }
    if (cp < 0x80) {
      latin |= f >= 'a' && f <= 'z';
      dst[i++] = static_cast<char>(f);
    } else {
      cyrillic |= f >= 0x400;
      dst[i++] = static_cast<char>(0xC0 | (f >> 6));
      dst[i++] = static_cast<char>(0x80 | (f & 0x3F));
    }
  }
  if (latin && cyrillic) *out = NormalizeWord(word);  // look-alike repair
}

bool StartsUpper(std::string_view word) {
  size_t pos = 0;
  while (pos < word.size()) {
    char32_t cp = DecodeUtf8(word, &pos);
    if (IsUpperCp(cp)) return true;
    if (IsLowerCp(cp) || (cp >= '0' && cp <= '9')) return false;
  }
  return false;
}

bool ArabicArticleName(std::string_view word) {
  // Every lower-case word comes here: most have no hyphen within their first five bytes.
  size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen < 2 || hyphen > 6) return false;
  for (std::string_view article : {"әл-", "ал-", "аль-", "эль-", "al-", "el-"}) {
    if (word.size() > article.size() && word.substr(0, article.size()) == article) {
      return StartsUpper(word.substr(article.size()));
    }
  }
  return false;
}

bool IsAllCaps(std::string_view word) {
  size_t pos = 0;
  int letters = 0;
  while (pos < word.size()) {
    char32_t cp = DecodeUtf8(word, &pos);
    if (cp == '-') break;
    if (IsLowerCp(cp)) return false;
    letters += IsUpperCp(cp);
  }
  return letters >= 2;
}

bool IsLatinWord(std::string_view word) {
  size_t pos = 0;
  bool latin = false;
  while (pos < word.size()) {
    char32_t cp = DecodeUtf8(word, &pos);
    if (IsCyrillic(cp)) return false;
    latin |= IsBasicLatinLetter(cp);
  }
  return latin;
}

namespace {

bool IsConjunction(std::string_view lower) {
  for (std::string_view c : {"и", "или", "либо", "а", "не", "немесе", "және", "әрі", "мен"}) {
    if (lower == c) return true;
  }
  return false;
}

// Removes "( word )" when the word is in lower case: transcripts mark false starts and fillers
// so (Халықаралық ( вал ) валюта қорының, « Класс » ( аа ) компаниясымен; KazNERD), and news
// put a one-word aside there; neither is part of a name, and a name around one reads on across
// it. Abbreviations (ХВҚ), numbers, conjunctions ("и (или)", "and/or", joins two phrases) and
// longer asides stay.
void DropParenthesisedAsides(std::string_view text, TokenList* list) {
  auto& toks = list->toks;
  auto is_char = [&](size_t i, char c) {
    return toks[i].kind == TokKind::kPunct && toks[i].end == toks[i].start + 1 &&
           text[toks[i].start] == c;
  };
  auto aside_at = [&](size_t i) {
    return i + 2 < toks.size() && is_char(i, '(') && toks[i + 1].kind == TokKind::kWord &&
           !toks[i + 1].upper &&
           !(text[toks[i + 1].start] >= '0' && text[toks[i + 1].start] <= '9') &&
           is_char(i + 2, ')') && !IsConjunction(list->Lower(toks[i + 1]));
  };
  size_t i = 0;
  while (i < toks.size() && !aside_at(i)) ++i;  // most texts have none: nothing moves
  size_t out = i;
  for (; i < toks.size(); ++i) {
    if (aside_at(i)) {
      // The word after an aside that opened a sentence opens it now: ( аа ) Барыс командасы.
      if (toks[i + 1].sent_start && i + 3 < toks.size() && toks[i + 3].kind == TokKind::kWord) {
        toks[i + 3].sent_start = true;
      }
      i += 2;
      continue;
    }
    toks[out++] = toks[i];
  }
  toks.resize(out);
}

}  // namespace

void ScanText(std::string_view text, TokenList* out) {
  out->toks.clear();
  out->arena.clear();
  out->toks.reserve(text.size() / 6 + 4);
  out->arena.reserve(text.size() + 16);
  bool sent_start = true;
  int ambiguous_open = 0;  // open " or “ quotes awaiting a close
  std::string joined_buf, folded;
  size_t pos = 0;
  char32_t prev_cp = 0;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t cp = DecodeUtf8(text, &pos);
    if (IsNewline(cp)) {
      sent_start = true;
      prev_cp = ' ';
      continue;
    }
    if (IsSpace(cp)) {
      prev_cp = ' ';
      continue;
    }
    if (IsWordChar(cp)) {
      Tok t;
      t.kind = TokKind::kWord;
      t.start = static_cast<uint32_t>(start);
      size_t end = pos;
      for (;;) {
        size_t next;
        char32_t c = Peek(text, end, &next);
        if (c != 0 && IsWordChar(c)) {
          end = next;
          continue;
        }
        if (c != 0 && (IsHyphen(c) || IsApostrophe(c))) {
          size_t after;
          char32_t d = Peek(text, next, &after);
          if (d != 0 && IsWordChar(d)) {
            end = after;
            continue;
          }
          // "Сорос- Қазақстан": a hanging hyphen, spaces, then a capitalised word.
          if (IsHyphen(c)) {
            size_t q = next, q2;
            char32_t s = Peek(text, q, &q2);
            bool spaced = false;
            while (s != 0 && IsSpace(s)) {
              spaced = true;
              q = q2;
              s = Peek(text, q, &q2);
            }
            if (spaced && s != 0 && IsUpperStart(s)) {
              t.joined = true;
              end = q;
              continue;
            }
          }
        }
        break;
      }
      t.end = static_cast<uint32_t>(end);
      std::string_view word = text.substr(t.start, t.end - t.start);
      if (t.joined) {
        joined_buf = SurfaceOf(text, t);
        word = joined_buf;
      }
      FoldWord(word, &folded);
      t.lower_off = static_cast<uint32_t>(out->arena.size());
      t.lower_len = static_cast<uint32_t>(folded.size());
      out->arena += folded;
      t.upper = StartsUpper(word) || ArabicArticleName(word);
      t.allcaps = t.upper && IsAllCaps(word);
      t.latin = IsLatinWord(word);
      t.sent_start = sent_start;
      sent_start = false;
      out->toks.push_back(t);
      pos = end;
      prev_cp = 'a';
      continue;
    }
    Tok t;
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(pos);
    size_t after;
    char32_t next_cp = Peek(text, pos, &after);
    switch (cp) {
      case 0xAB:
      case 0x201E:
      case 0x2039:
        t.kind = TokKind::kOpenQuote;
        break;
      case 0xBB:
      case 0x201D:
      case 0x203A:
        t.kind = TokKind::kCloseQuote;
        break;
      case '"':
      case 0x201C: {
        bool space_before = prev_cp == 0 || prev_cp == ' ' || prev_cp == '(' || prev_cp == '"';
        bool space_after = next_cp == 0 || IsSpace(next_cp) || IsNewline(next_cp);
        bool open = space_before && !space_after   ? true
                    : !space_before && space_after ? false
                                                   : ambiguous_open == 0;
        if (open) {
          ++ambiguous_open;
        } else if (ambiguous_open > 0) {
          --ambiguous_open;
        }
        t.kind = open ? TokKind::kOpenQuote : TokKind::kCloseQuote;
        break;
      }
      case '.':
      case '!':
      case '?':
      case 0x2026:
        t.kind = TokKind::kSentEnd;
        sent_start = true;
        break;
      default:
        t.kind = TokKind::kPunct;
        break;
    }
    out->toks.push_back(t);
    prev_cp = cp == '(' ? '(' : cp == '"' ? '"' : '.';
  }
  DropParenthesisedAsides(text, out);
}

std::string SurfaceOf(std::string_view text, const Tok& t) {
  std::string_view s = text.substr(t.start, t.end - t.start);
  if (!t.joined) return std::string(s);
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    size_t before = pos;
    char32_t cp = DecodeUtf8(s, &pos);
    if (!IsSpace(cp)) out.append(s.substr(before, pos - before));
  }
  return out;
}

}  // namespace izdeu::analyzers::org_internal
