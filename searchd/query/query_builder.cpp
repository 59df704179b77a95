#include "searchd/query/query_builder.h"

#include <algorithm>
#include <optional>

#include "analyzers/kk/form_stems.h"
#include "analyzers/org/org_extractor.h"
#include "analyzers/translit/kazakh_keyboard.h"
#include "analyzers/translit/latin_to_cyrillic.h"
#include "schema/schema.h"

namespace izdeu::searchd {
namespace {

using analyzers::Language;

// Latin words: how many Cyrillic readings to try, and how many that exist to search together.
constexpr size_t kMaxLatinCandidates = 256;
constexpr size_t kMaxLatinSpellings = 4;
constexpr size_t kMinReadingStemBytes = 6;  // three Cyrillic letters
// Cyrillic words without Kazakh letters (Russian keyboard): readings tried, readings kept, and
// the weight of their matches, so that the spelling as typed ranks first (analysis helper).
constexpr size_t kMaxKeyboardCandidates = 64;
constexpr size_t kMaxKeyboardSpellings = 4;
constexpr double kKeyboardWeight = 0.9;
// Readings up to this much dearer than the cheapest one found are kept too: маслихат (the
// Russian spelling, cost 1) must not hide мәслихат (a loan that mixes harmony, cost 3).
constexpr int kKeyboardCostWindow = 2;

Xapian::Query Combine(Xapian::Query::op op, const std::vector<Xapian::Query>& parts) {
  if (parts.empty()) return Xapian::Query();
  if (parts.size() == 1) return parts[0];
  return Xapian::Query(op, parts.begin(), parts.end());
}

// True for a stopword or question word, also when typed on a Russian keyboard (ким for кім,
// калай for қалай): such words are left out beside other words. `readings`:
// KazakhKeyboardCandidates(norm), of which the cheapest (among the first 8) are looked at.
bool IsStopwordAsTyped(const std::string& norm,
                       const std::vector<analyzers::KazakhSpelling>& readings) {
  if (analyzers::Analyzer::IsStopword(norm)) return true;
  for (size_t i = 0; i < readings.size() && i < 8; ++i) {
    if (readings[i].cost > readings[0].cost) break;
    if (analyzers::Analyzer::IsStopword(readings[i].text)) return true;
  }
  return false;
}

// True when `node` has words to rank by (not only filters).
bool HasText(const QueryNode& node) {
  if (node.kind == NodeKind::kField) return false;
  if (node.kind != NodeKind::kAnd && node.kind != NodeKind::kOr) return true;
  for (const auto& child : node.children) {
    if (child.occur != Occur::kMustNot && HasText(child)) return true;
  }
  return false;
}

}  // namespace

std::string QueryBuilder::OrgTerm(const std::string& org) {
  const auto& extractor = analyzers::SharedOrgExtractor();
  std::string id;
  if (TermExists(std::string(schema::kOrgPrefix) + org)) {
    id = org;  // already an id
  } else if (auto info = extractor.Resolve(org)) {
    id = info->id;
  } else {
    id = analyzers::OrgIdFor(org);
  }
  return std::string(schema::kOrgPrefix) + id;
}

Xapian::Query QueryBuilder::WordQuery(const std::string& norm, const std::string& prefix,
                                      BuiltQuery* out, std::vector<std::string>* stems_out,
                                      bool with_word_start) {
  std::vector<std::string> stems;
  auto add = [&](const std::string& stem) {
    if (std::find(stems.begin(), stems.end(), stem) == stems.end()) stems.push_back(stem);
  };
  // A Cyrillic word's stems: Kazakh when it has a Kazakh letter or the query is certainly
  // Kazakh; else both its Kazakh and Russian stems, keeping those the index has.
  auto add_cyrillic = [&](const std::string& word) {
    // StemLanguage with a Russian context answers kKazakh only for words with a Kazakh letter.
    Language word_lang = analyzers::Analyzer::StemLanguage(word, Language::kRussian);
    if (word_lang != Language::kRussian || lang_certain_) {
      // A query certainly in one language may still name something the archive writes in the
      // other (Конденсация in a Kazakh question typed without Kazakh letters).
      std::string stem = analyzer_.Stem(word, query_lang_);
      const Language other =
          query_lang_ == Language::kRussian ? Language::kKazakh : Language::kRussian;
      std::string other_stem = analyzer_.Stem(word, other);
      if (!TermExists(prefix + stem) && TermExists(prefix + other_stem)) stem = other_stem;
      add(stem);
      return true;
    }
    const size_t before = stems.size();
    std::string kk = analyzer_.Stem(word, Language::kKazakh);
    std::string ru = analyzer_.Stem(word, Language::kRussian);
    if (TermExists(prefix + kk)) add(kk);
    if (TermExists(prefix + ru)) add(ru);
    return stems.size() > before;
  };
  if (analyzers::IsLatinWord(norm)) {
    // The Latin word itself (names such as Google are indexed in Latin), then the cheapest
    // Cyrillic readings that the index knows, each as a Kazakh or Russian word.
    if (TermExists(prefix + norm)) add(norm);
    int best_cost = -1;
    for (const auto& candidate : analyzers::LatinToCyrillicCandidates(norm, kMaxLatinCandidates)) {
      if (best_cost >= 0 && candidate.cost > best_cost) break;
      // A function word is never what a Latin word meant, nor is a Russian stem of under three
      // letters (егов -> ег, the stem of его): egov is not его (analysis helper).
      if (analyzers::Analyzer::IsStopword(candidate.text)) continue;
      const size_t before = stems.size();
      const std::string kk = analyzer_.Stem(candidate.text, Language::kKazakh);
      if (!analyzers::Analyzer::IsStopword(kk) && TermExists(prefix + kk)) add(kk);
      if (analyzers::Analyzer::StemLanguage(candidate.text, Language::kRussian) ==
          Language::kRussian) {
        const std::string ru = analyzer_.Stem(candidate.text, Language::kRussian);
        if (ru.size() >= kMinReadingStemBytes && TermExists(prefix + ru)) add(ru);
      }
      if (stems.size() > before) best_cost = candidate.cost;
      if (stems.size() >= kMaxLatinSpellings) break;
    }
    if (stems.empty()) add(norm);
  } else if (!add_cyrillic(norm)) {
    add(analyzer_.Stem(norm, Language::kKazakh));  // nothing in the index: search the Kazakh stem
  }
  // Stems that regular forms of a Kazakh dictionary word get elsewhere (жыл -> жылға).
  if (analyzers::Analyzer::StemLanguage(norm, query_lang_) == Language::kKazakh) {
    for (const auto& s : analyzers::kk::FormStems(analyzers::kk::SharedKazakhStemmer(), norm)) {
      if (TermExists(prefix + s)) add(s);
    }
  }
  // Kazakh typed on a Russian keyboard: the cheapest readings with Kazakh letters that the
  // index has, weighted just below the word as typed.
  const auto readings = analyzers::KazakhKeyboardCandidates(norm, kMaxKeyboardCandidates);
  last_word_stopword_ = IsStopwordAsTyped(norm, readings);
  std::vector<std::string> keyboard;
  int best_cost = -1;
  for (const auto& c : readings) {
    if ((best_cost >= 0 && c.cost > best_cost + kKeyboardCostWindow) ||
        keyboard.size() >= kMaxKeyboardSpellings)
      break;
    const std::string& kk = analyzer_.Stem(c.text, Language::kKazakh);
    if (std::find(stems.begin(), stems.end(), kk) != stems.end() ||
        std::find(keyboard.begin(), keyboard.end(), kk) != keyboard.end() ||
        !TermExists(prefix + kk))
      continue;
    keyboard.push_back(kk);
    if (best_cost < 0) best_cost = c.cost;
  }
  std::vector<Xapian::Query> terms, keyboard_terms;
  // A word the archive does not have in any of these forms: the words that begin as it does.
  last_word_unknown_ = keyboard.empty() &&
                       std::none_of(stems.begin(), stems.end(),
                                    [&](const std::string& s) { return TermExists(prefix + s); });
  Xapian::Query word_start;
  if (with_word_start && last_word_unknown_ && !last_word_stopword_)
    word_start = WordStartQuery(norm, prefix);
  for (const auto& stem : stems) {
    out->highlight_stems.insert(stem);
    terms.emplace_back(prefix + stem);
  }
  for (const auto& stem : keyboard) {
    out->highlight_stems.insert(stem);
    keyboard_terms.emplace_back(prefix + stem);
  }
  if (stems_out != nullptr) {
    *stems_out = stems;
    stems_out->insert(stems_out->end(), keyboard.begin(), keyboard.end());
  }
  Xapian::Query typed = Combine(Xapian::Query::OP_SYNONYM, terms);
  if (!word_start.empty()) {
    for (auto t = word_start.get_unique_terms_begin(); t != word_start.get_unique_terms_end(); ++t)
      out->highlight_stems.insert((*t).substr(prefix.size()));
    typed = Xapian::Query(Xapian::Query::OP_OR, typed, word_start);
  }
  Xapian::Query word = typed;
  if (!keyboard_terms.empty()) {
    Xapian::Query restored(Xapian::Query::OP_SCALE_WEIGHT,
                           Combine(Xapian::Query::OP_SYNONYM, keyboard_terms), kKeyboardWeight);
    word = Xapian::Query(Xapian::Query::OP_OR, typed, restored);
  }
  // The form as typed, where an article has it: a bonus on top of the stem's weight (AND_MAYBE
  // matches nothing new), so of two articles alike the one with the exact form ranks first. Not
  // for forms in more than kMaxExactFormShare of the archive (see there).
  if (prefix.empty() && !last_word_unknown_) {
    const std::string form = std::string(schema::kFormPrefix) + norm;
    const Xapian::doccount freq = db_.get_termfreq(form);
    if (freq > 0 && freq <= std::max(kMaxExactFormShare * db_.get_doccount(), 1000.0)) {
      word = Xapian::Query(
          Xapian::Query::OP_AND_MAYBE, word,
          Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(form), kExactFormWeight));
    }
  }
  return word;
}

