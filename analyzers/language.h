// Language identification for Kazakh/Russian archives: cheap signals first (charabia's approach).
// The script decides first: Latin text is "other" unless it uses letters only Kazakh Latin has.
// Cyrillic text is Kazakh or Russian by word votes: a word with a Kazakh-only letter
// (ә ғ қ ң ө ұ ү һ і) or a frequent Kazakh word votes kk; a frequent Russian word or a typically
// Russian ending votes ru. Short or mixed text falls back to kk when any Kazakh letter is present
// (izdeu's archives are Kazakh first), to ru for other Cyrillic, and to other without letters.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace izdeu::analyzers {

enum class Language : uint8_t { kOther = 0, kKazakh = 1, kRussian = 2 };

// "kk", "ru" or "other". Thread-safe.
std::string_view LanguageCode(Language lang);
// Inverse of LanguageCode; nullopt for anything else.
std::optional<Language> ParseLanguageCode(std::string_view code);

// Vote counts behind a decision; exposed so that queries can tell "certain" from "a guess".
struct LanguageVotes {
  int kazakh = 0;  // in half votes (see language.cpp)
  int russian = 0;
  int cyrillic_words = 0;
  int latin_words = 0;
};

// REQUIRES: UTF-8 text (invalid bytes are ignored). Thread-safe.
LanguageVotes CountLanguageVotes(std::string_view text);
Language DetectLanguage(std::string_view text);
Language DecideLanguage(const LanguageVotes& votes);

}  // namespace izdeu::analyzers
