#include "analyzers/spelling.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyzers/kk/stemmer.h"
#include "analyzers/registry.h"
#include "analyzers/translit/kazakh_keyboard.h"
#include "common/utf8.h"

namespace izdeu::analyzers {
namespace {

constexpr size_t kMinLetters = 3;
constexpr size_t kMaxLetters = 30;
// One edit: most typing errors are one (Damerau 1964). Two edits turned real names into other
// names on a random-query bench (Кузенков -> кузнецов, рафальский -> уральский) and cost 90-200
// ms a query through Xapian's own suggestion search; the candidates here are the words one edit
// away, found by walking the sorted spelling table.
constexpr double kMaxDistance = 1.0;
// The whole-word probes (Kazakh letters restored, doubled letters undone) make several
// confusions at once; long words may differ by two.
constexpr size_t kLongWordLetters = 9;
constexpr double kLongMaxDistance = 2.0;
constexpr size_t kKeyboardProbes = 1;
// A known prefix whose ending is repaired (see SuggestSpelling) is at least this long: shorter
// ones are roots of too many unrelated words.
constexpr size_t kMinPrefixLetters = 4;
// Longer endings after a known prefix are not tried: every edit of an ending costs a stemming.
constexpr size_t kMaxEndingLetters = 8;

constexpr std::u32string_view kCyrillicLetters = U"аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
constexpr std::u32string_view kLatinLetters = U"abcdefghijklmnopqrstuvwxyz";

std::u32string Letters(std::string_view s) {
  std::u32string out;
  size_t pos = 0;
  while (pos < s.size()) out.push_back(DecodeUtf8(s, &pos));
  return out;
}

std::string Utf8(std::u32string_view letters) {
  std::string out;
  for (char32_t c : letters) AppendUtf8(c, &out);
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

// The spelling table through one cursor of Xapian's sorted word list (spellings_begin, skip_to):
// a seek costs about 1 µs where a fresh iterator costs 12. Answers are memoised for the call.
class SpellingTable {
 public:
  explicit SpellingTable(const Xapian::Database& db) : db_(db), it_(db.spellings_begin()) {}

  // Documents with `word`; 0 when the table does not have it.
  Xapian::doccount Frequency(const std::string& word) {
    auto [memo, added] = frequency_.try_emplace(word, 0);
    if (added && Seek(word) && *it_ == word) memo->second = it_.get_termfreq();
    return memo->second;
  }

  // The letters that the table's words continue `prefix` with, in code point order (empty when
  // no word starts with `prefix`). Costs one seek per letter.
  const std::u32string& NextLetters(const std::string& prefix) {
    auto [memo, added] = next_letters_.try_emplace(prefix);
    if (!added) return memo->second;
    std::string key = prefix;
    while (Seek(key)) {
      const std::string word = *it_;
      if (word.compare(0, prefix.size(), prefix) != 0) break;
      if (word.size() == prefix.size()) {
        frequency_[prefix] = it_.get_termfreq();
        key.push_back('\0');  // the first word after `prefix` itself
        continue;
      }
      size_t pos = prefix.size();
      const char32_t next = DecodeUtf8(word, &pos);
      memo->second.push_back(next);
      key = prefix;
      AppendUtf8(next + 1, &key);  // past every word continuing with `next`
    }
    return memo->second;
  }

 private:
  // Moves to the first word >= key; false past the last word.
  bool Seek(const std::string& key) {
    if (it_ == db_.spellings_end()) it_ = db_.spellings_begin();
    it_.skip_to(key);
    return it_ != db_.spellings_end();
  }

  const Xapian::Database& db_;
  Xapian::TermIterator it_;
  std::unordered_map<std::string, Xapian::doccount> frequency_;
  std::unordered_map<std::string, std::u32string> next_letters_;
};

// Calls visit(variant, frequency) for strings one edit away from `word` (a letter dropped,
// added or replaced, or two neighbours swapped) whose start some word of `table` has, with the
// variant's frequency in the table (0 when absent). The first letter is only replaced by a
// letter it is confused with (к/қ ...): people rarely mistype it, and edits there turned names
// into other names (әсімов -> мәсімов). Letters to try at a position are those the table
// continues the prefix with, and once no word starts with the prefix the later positions are
// skipped: a look-up is spent only on variants that may be a word or a word's form.
template <typename Visit>
void ForEachNeighbour(SpellingTable& table, const std::u32string& word, Visit visit) {
  auto check = [&](const std::u32string& variant) {
    std::string v = Utf8(variant);
    const Xapian::doccount freq = table.Frequency(v);
    visit(v, freq);
  };
  const size_t n = word.size();
  for (char32_t c : kCyrillicLetters) {
    if (c != word[0] && ConfusionGroup(c) != 0 && ConfusionGroup(c) == ConfusionGroup(word[0]))
      check(c + word.substr(1));
  }
  for (size_t i = 1; i <= n; ++i) {
    const std::u32string prefix = word.substr(0, i);
    const std::u32string& next = table.NextLetters(Utf8(prefix));
    if (next.empty()) break;
    if (i < n) check(prefix + word.substr(i + 1));                              // word[i] dropped
    if (i + 1 < n) check(prefix + word[i + 1] + word[i] + word.substr(i + 2));  // swapped
    for (char32_t c : next) {
      if (i < n && c != word[i]) check(prefix + c + word.substr(i + 1));  // replaced
      check(prefix + c + word.substr(i));                                 // added
    }
  }
}

// Calls found(variant, frequency) for each word of `table` as long as `word` that differs from
// it only by cheap substitutions (a Kazakh letter typed on a Russian keyboard, one vowel for
// another) costing at most `budget` together: мәслихаттың for маслихаттын, президент for
// призедент. A depth-first walk along the table's prefixes: a branch ends where no word goes on.
// The first letter is only replaced by a letter it is confused with, as in ForEachNeighbour.
template <typename Found>
void ForEachCheapReading(SpellingTable& table, const std::u32string& word, double budget,
                         Found found) {
  std::u32string path;
  auto walk = [&](auto& self, double cost) -> void {
    const size_t i = path.size();
    if (i == word.size()) {
      const std::string v = Utf8(path);
      if (cost > 0) {
        if (const Xapian::doccount freq = table.Frequency(v); freq > 0) found(v, freq);
      }
      return;
    }
    const std::u32string next = table.NextLetters(Utf8(path));
    for (char32_t c : next) {
      const double step = SubstitutionCost(word[i], c);
      if (step >= 1 || cost + step > budget + 1e-9) continue;
      if (i == 0 && step > 0 && ConfusionGroup(c) != ConfusionGroup(word[0])) continue;
      path.push_back(c);
      self(self, cost + step);
      path.pop_back();
    }
  };
  walk(walk, 0);
}

// Calls edited(variant) for every string one edit away from `s` (letters from `alphabet`).
template <typename Edited>
void ForEachEdit(const std::u32string& s, std::u32string_view alphabet, Edited edited) {
  for (size_t i = 0; i <= s.size(); ++i) {
    const std::u32string head = s.substr(0, i);
    if (i < s.size()) edited(head + s.substr(i + 1));
    if (i + 1 < s.size()) edited(head + s[i + 1] + s[i] + s.substr(i + 2));
    for (char32_t c : alphabet) {
      if (i < s.size() && c != s[i]) edited(head + c + s.substr(i + 1));
      edited(head + c + s.substr(i));
    }
  }
}

// A candidate correction and what ranks it.
struct Candidate {
  std::string word;
  double distance = 0;        // KazakhEditDistance from the typed word
  bool attested = false;      // the archive has this very form
  Xapian::doccount freq = 0;  // documents with the word, or with its known part
  double context = 0;         // other query words found in one article with it (CoOccurring)
};

// The other query words choose only among close readings: at most this many, ranked at most
// kContextMargin behind the best, each checked in at most kContextArticles articles. Context
// checks over frequent stems are the costliest part of a suggestion: six unbounded ones (a
// CoordWeight query each) made it 3.8 ms p99 a word on the real 100k archive, 0.74 ms now.
constexpr size_t kContextCandidates = 4;
constexpr double kContextMargin = 0.5;
constexpr size_t kContextArticles = 128;

// A context term: the index term of another query word, weighted by its rarity.
struct ContextTerm {
  std::string term;
  double idf = 0;
};

// The terms of the other query words worth checking a candidate against: Kazakh stems of the
// words that are neither `word` nor function words, each once, those the index has; weighted
// by idf (log N/df): a name or a rare word shared with a candidate says more than a common
// word, which shares an article with almost anything.
std::vector<ContextTerm> ContextTerms(const Xapian::Database& db,
                                      const std::vector<std::string>& context,
                                      const std::string& word) {
  std::vector<ContextTerm> terms;
  const double docs = std::max(1u, db.get_doccount());
  for (const auto& w : context) {
    if (w == word || !IsSpellingWord(w) || IsStopwordInAnyLanguage(w)) continue;
    std::string term = kk::SharedKazakhStemmer().Stem(w);
    if (std::any_of(terms.begin(), terms.end(), [&](const auto& t) { return t.term == term; }))
      continue;
    if (const Xapian::doccount df = db.get_termfreq(term); df > 0)
      terms.push_back({std::move(term), std::log(docs / df)});
  }
  return terms;
}

// How well `word` fits the other query words: the most that one article with `word`'s stem
// has of `context` (the sum of their idf). Cost is bounded: the first kContextArticles
// articles with the stem are looked at (all of them for all but frequent stems), each with a
// skip_to per context term.
double CoOccurring(const Xapian::Database& db, const std::string& word,
                   const std::vector<ContextTerm>& context) {
  const std::string stem = kk::SharedKazakhStemmer().Stem(word);
  std::vector<Xapian::PostingIterator> lists;
  double all = 0;
  for (const auto& t : context) {
    lists.push_back(db.postlist_begin(t.term));
    all += t.idf;
  }
  double best = 0;
  size_t articles = 0;
  for (auto it = db.postlist_begin(stem); it != db.postlist_end(stem); ++it) {
    if (++articles > kContextArticles || best >= all) break;
    const Xapian::docid doc = *it;
    double shared = 0;
    for (size_t i = 0; i < lists.size(); ++i) {
      if (lists[i] == db.postlist_end(context[i].term)) continue;
      if (*lists[i] < doc) lists[i].skip_to(doc);
      if (lists[i] != db.postlist_end(context[i].term) && *lists[i] == doc)
        shared += context[i].idf;
    }
    best = std::max(best, shared);
  }
  return best;
}

// A form the archive does not have ranks as if it were this much further: the archive's own
// words are the likelier readings (қазақстаннсың is қазақстанның, not қазақстаннысың).
constexpr double kUnattestedCost = 0.5;

// Frequency against distance (a noisy channel: -log P(typo|word) - log P(word), with the
// distance as the first term's scale): ten times the documents are worth 0.23 of an edit, so a
// far more frequent word wins over a rare one a shade nearer (мемлекеттік, not the archive's
// own typo мемлекетік, for мемлекетәік). Chosen on misspelt random-query words of the real 100k
// archive (bench/spelling_bench.cpp --misspell): 96.0% right without it, 97.1% with it.
constexpr double kFrequencyWeight = 0.1;

double RankDistance(const Candidate& c) {
  return c.distance + (c.attested ? 0 : kUnattestedCost) -
         kFrequencyWeight * std::log(1.0 + c.freq);
}

bool Better(const Candidate& a, const Candidate& b) {
  if (std::abs(a.context - b.context) > 1e-6) return a.context > b.context;
  if (std::abs(RankDistance(a) - RankDistance(b)) > 1e-9) return RankDistance(a) < RankDistance(b);
  if (a.freq != b.freq) return a.freq > b.freq;
  return a.word < b.word;
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

std::string SuggestSpelling(const Xapian::Database& db, std::string_view norm,
                            const std::vector<std::string>& context) {
  if (!IsSpellingWord(norm)) return "";
  const std::string word(norm);
  SpellingTable table(db);
  if (table.Frequency(word) > 0) return "";
  const std::u32string letters = Letters(word);
  const kk::KazakhStemmer& stemmer = kk::SharedKazakhStemmer();
  std::vector<Candidate> candidates;
  auto consider = [&](Candidate c) {
    if (c.word != word) candidates.push_back(std::move(c));
  };

  // Whole-word probes: Kazakh letters restored (Russian keyboard), doubled letters undone.
  const double probe_max = letters.size() >= kLongWordLetters ? kLongMaxDistance : kMaxDistance;
  std::vector<std::string> probes;
  if (std::string collapsed = CollapseDoubles(word); collapsed != word) probes.push_back(collapsed);
  for (const auto& c : KazakhKeyboardCandidates(word, kKeyboardProbes)) probes.push_back(c.text);
  for (const auto& probe : probes) {
    const double distance = KazakhEditDistance(word, probe);
    if (distance <= probe_max + 1e-9 && table.Frequency(probe) > 0)
      consider({probe, distance, true, table.Frequency(probe)});
  }

  // Words of the same length a few cheap substitutions away.
  ForEachCheapReading(table, letters, probe_max, [&](const std::string& v, Xapian::doccount freq) {
    consider({v, KazakhEditDistance(word, v), true, freq});
  });

  // Words one edit away: those of the archive, and forms the archive lacks of a stem it has
  // (ромқанындағы: романындағы is absent, but its stem роман is there). The stem is at least
  // kMinPrefixLetters long: short roots take too many endings to say anything.
  ForEachNeighbour(table, letters, [&](const std::string& v, Xapian::doccount freq) {
    if (freq > 0) {
      consider({v, KazakhEditDistance(word, v), true, freq});
      return;
    }
    const std::string stem = stemmer.Stem(v);
    if (stem.size() >= v.size() || Letters(stem).size() < kMinPrefixLetters) return;
    if (const Xapian::doccount stem_freq = table.Frequency(stem); stem_freq > 0)
      consider({v, KazakhEditDistance(word, v), false, stem_freq});
  });

  // The ending mistyped after a known word (эволюциядаығ: эволюция + даығ): the longest known
  // prefix keeps, its ending is edited once, and the form is kept if the stemmer takes it for a
  // form of that prefix (эволюциядағы). The form need not be in the archive: its stem is. Only
  // for a word the stemmer cannot split: one it splits has an ending that is already one
  // (мүсіреповтің, қуатқызы are names, not typos of мүсіреповтың, қуатқыны).
  size_t prefix_letters = 0;
  const bool unsplit = stemmer.Stem(word) == word;
  for (size_t i = letters.size() - 1; unsplit && i >= kMinPrefixLetters; --i) {
    if (table.Frequency(Utf8(letters.substr(0, i))) > 0) {
      prefix_letters = i;
      break;
    }
  }
  if (prefix_letters > 0 && letters.size() - prefix_letters <= kMaxEndingLetters) {
    const std::string prefix = Utf8(letters.substr(0, prefix_letters));
    const std::string prefix_stem = stemmer.Stem(prefix);
    const std::u32string_view alphabet =
        IsBasicLatinLetter(letters[0]) ? kLatinLetters : kCyrillicLetters;
    ForEachEdit(letters.substr(prefix_letters), alphabet, [&](const std::u32string& ending) {
      std::string form = prefix + Utf8(ending);
      if (form == word || stemmer.Stem(form) != prefix_stem) return;
      consider({form, KazakhEditDistance(word, form), table.Frequency(form) > 0,
                table.Frequency(prefix)});
    });
  }

  if (candidates.empty()) return "";
  std::sort(candidates.begin(), candidates.end(), Better);
  std::unordered_set<std::string> seen;  // a word found twice keeps its better ranking
  std::erase_if(candidates, [&](const Candidate& c) { return !seen.insert(c.word).second; });
  // Several readings: the one found in an article with the query's other words wins (шешеннің
  // beside шеннің when the question is about a шешен).
  if (candidates.size() > 1 && !context.empty() &&
      RankDistance(candidates[1]) <= RankDistance(candidates[0]) + kContextMargin + 1e-9) {
    const std::vector<ContextTerm> terms = ContextTerms(db, context, word);
    if (!terms.empty()) {
      const double best = RankDistance(candidates.front());
      size_t close = 1;
      while (close < std::min(candidates.size(), kContextCandidates) &&
             RankDistance(candidates[close]) <= best + kContextMargin + 1e-9)
        ++close;
      candidates.resize(close);
      if (close > 1) {
        for (auto& c : candidates) c.context = CoOccurring(db, c.word, terms);
        std::sort(candidates.begin(), candidates.end(), Better);
      }
    }
  }
  return candidates.front().word;
}

}  // namespace izdeu::analyzers