Xapian::Query QueryBuilder::WordStartQuery(const std::string& word,
                                           const std::string& prefix) const {
  // The first kWordStartLetters letters, when the word has more.
  size_t pos = 0, letters = 0;
  while (pos < word.size() && letters < kWordStartLetters) {
    ++pos;
    while (pos < word.size() && (static_cast<unsigned char>(word[pos]) & 0xC0) == 0x80) ++pos;
    ++letters;
  }
  if (letters < kWordStartLetters || pos == word.size()) return Xapian::Query();
  const std::string start = prefix + word.substr(0, pos);
  // The most frequent such words: a bounded scan of the term list, then the top ones.
  std::vector<std::pair<Xapian::doccount, std::string>> found;
  size_t scanned = 0;
  for (auto t = db_.allterms_begin(start); t != db_.allterms_end(start); ++t) {
    if (++scanned > kMaxWordStartScan) break;
    found.emplace_back(t.get_termfreq(), *t);
  }
  if (found.empty()) return Xapian::Query();
  const size_t keep = std::min(found.size(), kMaxWordStartTerms);
  std::partial_sort(found.begin(), found.begin() + keep, found.end(),
                    [](const auto& a, const auto& b) { return a.first > b.first; });
  found.resize(keep);
  std::vector<Xapian::Query> terms;
  for (const auto& f : found) terms.emplace_back(f.second);
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Combine(Xapian::Query::OP_SYNONYM, terms),
                       kWordStartWeight);
}

