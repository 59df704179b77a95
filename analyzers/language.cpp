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
constexpr std::array<std::string_view, 64> kRussianWords = {
    "и",       "в",       "во",    "на",   "с",    "со",  "по",     "не",    "что",
    "для",     "от",      "как",   "это",  "из",   "к",   "о",      "об",    "за",
    "при",     "также",   "его",   "ее",   "их",   "был", "была",   "были",  "будет",
    "который", "которые", "года",  "году", "он",   "она", "они",    "или",   "но",
    "до",      "после",   "между", "так",  "без",  "под", "над",    "через", "все",
    "всех",    "мы",      "вы",    "я",    "уже",  "еще", "только", "может", "более",
    "этого",   "этом",    "этой",  "эти",  "того", "чем", "где",    "когда", "если"};
// Endings that Kazakh words (outside Russian loans) do not have.
constexpr std::array<std::string_view, 41> kRussianEndings = {
    "ого",  "его", "ему", "ому",  "ться",    "тся", "ции", "ция",  "ий",   "ый",   "ой",
    "ых",   "их",  "ими", "ыми",  "ние",     "ния", "нию", "ство", "ства", "ости", "ость",
    "ными", "ной", "ную", "ная",  "ное",     "ами", "ями", "ете",  "ить",  "ать",  "ять",
    "ует",  "ают", "ены", "ован", "ировать", "ью",  "ием", "ом"};
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
  bool word_capitalised = false;
  bool word_russian_letter = false;  // ё ъ щ: Russian spelling
  int quote_depth = 0;               // inside «...»: often names, which tell the language less
  int word_latin = 0, word_kazakh_latin = 0;
  auto finish_word = [&] {
    if (!word.empty()) {
      ++votes.cyrillic_words;
      // Votes are in halves: a capitalised word with a Kazakh letter is most often a name
      // (Үкімет үйі, «Ұлы дала» inside Russian text), so it counts half.
      if (word_kazakh_letter) {
        votes.kazakh += word_capitalised || quote_depth > 0 ? 1 : 2;
      } else if (Contains(kKazakhWords, word)) {
        votes.kazakh += 2;
      } else if (word_russian_letter || Contains(kRussianWords, word)) {
        votes.russian += 2;
      } else {
        for (std::string_view ending : kRussianEndings) {
          if (EndsWith(word, ending)) {
            votes.russian += 2;
            break;
          }
        }
      }
    } else if (word_latin > 0) {
      ++votes.latin_words;
      if (word_kazakh_latin > 0) ++votes.kazakh;
    }
    word.clear();
    word_kazakh_letter = word_capitalised = word_russian_letter = false;
    word_latin = word_kazakh_latin = 0;
  };
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = DecodeUtf8(text, &pos);
    if (IsCyrillic(cp)) {
      word_kazakh_letter |= IsKazakhCyrillicLetter(cp);
      if (word.empty())
        word_capitalised = LowerCyrillic(cp) != cp || cp == 0x406 || (cp % 2 == 0 && cp >= 0x460);
      word_russian_letter |=
          cp == 0x451 || cp == 0x401 || cp == 0x44A || cp == 0x42A || cp == 0x449 || cp == 0x429;
      AppendUtf8(LowerCyrillic(cp), &word);
    } else if (IsBasicLatinLetter(cp) || IsKazakhLatinLetter(cp)) {
      ++word_latin;
      word_kazakh_latin += IsKazakhLatinLetter(cp);
    } else if (cp == '-' || cp == '\'') {
      // inside a word: keep going
    } else {
      finish_word();
      if (cp == 0xAB) ++quote_depth;                     // «
      if (cp == 0xBB && quote_depth > 0) --quote_depth;  // »
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
  if (votes.russian != votes.kazakh)
    return votes.russian > votes.kazakh ? Language::kRussian : Language::kKazakh;
  // No clue either way. Three or more Cyrillic words without one Kazakh letter are rare in
  // Kazakh (about every second Kazakh word has one), so that is Russian; shorter text goes to
  // Kazakh, since izdeu's archives are Kazakh first.
  return votes.kazakh == 0 && votes.cyrillic_words >= 3 ? Language::kRussian : Language::kKazakh;
}

Language DetectLanguage(std::string_view text) { return DecideLanguage(CountLanguageVotes(text)); }

}  // namespace izdeu::analyzers
