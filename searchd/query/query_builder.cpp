#include "searchd/query/query_builder.h"

#include <algorithm>

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
// Leave-one-out relaxation runs n AND queries of n-1 words; beyond this many words it would cost
// more than it helps, and the any-word tier is used directly.
constexpr size_t kMaxWordsForLeaveOneOut = 6;

Xapian::Query Combine(Xapian::Query::op op, const std::vector<Xapian::Query>& parts) {
  if (parts.empty()) return Xapian::Query();
  if (parts.size() == 1) return parts[0];
  return Xapian::Query(op, parts.begin(), parts.end());
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
                                      BuiltQuery* out, std::vector<std::string>* stems_out) {
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
      add(analyzer_.Stem(word, query_lang_));
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
  std::vector<std::string> keyboard;
  int best_cost = -1;
  for (const auto& c : analyzers::KazakhKeyboardCandidates(norm, kMaxKeyboardCandidates)) {
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
  if (keyboard_terms.empty()) return typed;
  Xapian::Query restored(Xapian::Query::OP_SCALE_WEIGHT,
                         Combine(Xapian::Query::OP_SYNONYM, keyboard_terms), kKeyboardWeight);
  return Xapian::Query(Xapian::Query::OP_OR, typed, restored);
}

Xapian::Query QueryBuilder::PairQuery(const std::vector<std::string>& first,
                                      const std::vector<std::string>& second) const {
  std::vector<Xapian::Query> terms;
  for (const auto& a : first) {
    for (const auto& b : second) {
      const schema::CommonStem* first_stem = common_stems_.Find(a);
      const schema::CommonStem* second_stem = common_stems_.Find(b);
      if (!common_stems_.PairIndexed(first_stem, second_stem))
        return Xapian::Query();  // articles with this reading have no pair term: do not require one
      terms.emplace_back(schema::CommonStems::PairTerm(*first_stem, *second_stem));
    }
  }
  return Combine(Xapian::Query::OP_OR, terms);
}

Xapian::Query QueryBuilder::ClauseQuery(const TextClause& clause, bool* optional, BuiltQuery* out) {
  const std::string prefix = clause.title_only ? std::string(schema::kTitlePrefix) : "";
  std::vector<std::string> words;
  analyzer_.ForEachWord(clause.text, [&](const analyzers::Word& w) { words.push_back(w.norm); });
  *optional = false;
  if (words.empty()) return Xapian::Query();
  if (words.size() == 1 && !clause.phrase) {
    *optional = analyzers::Analyzer::IsStopword(words[0]);
    return WordQuery(words[0], prefix, out);
  }
  // Several words: all required, and (outside titles, which keep no word order) in this order.
  std::vector<Xapian::Query> parts, pairs;
  PhraseConstraint phrase;
  phrase.negated = clause.negated;
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
  if (!clause.title_only) out->phrases.push_back(std::move(phrase));
  // A negated phrase excludes through the PhraseFilter alone: excluding all articles with its
  // words would exclude too much.
  if (clause.negated && !clause.title_only) return Xapian::Query();
  Xapian::Query all_words = Combine(Xapian::Query::OP_AND, parts);
  // Pair terms are boolean: they narrow the candidates and leave the ranking to the words.
  if (clause.title_only || pairs.empty()) return all_words;
  return Xapian::Query(Xapian::Query::OP_FILTER, all_words, Combine(Xapian::Query::OP_AND, pairs));
}

Result<BuiltQuery> QueryBuilder::Build(const SearchRequest& request) {
  auto parsed_or = ParseQuery(request.query);
  if (!parsed_or.ok()) return parsed_or.status();
  ParsedQuery& parsed = parsed_or.value();
  BuiltQuery out;

  std::string text;
  for (const auto& c : parsed.clauses) text += c.text + " ";
  auto votes = analyzers::CountLanguageVotes(text);
  query_lang_ = analyzers::DecideLanguage(votes);
  if (query_lang_ == Language::kOther) query_lang_ = Language::kKazakh;
  lang_certain_ = (votes.kazakh > 0) != (votes.russian > 0);

  std::vector<Xapian::Query> required, optional, excluded;
  for (const auto& clause : parsed.clauses) {
    bool is_optional = false;
    Xapian::Query q = ClauseQuery(clause, &is_optional, &out);
    if (q.empty()) continue;
    if (clause.negated) {
      excluded.push_back(q);
    } else {
      (is_optional ? optional : required).push_back(q);
    }
  }
  if (required.empty()) required.swap(optional);  // a query of stopwords only: require them
  out.strict = Combine(Xapian::Query::OP_AND, required);
  if (!out.strict.empty() && !optional.empty()) {
    // Optional words still help ranking when present.
    out.strict = Xapian::Query(Xapian::Query::OP_AND_MAYBE, out.strict,
                               Combine(Xapian::Query::OP_OR, optional));
  }
  // Relaxed tiers: all words but one (bounded: n subsets of n-1 words), then any word.
  if (required.size() >= 3 && required.size() <= kMaxWordsForLeaveOneOut) {
    std::vector<Xapian::Query> subsets;
    for (size_t left_out = 0; left_out < required.size(); ++left_out) {
      std::vector<Xapian::Query> rest;
      for (size_t i = 0; i < required.size(); ++i) {
        if (i != left_out) rest.push_back(required[i]);
      }
      subsets.push_back(Combine(Xapian::Query::OP_AND, rest));
    }
    out.relaxed.push_back(Combine(Xapian::Query::OP_OR, subsets));
  }
  if (required.size() > 1) {
    std::vector<Xapian::Query> any = required;
    any.insert(any.end(), optional.begin(), optional.end());
    out.relaxed.push_back(Combine(Xapian::Query::OP_OR, any));
  }
  out.exclude = Combine(Xapian::Query::OP_OR, excluded);

  // Filters: from the query syntax and from the request's own parameters.
  std::vector<Xapian::Query> filters;
  std::vector<std::string> orgs = parsed.orgs;
  orgs.insert(orgs.end(), request.orgs.begin(), request.orgs.end());
  for (const auto& org : orgs) {
    if (!org.empty()) filters.emplace_back(OrgTerm(org));
  }
  std::string from = parsed.date_from, to = parsed.date_to;
  if (!request.from.empty()) {
    auto bound = ParseDateBound(request.from, false);
    if (!bound.ok()) return bound.status();
    from = std::max(from, bound.value());
  }
  if (!request.to.empty()) {
    auto bound = ParseDateBound(request.to, true);
    if (!bound.ok()) return bound.status();
    to = to.empty() ? bound.value() : std::min(to, bound.value());
  }
  if (!from.empty() && !to.empty() && from > to)
    return Status::InvalidQuery("\"from\" is after \"to\"");
  out.date_from = from;
  out.date_to = to;
  if (!from.empty() && !to.empty()) {
    filters.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::kDateSlot, from, to);
  } else if (!from.empty()) {
    filters.emplace_back(Xapian::Query::OP_VALUE_GE, schema::kDateSlot, from);
  } else if (!to.empty()) {
    filters.emplace_back(Xapian::Query::OP_VALUE_LE, schema::kDateSlot, to);
  }
  std::string lang = request.lang.empty() ? parsed.lang : request.lang;
  if (!lang.empty()) {
    if (!analyzers::ParseLanguageCode(lang)) {
      return Status::InvalidQuery("lang must be kk, ru or other, not \"" + lang + "\"");
    }
    filters.emplace_back(std::string(schema::kLangPrefix) + lang);
  }
  out.filter = Combine(Xapian::Query::OP_AND, filters);
  return out;
}

}  // namespace izdeu::searchd
