#include "analyzers/language.h"

#include <array>
#include <string>

#include "common/utf8.h"

namespace izdeu::analyzers {
namespace {

// Frequent function words that have no Kazakh-only letter (those vote through their letters).
constexpr std::array<std::string_view, 28> kKazakhWords = {
    "мен",     "бен",    "пен",      "да",    "де",      "та",   "те",
    "бойынша", "туралы", "осы",      "бұл",   "ол",      "жылы", "деп",
    "бар",     "сондай", "ал",       "бірақ", "оның",    "олар", "мемлекеттік",
    "бойы",    "жыл",    "арасында", "жаңа",  "сонымен", "атты", "кезде"};
constexpr std::array<std::string_view, 40> kRussianWords = {
    "и",    "в",   "во",  "на",  "с",    "со",   "по",    "не",      "что",     "для",
    "от",   "как", "это", "из",  "к",    "о",    "об",    "за",      "при",     "также",
    "его",  "ее",  "их",  "был", "была", "были", "будет", "который", "которые", "года",
    "году", "он",  "она", "они", "или",  "но",   "до",    "после",   "между",   "так"};
// Endings that Kazakh words (outside Russian loans) do not have.
constexpr std::array<std::string_view, 14> kRussianEndings = {
    "ого", "ему", "ться", "ции", "ция", "ий", "ый", "ой", "ых", "ими", "ыми", "ние", "ния", "ство"};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() + 2 && s.substr(s.size() - suffix.size()) == suffix;
}

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view word) {
  for (std::string_view w : list) {
    if (w == word) return true;
  }
  return false;
}

// Lower-cases the basic Cyrillic block only: enough to compare with the lists above.
char32_t LowerCyrillic(char32_t cp) {
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  return cp;
}

bool IsKazakhLatinLetter(char32_t cp) {
  switch (cp) {
    case 0xE4:
    case 0xC4:
    case 0x11F:
    case 0x11E:
    case 0xF1:
    case 0xD1:
    case 0x16B:
    case 0x16A:
    case 0xF6:
    case 0xD6:
    case 0xFC:
    case 0xDC:
    case 0x15F:
    case 0x15E:
    case 0x131:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string_view LanguageCode(Language lang) {
  switch (lang) {
    case Language::kKazakh:
      return "kk";
    case Language::kRussian:
      return "ru";
    default:
      return "other";
  }
}

std::optional<Language> ParseLanguageCode(std::string_view code) {
  if (code == "kk") return Language::kKazakh;
  if (code == "ru") return Language::kRussian;
  if (code == "other") return Language::kOther;
  return std::nullopt;
}

LanguageVotes CountLanguageVotes(std::string_view text) {
  LanguageVotes votes;
  std::string word;  // current Cyrillic word, lower-cased
  bool word_kazakh_letter = false;
  int word_latin = 0, word_kazakh_latin = 0;
  auto finish_word = [&] {
    if (!word.empty()) {
      ++votes.cyrillic_words;
      if (word_kazakh_letter || Contains(kKazakhWords, word)) {
        ++votes.kazakh;
      } else if (Contains(kRussianWords, word)) {
        ++votes.russian;
      } else {
        for (std::string_view ending : kRussianEndings) {
          if (EndsWith(word, ending)) {
            ++votes.russian;
            break;
          }
        }
      }
    } else if (word_latin > 0) {
      ++votes.latin_words;
      if (word_kazakh_latin > 0) ++votes.kazakh;
    }
    word.clear();
    word_kazakh_letter = false;
    word_latin = word_kazakh_latin = 0;
  };
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = DecodeUtf8(text, &pos);
    if (IsCyrillic(cp)) {
      word_kazakh_letter |= IsKazakhCyrillicLetter(cp);
      AppendUtf8(LowerCyrillic(cp), &word);
    } else if (IsBasicLatinLetter(cp) || IsKazakhLatinLetter(cp)) {
      ++word_latin;
      word_kazakh_latin += IsKazakhLatinLetter(cp);
    } else if (cp == '-' || cp == '\'') {
      // inside a word: keep going
    } else {
      finish_word();
    }
  }
  finish_word();
  return votes;
}

Language DecideLanguage(const LanguageVotes& votes) {
  if (votes.cyrillic_words == 0) {
    return votes.kazakh > 0 && votes.kazakh * 4 >= votes.latin_words ? Language::kKazakh
                                                                     : Language::kOther;
  }
  if (votes.kazakh > votes.russian) return Language::kKazakh;
  if (votes.russian > votes.kazakh) return Language::kRussian;
  return votes.kazakh > 0 ? Language::kKazakh : Language::kRussian;
}

Language DetectLanguage(std::string_view text) { return DecideLanguage(CountLanguageVotes(text)); }

}  // namespace izdeu::analyzers
