// Minimal UTF-8 decoding and encoding used on hot paths (normalisation, language id,
// transliteration), where calling into ICU per code point would cost more than the work itself.
// Invalid sequences decode as U+FFFD one byte at a time, so callers never loop forever or read
// past the end. Thread-safe (pure functions).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace izdeu {

constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point starting at text[*pos] and advances *pos past it.
// REQUIRES: *pos < text.size().
inline char32_t DecodeUtf8(std::string_view text, size_t* pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = *pos, n = text.size();
  unsigned char c = s[i];
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  }
  int len = (c >= 0xF0 && c < 0xF5)   ? 4
            : (c >= 0xE0) && c < 0xF0 ? 3
            : (c >= 0xC2 && c < 0xE0) ? 2
                                      : 0;
  if (len == 0 || i + len > n) {
    *pos = i + 1;
    return kReplacementChar;
  }
  char32_t cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) {
    unsigned char cc = s[i + k];
    if ((cc & 0xC0) != 0x80) {
      *pos = i + 1;
      return kReplacementChar;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  // Reject overlong forms and surrogates: they are not valid UTF-8.
  if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
      (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
    *pos = i + 1;
    return kReplacementChar;
  }
  *pos = i + len;
  return cp;
}

inline void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or truncated sequences).
inline bool IsValidUtf8(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t before = pos;
    char32_t cp = DecodeUtf8(text, &pos);
    if (cp == kReplacementChar && pos - before == 1 &&
        static_cast<unsigned char>(text[before]) >= 0x80) {
      return false;
    }
  }
  return true;
}

// Script classes that the analyzers care about.
inline bool IsCyrillic(char32_t cp) { return cp >= 0x400 && cp <= 0x4FF; }
inline bool IsBasicLatinLetter(char32_t cp) { return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'; }
// Kazakh-specific Cyrillic letters (either case): ә ғ қ ң ө ұ ү һ і.
inline bool IsKazakhCyrillicLetter(char32_t cp) {
  switch (cp) {
    case 0x4D8:
    case 0x4D9:
    case 0x492:
    case 0x493:
    case 0x49A:
    case 0x49B:
    case 0x4A2:
    case 0x4A3:
    case 0x4E8:
    case 0x4E9:
    case 0x4B0:
    case 0x4B1:
    case 0x4AE:
    case 0x4AF:
    case 0x4BA:
    case 0x4BB:
    case 0x406:
    case 0x456:
      return true;
    default:
      return false;
  }
}

}  // namespace izdeu