Xapian::Query QueryBuilder::PairQuery(const std::vector<std::string>& first,
                                      const std::vector<std::string>& second) const {
  // Why per combination: a word's readings mix common and rare stems (бастап: баста and
  // бастапқы), and one rare combination without a pair term used to drop the filter for all,
  // leaving every article with two common words to the PhraseFilter (~1 µs each, 50 ms at 1M).
  std::vector<Xapian::Query> alternatives;
  bool any_pair_term = false;
  for (const auto& a : first) {
    const schema::CommonStem* first_stem = common_stems_.Find(a);
    for (const auto& b : second) {
      const schema::CommonStem* second_stem = common_stems_.Find(b);
      if (common_stems_.PairIndexed(first_stem, second_stem)) {
        alternatives.emplace_back(schema::CommonStems::PairTerm(*first_stem, *second_stem));
        any_pair_term = true;
      } else {
        alternatives.emplace_back(Xapian::Query::OP_AND, Xapian::Query(a), Xapian::Query(b));
      }
    }
  }
  if (!any_pair_term) return Xapian::Query();
  return Combine(Xapian::Query::OP_OR, alternatives);
}

std::vector<std::string> QueryBuilder::Norms(const std::string& text) {
  std::vector<std::string> words;
  analyzer_.ForEachWord(text, [&](const analyzers::Word& w) { words.push_back(w.norm); });
  return words;
}

