#include "analyzers/translit/kazakh_keyboard.h"

#include <algorithm>
#include <queue>

#include "common/utf8.h"

namespace izdeu::analyzers {
namespace {

struct Option {
  char32_t letter;
  int cost;
};

constexpr int kMaxOptions = 3;
struct Options {
  Option option[kMaxOptions];
  int count;
};

enum Hypothesis { kBackWord = 0, kFrontWord = 1 };

// Readings of one typed letter under a harmony hypothesis; letters that no Kazakh letter is
// typed as read as themselves.
Options OptionsFor(char32_t c, Hypothesis h) {
  const bool back = h == kBackWord;
  switch (c) {
    case U'а':
      return back ? Options{{{U'а', 0}, {U'ә', 2}}, 2} : Options{{{U'ә', 0}, {U'а', 1}}, 2};
    case U'о':
      return back ? Options{{{U'о', 0}, {U'ө', 2}}, 2} : Options{{{U'ө', 0}, {U'о', 1}}, 2};
    case U'у':
      return back ? Options{{{U'у', 0}, {U'ұ', 1}, {U'ү', 2}}, 3}
                  : Options{{{U'ү', 0}, {U'у', 1}, {U'ұ', 2}}, 3};
    case U'ы':
      return back ? Options{{{U'ы', 0}, {U'і', 2}}, 2} : Options{{{U'і', 0}, {U'ы', 1}}, 2};
    case U'и':
      return back ? Options{{{U'и', 0}, {U'і', 2}}, 2} : Options{{{U'і', 0}, {U'и', 1}}, 2};
    case U'к':
      return back ? Options{{{U'қ', 0}, {U'к', 1}}, 2} : Options{{{U'к', 0}, {U'қ', 2}}, 2};
    case U'г':
      return back ? Options{{{U'ғ', 0}, {U'г', 1}}, 2} : Options{{{U'г', 0}, {U'ғ', 2}}, 2};
    case U'н':
      return Options{{{U'н', 0}, {U'ң', 1}}, 2};
    case U'х':
      return Options{{{U'х', 0}, {U'һ', 1}}, 2};
    default:
      return Options{{{c, 0}}, 1};
  }
}

struct State {
  int cost;
  size_t index;  // letters read so far
  Hypothesis hypothesis;
  std::u32string text;
  bool operator>(const State& other) const {
    return cost != other.cost ? cost > other.cost : text > other.text;
  }
};

constexpr size_t kMaxLetters = 40;        // longer words are not looked up letter by letter
constexpr size_t kMaxExpansions = 20000;  // bounds work on long words with many ambiguous letters

}  // namespace

bool LacksKazakhLetters(std::string_view word) {
  bool cyrillic = false;
  size_t pos = 0;
  while (pos < word.size()) {
    char32_t c = DecodeUtf8(word, &pos);
    if (IsKazakhCyrillicLetter(c)) return false;
    cyrillic |= IsCyrillic(c);
  }
  return cyrillic;
}

std::vector<KazakhSpelling> KazakhKeyboardCandidates(std::string_view word, size_t limit) {
  std::vector<KazakhSpelling> out;
  if (!LacksKazakhLetters(word)) return out;
  std::u32string letters;
  size_t pos = 0;
  while (pos < word.size()) {
    char32_t c = DecodeUtf8(word, &pos);
    if (!IsCyrillic(c) && c != '-') return out;
    letters.push_back(c);
  }
  if (letters.size() > kMaxLetters) return out;

  std::priority_queue<State, std::vector<State>, std::greater<State>> queue;
  queue.push(State{0, 0, kBackWord, {}});
  queue.push(State{0, 0, kFrontWord, {}});
  size_t expansions = 0;
  while (!queue.empty() && out.size() < limit && expansions < kMaxExpansions) {
    State state = queue.top();
    queue.pop();
    ++expansions;
    if (state.index == letters.size()) {
      if (state.text == letters) continue;  // the word as typed is searched anyway
      std::string text;
      for (char32_t c : state.text) AppendUtf8(c, &text);
      if (std::none_of(out.begin(), out.end(), [&](const auto& s) { return s.text == text; }))
        out.push_back({std::move(text), state.cost});
      continue;
    }
    Options options = OptionsFor(letters[state.index], state.hypothesis);
    for (int i = 0; i < options.count; ++i) {
      State next{state.cost + options.option[i].cost, state.index + 1, state.hypothesis,
                 state.text};
      next.text.push_back(options.option[i].letter);
      queue.push(std::move(next));
    }
  }
  return out;
}

}  // namespace izdeu::analyzers
