#include "analyzers/translit/latin_to_cyrillic.h"

#include <algorithm>
#include <array>
#include <queue>

#include "common/utf8.h"

namespace izdeu::analyzers {
namespace {

// One way to read a piece of Latin text: `latin` (UTF-8, lower case) spelled `cyrillic`, at `cost`.
struct Reading {
  std::string_view latin;
  std::string_view cyrillic;
  int cost;
};

// Longer pieces first within each letter so that sh, g', ts are tried before s, g, t.
// Cost 0: the 2021 or 2018 official value; cost 1: what informal ASCII typing usually means.
constexpr std::array kReadings = {
    Reading{"sch", "щ", 0}, Reading{"sh", "ш", 0}, Reading{"ch", "ч", 0}, Reading{"zh", "ж", 0},
    Reading{"kh", "х", 1},  Reading{"ts", "ц", 0}, Reading{"ya", "я", 1}, Reading{"ia", "я", 0},
    Reading{"yu", "ю", 1},  Reading{"iu", "ю", 0}, Reading{"yo", "е", 1}, Reading{"io", "е", 0},
    Reading{"a'", "ә", 0},  Reading{"g'", "ғ", 0}, Reading{"n'", "ң", 0}, Reading{"o'", "ө", 0},
    Reading{"u'", "ү", 0},  Reading{"s'", "ш", 0}, Reading{"c'", "ч", 0}, Reading{"i'", "и", 0},
    Reading{"y'", "у", 0},  Reading{"ä", "ә", 0},  Reading{"ğ", "ғ", 0},  Reading{"ñ", "ң", 0},
    Reading{"ö", "ө", 0},   Reading{"ü", "ү", 0},  Reading{"ū", "ұ", 0},  Reading{"ş", "ш", 0},
    Reading{"ç", "ч", 0},   Reading{"a", "а", 0},  Reading{"a", "ә", 1},  Reading{"b", "б", 0},
    Reading{"c", "с", 0},   Reading{"c", "ц", 1},  Reading{"d", "д", 0},  Reading{"e", "е", 0},
    Reading{"e", "ә", 1},   Reading{"e", "э", 1},  Reading{"f", "ф", 0},  Reading{"g", "г", 0},
    Reading{"g", "ғ", 1},   Reading{"h", "х", 0},  Reading{"h", "һ", 1},  Reading{"i", "і", 0},
    Reading{"i", "и", 0},   Reading{"i", "й", 0},  Reading{"i", "ы", 1},  Reading{"j", "ж", 0},
    Reading{"j", "й", 1},   Reading{"k", "к", 0},  Reading{"k", "қ", 1},  Reading{"l", "л", 0},
    Reading{"m", "м", 0},   Reading{"n", "н", 0},  Reading{"n", "ң", 1},  Reading{"o", "о", 0},
    Reading{"o", "ө", 1},   Reading{"p", "п", 0},  Reading{"q", "қ", 0},  Reading{"r", "р", 0},
    Reading{"s", "с", 0},   Reading{"s", "ш", 1},  Reading{"t", "т", 0},  Reading{"u", "у", 0},
    Reading{"u", "ұ", 0},   Reading{"u", "ү", 1},  Reading{"v", "в", 0},  Reading{"w", "у", 1},
    Reading{"x", "х", 1},   Reading{"x", "кс", 1}, Reading{"y", "ы", 0},  Reading{"y", "й", 1},
    Reading{"y", "у", 1},   Reading{"z", "з", 0},  Reading{"'", "", 1},
};

// Best-first search over readings: a state is (bytes of `word` consumed, Cyrillic so far, cost).
struct State {
  int cost;
  size_t consumed;
  std::string text;
  bool operator>(const State& other) const {
    return cost != other.cost ? cost > other.cost : text > other.text;
  }
};

constexpr size_t kMaxExpansions = 20000;  // bounds work on long words with many ambiguous letters

}  // namespace

bool IsLatinWord(std::string_view word) {
  if (word.empty()) return false;
  size_t pos = 0;
  while (pos < word.size()) {
    char32_t cp = DecodeUtf8(word, &pos);
    bool latin = IsBasicLatinLetter(cp) || cp == '\'' || (cp >= 0xC0 && cp <= 0x17F);
    if (!latin) return false;
  }
  return true;
}

std::vector<CyrillicCandidate> LatinToCyrillicCandidates(std::string_view word, size_t limit) {
  std::vector<CyrillicCandidate> out;
  if (!IsLatinWord(word)) return out;
  std::priority_queue<State, std::vector<State>, std::greater<State>> queue;
  queue.push(State{0, 0, ""});
  size_t expansions = 0;
  while (!queue.empty() && out.size() < limit && expansions < kMaxExpansions) {
    State state = queue.top();
    queue.pop();
    ++expansions;
    if (state.consumed == word.size()) {
      if (!state.text.empty() &&
          (out.empty() || std::none_of(out.begin(), out.end(),
                                       [&](const auto& c) { return c.text == state.text; }))) {
        out.push_back({state.text, state.cost});
      }
      continue;
    }
    std::string_view rest = word.substr(state.consumed);
    bool any = false;
    for (const Reading& r : kReadings) {
      if (rest.substr(0, r.latin.size()) != r.latin) continue;
      any = true;
      queue.push(State{state.cost + r.cost, state.consumed + r.latin.size(),
                       state.text + std::string(r.cyrillic)});
    }
    if (!any) {  // a Latin letter with no Kazakh reading (e.g. é): drop it at a cost
      size_t pos = state.consumed;
      DecodeUtf8(word, &pos);
      queue.push(State{state.cost + 2, pos, state.text});
    }
  }
  return out;
}

std::string CyrillicToLatin2021(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    size_t begin = pos;
    char32_t cp = DecodeUtf8(text, &pos);
    if (cp >= 0x410 && cp <= 0x42F) cp += 0x20;  // lower-case: ids and keys are lower case
    const char* latin = nullptr;
    switch (cp) {
      case U'а':
        latin = "a";
        break;
      case U'ә':
        latin = "ä";
        break;
      case U'б':
        latin = "b";
        break;
      case U'в':
        latin = "v";
        break;
      case U'г':
        latin = "g";
        break;
      case U'ғ':
        latin = "ğ";
        break;
      case U'д':
        latin = "d";
        break;
      case U'е':
        latin = "e";
        break;
      case U'ё':
        latin = "io";
        break;
      case U'ж':
        latin = "j";
        break;
      case U'з':
        latin = "z";
        break;
      case U'и':
        latin = "i";
        break;
      case U'й':
        latin = "i";
        break;
      case U'к':
        latin = "k";
        break;
      case U'қ':
        latin = "q";
        break;
      case U'л':
        latin = "l";
        break;
      case U'м':
        latin = "m";
        break;
      case U'н':
        latin = "n";
        break;
      case U'ң':
        latin = "ñ";
        break;
      case U'о':
        latin = "o";
        break;
      case U'ө':
        latin = "ö";
        break;
      case U'п':
        latin = "p";
        break;
      case U'р':
        latin = "r";
        break;
      case U'с':
        latin = "s";
        break;
      case U'т':
        latin = "t";
        break;
      case U'у':
        latin = "u";
        break;
      case U'ұ':
        latin = "ū";
        break;
      case U'ү':
        latin = "ü";
        break;
      case U'ф':
        latin = "f";
        break;
      case U'х':
        latin = "h";
        break;
      case U'һ':
        latin = "h";
        break;
      case U'ц':
        latin = "ts";
        break;
      case U'ч':
        latin = "ch";
        break;
      case U'ш':
        latin = "ş";
        break;
      case U'щ':
        latin = "sch";
        break;
      case U'ъ':
        latin = "";
        break;
      case U'ы':
        latin = "y";
        break;
      case U'і':
        latin = "ı";
        break;
      case U'ь':
        latin = "";
        break;
      case U'э':
        latin = "e";
        break;
      case U'ю':
        latin = "iu";
        break;
      case U'я':
        latin = "ia";
        break;
      default:
        break;
    }
    if (latin != nullptr) {
      out += latin;
    } else if (cp == U'Ә' || cp == U'Ғ' || cp == U'Қ' || cp == U'Ң' || cp == U'Ө' || cp == U'Ұ' ||
               cp == U'Ү' || cp == U'Һ' || cp == U'І') {
      std::string lower;
      AppendUtf8(cp == U'І' ? U'і' : cp + 1, &lower);
      out += CyrillicToLatin2021(lower);
    } else {
      out.append(text.substr(begin, pos - begin));
    }
  }
  return out;
}

std::string AsciiLatin(std::string text) {
  static const std::pair<std::string_view, std::string_view> kFolds[] = {
      {"ä", "a"}, {"ğ", "g"},  {"ñ", "n"}, {"ö", "o"}, {"ū", "u"},
      {"ü", "u"}, {"ş", "sh"}, {"ı", "i"}, {"'", ""}};
  for (const auto& [from, to] : kFolds) {
    for (size_t p; (p = text.find(from)) != std::string::npos;) text.replace(p, from.size(), to);
  }
  return text;
}

}  // namespace izdeu::analyzers