Result<Xapian::Query> QueryBuilder::TextQuery(const QueryNode& node, Place place, bool* optional,
                                              BuiltQuery* out) {
  const std::string prefix = node.title_only ? std::string(schema::kTitlePrefix) : "";
  std::vector<std::string> words = Norms(node.text);
  if (words.empty()) return Xapian::Query();
  if (words.size() == 1 && node.kind == NodeKind::kWord) {
    Xapian::Query q = WordQuery(words[0], prefix, out, nullptr, /*with_word_start=*/true);
    if (optional != nullptr) *optional = last_word_stopword_;
    if (last_word_unknown_) {
      analyzer_.ForEachWord(node.text, [&](const analyzers::Word& w) {
        out->unknown_words.push_back({std::string(w.raw), w.norm});
      });
    }
    return q;
  }
  // A hyphenated word outside quotes (теңізі-көлінің, Хан-Тәңірін, 50-55): any of its parts
  // matches it, both rank higher. Archives split and join such words in every way (Хан Тәңірі,
  // Тянь-Шаньды); requiring the exact sequence lost the answers to real questions.
  if (node.kind == NodeKind::kWord) {
    std::vector<Xapian::Query> parts;
    bool all_stop = true;
    for (const auto& w : words) {
      parts.push_back(WordQuery(w, prefix, out));
      all_stop = all_stop && last_word_stopword_;
    }
    if (optional != nullptr) *optional = all_stop;
    return Combine(Xapian::Query::OP_OR, parts);
  }
  // Several words (a phrase, or a hyphenated word): all required, and (outside titles, which
  // keep no word order) in this order where a global check is right.
  const bool check_order = !node.title_only && place.conjunctive;
  if (!check_order && !node.title_only && node.kind == NodeKind::kPhrase) {
    return Status::InvalidQuery("the phrase \"" + node.text +
                                "\" cannot be checked inside OR, NEAR or a negated group: "
                                "write it outside, or without quotes");
  }
  std::vector<Xapian::Query> parts, pairs;
  PhraseConstraint phrase;
  phrase.negated = place.negated;
  std::vector<std::string> previous_stems;
  for (const auto& w : words) {
    std::vector<std::string> stems;
    parts.push_back(WordQuery(w, prefix, out, &stems));
    auto& hashes = phrase.words.emplace_back();
    for (const auto& stem : stems) hashes.push_back(schema::StemHash(stem));
    if (!previous_stems.empty() && !stems.empty()) {
      Xapian::Query pair = PairQuery(previous_stems, stems);
      if (!pair.empty()) pairs.push_back(pair);
    }
    previous_stems = std::move(stems);
  }
  if (check_order) out->phrases.push_back(std::move(phrase));
  // A negated phrase excludes through the PhraseFilter alone: excluding all articles with its
  // words would exclude too much.
  if (check_order && place.negated) return Xapian::Query();
  Xapian::Query all_words = Combine(Xapian::Query::OP_AND, parts);
  if (!check_order || pairs.empty()) return all_words;
  // Pair terms are boolean: they narrow the candidates and leave the ranking to the words.
  Xapian::Query candidates(Xapian::Query::OP_SCALE_WEIGHT, Combine(Xapian::Query::OP_AND, pairs),
                           0.0);
  // When every two neighbours have a pair filter, the filter alone implies every word, and
  // AND_MAYBE lets Xapian estimate the total from the pair terms (about the phrase's own count);
  // FILTER would multiply the two estimates as if independent (оның ішінде: 2,000 for ~12,000).
  if (pairs.size() + 1 == words.size())
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, candidates, all_words);
  return Xapian::Query(Xapian::Query::OP_FILTER, all_words, candidates);
}

