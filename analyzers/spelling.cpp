#include "analyzers/spelling.h"

#include <algorithm>
#include <vector>

#include "analyzers/translit/kazakh_keyboard.h"
#include "common/utf8.h"

namespace izdeu::analyzers {
namespace {

constexpr size_t kMinLetters = 3;
constexpr size_t kMaxLetters = 30;
// One edit: most typing errors are one (Damerau 1964), and two edits turned real names into
// other names on a random-query bench (Кузенков -> кузнецов, рафальский -> уральский) at
// 90-200 ms a query: Xapian's suggestion search grows fast with the distance.
constexpr unsigned kXapianEditDistance = 1;
constexpr double kMaxDistance = 1.0;
// Long words (agglutinated forms) may differ by one more edit: the archive often has the word
// only in another form one ending away (былқылдақденелілерді for a typo of
// былқылдақденелілер), and that form searches the same stem.
constexpr size_t kLongWordLetters = 9;
constexpr unsigned kLongXapianEditDistance = 2;
constexpr double kLongMaxDistance = 2.0;
constexpr size_t kKeyboardProbes = 1;

std::u32string Letters(std::string_view s) {
  std::u32string out;
  size_t pos = 0;
  while (pos < s.size()) out.push_back(DecodeUtf8(s, &pos));
  return out;
}

bool IsVowelLetter(char32_t c) {
  return std::u32string_view(U"аәеоөұүыіиуэюяёaeiouy").find(c) != std::u32string_view::npos;
}

// Letters a Russian keyboard or a careless hand swaps for each other.
int ConfusionGroup(char32_t c) {
  switch (c) {
    case U'а':
    case U'ә':
      return 1;
    case U'о':
    case U'ө':
      return 2;
    case U'у':
    case U'ұ':
    case U'ү':
      return 3;
    case U'ы':
    case U'і':
    case U'и':
      return 4;
    case U'к':
    case U'қ':
      return 5;
    case U'г':
    case U'ғ':
      return 6;
    case U'н':
    case U'ң':
      return 7;
    case U'х':
    case U'һ':
      return 8;
    case U'е':
    case U'э':
      return 9;
    default:
      return 0;
  }
}

double SubstitutionCost(char32_t a, char32_t b) {
  if (a == b) return 0;
  int g = ConfusionGroup(a);
  if (g != 0 && g == ConfusionGroup(b)) return 0.5;
  if (IsVowelLetter(a) && IsVowelLetter(b)) return 0.8;
  return 1;
}

// Cost of inserting or deleting s[i], given its neighbours: a doubled letter is cheap, a vowel
// cheaper than a consonant (vowels are what hurried typing drops: бюджт, мәслихт).
double IndelCost(const std::u32string& s, size_t i) {
  if ((i > 0 && s[i - 1] == s[i]) || (i + 1 < s.size() && s[i + 1] == s[i])) return 0.5;
  return IsVowelLetter(s[i]) ? 0.7 : 1;
}

std::string CollapseDoubles(std::string_view norm) {
  std::u32string letters = Letters(norm);
  std::string out;
  for (size_t i = 0; i < letters.size(); ++i) {
    if (i > 0 && letters[i] == letters[i - 1]) continue;
    AppendUtf8(letters[i], &out);
  }
  return out;
}

Xapian::doccount Frequency(const Xapian::Database& db, const std::string& word) {
  Xapian::TermIterator it = db.spellings_begin();
  it.skip_to(word);
  if (it != db.spellings_end() && *it == word) return it.get_termfreq();
  return 0;
}

}  // namespace

bool IsSpellingWord(std::string_view norm) {
  size_t letters = 0, pos = 0;
  while (pos < norm.size()) {
    char32_t c = DecodeUtf8(norm, &pos);
    if (c == '-' && letters > 0 && pos < norm.size()) continue;
    if (!IsCyrillic(c) && !IsBasicLatinLetter(c)) return false;
    ++letters;
  }
  return letters >= kMinLetters && letters <= kMaxLetters;
}

double KazakhEditDistance(std::string_view a_utf8, std::string_view b_utf8) {
  const std::u32string a = Letters(a_utf8), b = Letters(b_utf8);
  std::vector<std::vector<double>> d(a.size() + 1, std::vector<double>(b.size() + 1, 0));
  for (size_t i = 1; i <= a.size(); ++i) d[i][0] = d[i - 1][0] + IndelCost(a, i - 1);
  for (size_t j = 1; j <= b.size(); ++j) d[0][j] = d[0][j - 1] + IndelCost(b, j - 1);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + IndelCost(a, i - 1), d[i][j - 1] + IndelCost(b, j - 1),
                          d[i - 1][j - 1] + SubstitutionCost(a[i - 1], b[j - 1])});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);  // transposed neighbours
    }
  }
  return d[a.size()][b.size()];
}

std::string SuggestSpelling(const Xapian::Database& db, std::string_view norm) {
  if (!IsSpellingWord(norm)) return "";
  const std::string word(norm);
  if (Frequency(db, word) > 0) return "";
  // Probes: the word, the word with doubled letters undone, its Kazakh-letter readings.
  std::vector<std::string> probes = {word};
  std::string collapsed = CollapseDoubles(word);
  if (collapsed != word) probes.push_back(collapsed);
  for (const auto& c : KazakhKeyboardCandidates(word, kKeyboardProbes)) probes.push_back(c.text);
  const bool long_word = Letters(word).size() >= kLongWordLetters;
  std::vector<std::string> candidates;
  for (const auto& probe : probes) {
    if (probe != word && Frequency(db, probe) > 0) candidates.push_back(probe);
    std::string s = db.get_spelling_suggestion(
        probe, long_word ? kLongXapianEditDistance : kXapianEditDistance);
    if (!s.empty()) candidates.push_back(std::move(s));
  }
  std::string best;
  double best_distance = (long_word ? kLongMaxDistance : kMaxDistance) + 1e-9;
  Xapian::doccount best_freq = 0;
  for (const auto& c : candidates) {
    if (c == word) continue;
    double distance = KazakhEditDistance(word, c);
    Xapian::doccount freq = Frequency(db, c);
    if (distance < best_distance - 1e-9 || (distance < best_distance + 1e-9 && freq > best_freq)) {
      best = c;
      best_distance = distance;
      best_freq = freq;
    }
  }
  return best;
}

}  // namespace izdeu::analyzers