Result<Xapian::Query> QueryBuilder::PrefixQuery(const QueryNode& node, BuiltQuery* out) {
  std::vector<std::string> words = Norms(node.text);
  if (words.size() != 1) {
    return Status::InvalidQuery("\"" + node.text + "*\": a prefix query takes one word before *");
  }
  const std::string& norm = words[0];
  size_t letters = 0;
  for (unsigned char c : norm) letters += (c & 0xC0) != 0x80;
  if (letters < 2) {
    return Status::InvalidQuery("\"" + node.text + "*\": write at least 2 letters before *");
  }
  const std::string term_prefix = (node.title_only ? std::string(schema::kTitlePrefix) : "") + norm;
  std::vector<std::pair<Xapian::doccount, std::string>> found;
  PrefixExpansion expansion{node.text + "*", 0, false};
  size_t scanned = 0;
  for (auto t = db_.allterms_begin(term_prefix); t != db_.allterms_end(term_prefix); ++t) {
    if (++scanned > kMaxPrefixScan) {
      expansion.truncated = true;
      break;
    }
    found.emplace_back(t.get_termfreq(), *t);
  }
  if (found.size() > kMaxPrefixTerms) {
    std::partial_sort(found.begin(), found.begin() + kMaxPrefixTerms, found.end(),
                      [](const auto& a, const auto& b) { return a.first > b.first; });
    found.resize(kMaxPrefixTerms);
    expansion.truncated = true;
  }
  expansion.terms = static_cast<uint32_t>(found.size());
  out->expansions.push_back(expansion);
  // Nothing has the prefix: the prefix itself, a term that matches nothing.
  if (found.empty()) return Xapian::Query(term_prefix);
  std::vector<Xapian::Query> terms;
  for (const auto& [freq, term] : found) {
    terms.emplace_back(term);
    out->highlight_stems.insert(term.substr(term_prefix.size() - norm.size()));
  }
  return Combine(Xapian::Query::OP_SYNONYM, terms);
}

Result<Xapian::Query> QueryBuilder::FieldQuery(const QueryNode& node, BuiltQuery* out) {
  (void)out;
  // Boolean terms (weight scaled to 0): a filter restricts, it does not rank.
  auto boolean = [](const std::string& term) {
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(term), 0.0);
  };
  if (node.field == "org") return boolean(OrgTerm(node.text));
  if (node.field == "source") return boolean(std::string(schema::kSourcePrefix) + node.text);
  if (node.field == "lang") return boolean(std::string(schema::kLangPrefix) + node.text);
  // date
  std::string from, to;
  Status s = ParseDateRange(node.text, &from, &to);
  if (!s.ok()) return s;
  return DateFilter(from, to);
}

Xapian::Query QueryBuilder::DateFilter(const std::string& from, const std::string& to) const {
  const Xapian::Query range =
      from.empty() ? Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kDateSlot, to)
      : to.empty() ? Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kDateSlot, from)
                   : Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kDateSlot, from, to);
  if (!date_terms_) return range;
  std::vector<Xapian::Query> parts;
  // The date terms with this prefix from `first` to `last` (suffixes; "" = open end), each
  // wholly inside the range or not.
  auto add_terms = [&](std::string_view prefix, const std::string& first, const std::string& last,
                       auto&& inside) {
    const std::string start = std::string(prefix) + first;
    Xapian::TermIterator it = db_.allterms_begin(std::string(prefix));
    it.skip_to(start);
    for (; it != db_.allterms_end(std::string(prefix)); ++it) {
      const std::string term = *it;
      const std::string suffix = term.substr(prefix.size());
      if (!last.empty() && suffix > last) break;
      if (parts.size() >= kMaxDateTerms) return false;
      auto whole = inside(suffix);
      if (!whole) continue;  // a year-only date outside the range
      parts.push_back(*whole ? Xapian::Query(term)
                             : Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(term), range));
    }
    return true;
  };
  // A month (YYYYMM) is wholly inside unless a bound falls within it; then its articles are
  // checked against the range (only they are: the month's list leads that AND).
  auto month_inside = [&](const std::string& month) -> std::optional<bool> {
    return MonthWithin(month, from, to);
  };
  // A year-only article is dated the year's first day (schema kDateSlot).
  auto year_inside = [&](const std::string& year) -> std::optional<bool> {
    const std::string day = year + "0101";
    if ((!from.empty() && day < from) || (!to.empty() && day > to)) return std::nullopt;
    return true;
  };
  if (!add_terms(schema::kMonthPrefix, from.substr(0, std::min<size_t>(6, from.size())),
                 to.substr(0, std::min<size_t>(6, to.size())), month_inside) ||
      !add_terms(schema::kYearOnlyPrefix, from.substr(0, std::min<size_t>(4, from.size())),
                 to.substr(0, std::min<size_t>(4, to.size())), year_inside))
    return range;
  // Nothing dated in the range: a term no article has.
  if (parts.empty()) return Xapian::Query(std::string(schema::kMonthPrefix));
  return Combine(Xapian::Query::OP_OR, parts);
}

Result<Xapian::Query> QueryBuilder::NodeQuery(const QueryNode& node, Place place, bool* optional,
                                              BuiltQuery* out) {
  if (optional != nullptr) *optional = false;
  switch (node.kind) {
    case NodeKind::kWord:
    case NodeKind::kPhrase:
      return TextQuery(node, place, optional, out);
    case NodeKind::kPrefix:
      return PrefixQuery(node, out);
    case NodeKind::kField:
      return FieldQuery(node, out);
    case NodeKind::kAnd:
      return AndQuery(node, place, /*root=*/false, out, optional);
    case NodeKind::kOr: {
      Place inner = place;
      inner.conjunctive = false;
      std::vector<Xapian::Query> parts;
      for (const auto& child : node.children) {
        auto q = NodeQuery(child, inner, nullptr, out);
        if (!q.ok()) return q;
        if (!q->empty()) parts.push_back(q.value());
      }
      return Combine(Xapian::Query::OP_OR, parts);
    }
    case NodeKind::kNear: {
      if (!place.conjunctive) {
        return Status::InvalidQuery("NEAR/n cannot be checked inside OR or a negated group");
      }
      PhraseConstraint near;
      near.negated = place.negated;
      near.near = node.near_distance;
      std::vector<Xapian::Query> parts;
      for (const auto& child : node.children) {
        std::vector<std::string> words = Norms(child.text);
        if (words.size() != 1) {
          return Status::InvalidQuery("NEAR/n joins single words; \"" + child.text +
                                      "\" is not one");
        }
        std::vector<std::string> stems;
        parts.push_back(WordQuery(words[0], "", out, &stems));
        auto& hashes = near.words.emplace_back();
        for (const auto& stem : stems) hashes.push_back(schema::StemHash(stem));
      }
      out->phrases.push_back(std::move(near));
      if (place.negated) return Xapian::Query();
      return Combine(Xapian::Query::OP_AND, parts);
    }
  }
  return Xapian::Query();
}

Result<Xapian::Query> QueryBuilder::AndQuery(const QueryNode& node, Place place, bool root,
                                             BuiltQuery* out, bool* all_stopwords) {
  std::vector<Xapian::Query> should, optional_words, must, filters, must_not;
  for (const auto& child : node.children) {
    const bool is_text = HasText(child);
    Place child_place = place;
    if (child.occur == Occur::kMustNot) {
      child_place.negated = !place.negated;
      // A phrase or NEAR directly excluded is checked; inside an excluded group it cannot be.
      if (child.kind == NodeKind::kAnd || child.kind == NodeKind::kOr)
        child_place.conjunctive = false;
    }
    bool optional = false;
    auto q = NodeQuery(child, child_place, &optional, out);
    if (!q.ok()) return q;
    if (q->empty()) continue;
    if (root && is_text && child.occur != Occur::kMustNot && !optional) {
      auto& terms = out->word_terms.emplace_back();
      for (auto t = q->get_unique_terms_begin(); t != q->get_unique_terms_end(); ++t)
        terms.push_back(*t);
    }
    const bool required =
        child.kind == NodeKind::kPhrase || child.kind == NodeKind::kNear || place.match_all;
    if (!is_text && child.occur != Occur::kMustNot) {
      filters.push_back(q.value());  // a filter is never relaxed, whatever its sign
      continue;
    }
    switch (child.occur) {
      case Occur::kMustNot:
        must_not.push_back(q.value());
        break;
      case Occur::kMust:
        must.push_back(q.value());
        break;
      case Occur::kShould:
        if (optional) {
          optional_words.push_back(q.value());
        } else {
          (required ? must : should).push_back(q.value());
        }
        break;
    }
  }
  // Stopwords beside other words are left out (query_builder.h), and not highlighted; a query
  // of stopwords only searches them.
  if (should.empty() && must.empty()) {
    if (all_stopwords != nullptr)
      *all_stopwords = !optional_words.empty() && filters.empty() && must_not.empty();
    should.swap(optional_words);
  } else {
    for (const auto& q : optional_words) {
      for (auto t = q.get_unique_terms_begin(); t != q.get_unique_terms_end(); ++t)
        out->highlight_stems.erase(*t);
    }
  }
  if (place.match_all && must.empty()) must.swap(should);
  // Filters restrict without weighing: the text (at least one of its words) still ranks.
  // Exclusions alone exclude from everything else (a fresh match-all term, never a copy of
  // Query::MatchAll).
  auto restrict = [&](Xapian::Query positive) {
    if (!filters.empty()) {
      Xapian::Query filter = Combine(Xapian::Query::OP_AND, filters);
      positive =
          positive.empty() ? filter : Xapian::Query(Xapian::Query::OP_FILTER, positive, filter);
    }
    if (must_not.empty()) return positive;
    if (positive.empty()) positive = Xapian::Query(std::string());
    return Xapian::Query(Xapian::Query::OP_AND_NOT, positive,
                         Combine(Xapian::Query::OP_OR, must_not));
  };
  // With every plain word required, for the first run (BuiltQuery::all_words_query).
  if (root && should.size() > 1) {
    std::vector<Xapian::Query> all(must);
    all.insert(all.end(), should.begin(), should.end());
    out->all_words_query = restrict(Combine(Xapian::Query::OP_AND, all));
    out->all_words_parts = should;
  }
  // Coordination: each plain word present adds kCoordinationBonus to the weight. The bonus is a
  // FixedWeightPostingSource (every document, constant weight) ANDed with the word: Xapian sums
  // the weights of AND's parts, and its max-weight pruning can then skip articles with fewer
  // words once the page is full.
  if (should.size() > 1) {
    for (auto& q : should) {
      Xapian::Query bonus((new Xapian::FixedWeightPostingSource(kCoordinationBonus))->release());
      q = Xapian::Query(Xapian::Query::OP_AND, q, bonus);
    }
  }
  Xapian::Query positive;
  if (!must.empty()) {
    positive = Combine(Xapian::Query::OP_AND, must);
    if (!should.empty()) {
      positive = Xapian::Query(Xapian::Query::OP_AND_MAYBE, positive,
                               Combine(Xapian::Query::OP_OR, should));
    }
  } else if (!should.empty()) {
    positive = Combine(Xapian::Query::OP_OR, should);
  }
  return restrict(positive);
}

Result<BuiltQuery> QueryBuilder::Build(const SearchRequest& request) {
  auto parsed_or = ParseQuery(request.query);
  if (!parsed_or.ok()) return parsed_or.status();
  const QueryNode& root = parsed_or.value();
  BuiltQuery out;

  // The query's language, from all its text.
  std::string text;
  std::vector<const QueryNode*> stack{&root};
  while (!stack.empty()) {
    const QueryNode* n = stack.back();
    stack.pop_back();
    if (n->kind != NodeKind::kField) text += n->text + " ";
    for (const auto& c : n->children) stack.push_back(&c);
  }
  auto votes = analyzers::CountLanguageVotes(text);
  query_lang_ = analyzers::DecideLanguage(votes);
  if (query_lang_ == Language::kOther) query_lang_ = Language::kKazakh;
  lang_certain_ = (votes.kazakh > 0) != (votes.russian > 0);

  Place place;
  place.match_all = request.match_all;
  auto query = AndQuery(root, place, /*root=*/true, &out);
  if (!query.ok()) return query.status();
  out.query = query.value();
  out.has_text = !out.word_terms.empty();

  // Date bounds of the query's required date: fields (for the date-ordered walk).
  std::string from, to;
  for (const auto& child : root.children) {
    if (child.kind != NodeKind::kField || child.field != "date" || child.occur == Occur::kMustNot)
      continue;
    std::string f, t;
    if (!ParseDateRange(child.text, &f, &t).ok()) continue;
    if (!f.empty()) from = std::max(from, f);
    if (!t.empty()) to = to.empty() ? t : std::min(to, t);
  }

  // Filters from the request's own parameters.
  std::vector<Xapian::Query> filters;
  for (const auto& org : request.orgs) {
    if (!org.empty()) filters.emplace_back(OrgTerm(org));
  }
  // Either-of parameters (org_any, date_source): one OR filter each.
  std::vector<Xapian::Query> any_org, any_source;
  for (const auto& org : request.orgs_any) any_org.emplace_back(OrgTerm(org));
  for (const auto& src : request.date_sources)
    any_source.emplace_back(std::string(schema::kDateSourcePrefix) + src);
  if (!any_org.empty()) filters.push_back(Combine(Xapian::Query::OP_OR, any_org));
  if (!any_source.empty()) filters.push_back(Combine(Xapian::Query::OP_OR, any_source));
  std::string param_from, param_to;
  if (!request.from.empty()) {
    auto bound = ParseDateBound(request.from, false);
    if (!bound.ok()) return bound.status();
    param_from = bound.value();
    from = std::max(from, param_from);
  }
  if (!request.to.empty()) {
    auto bound = ParseDateBound(request.to, true);
    if (!bound.ok()) return bound.status();
    param_to = bound.value();
    to = to.empty() ? param_to : std::min(to, param_to);
  }
  if (!param_from.empty() && !param_to.empty() && param_from > param_to)
    return Status::InvalidQuery("\"from\" is after \"to\"");
  out.date_from = from;
  out.date_to = to;
  if (!request.lang.empty()) {
    if (!analyzers::ParseLanguageCode(request.lang)) {
      return Status::InvalidQuery("lang must be kk, ru or other, not \"" + request.lang + "\"");
    }
    filters.emplace_back(std::string(schema::kLangPrefix) + request.lang);
  }
  const Xapian::Query text_query = out.query;
  auto filtered = [](const Xapian::Query& query, const std::vector<Xapian::Query>& filters) {
    if (filters.empty()) return query;
    Xapian::Query filter = Combine(Xapian::Query::OP_AND, filters);
    return query.empty() ? filter : Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
  };
  out.query_inside_dates = filtered(text_query, filters);
  if (!param_from.empty() || !param_to.empty()) filters.push_back(DateFilter(param_from, param_to));
  out.query = filtered(text_query, filters);
  if (!out.all_words_query.empty()) out.all_words_query = filtered(out.all_words_query, filters);
  return out;
}

}  // namespace izdeu::searchd
