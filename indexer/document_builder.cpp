#include "indexer/document_builder.h"

#include <algorithm>
#include <unordered_map>

#include "analyzers/date/date_extractor.h"
#include "analyzers/org/org_extractor.h"
#include "analyzers/spelling.h"
#include "analyzers/web_token.h"
#include "schema/doc_data.h"
#include "schema/schema.h"

namespace izdeu::indexer {
namespace {

using analyzers::Language;

// Paragraphs shorter than this take the article's language: too few words to tell reliably.
constexpr int kMinWordsForParagraphLanguage = 8;
// Date search in the text stops after this many bytes: a date is near the top when present.
constexpr size_t kDateSearchBytes = 4096;
// Distinct stems (and word forms per language) the builder remembers facts of: about 40 MB a
// builder when full, as the analyzer's own stem cache (a million articles of the benchmark
// corpus fill it; at 500,000 the indexer's peak RSS doubled, 275 -> 520 MB).
constexpr size_t kMaxStemFacts = 200000;
// Civic news of independent Kazakhstan: a text date before this is not a publication date.
constexpr int kFirstNewsYear = 1991;

Language ArticleLanguage(const corpus::Article& article) {
  if (auto lang = analyzers::ParseLanguageCode(article.lang)) return *lang;
  std::string sample = article.title;
  for (const auto& p : article.paragraphs) {
    if (sample.size() > 2048) break;
    sample += '\n';
    sample += p;
  }
  return analyzers::DetectLanguage(sample);
}

// "YYYY-MM-DD" -> "YYYYMMDD"; a month- or year-precision date as its first day.
std::string DateSlotValue(const std::string& iso) {
  if (iso.size() == 10) return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
  if (iso.size() == 7) return iso.substr(0, 4) + iso.substr(5, 2) + "01";
  if (iso.size() == 4) return iso + "0101";
  return "";
}

const char* PrecisionOf(const std::string& iso) {
  return iso.size() == 10 ? "day" : iso.size() == 7 ? "month" : iso.size() == 4 ? "year" : "";
}

}  // namespace

DocumentBuilder::DocumentBuilder(const schema::IndexProfile& profile)
    : common_stems_(profile.common_stems),
      codec_(profile.doc_dictionary, profile.data_in_slot, profile.doc_data_format),
      form_terms_(profile.form_terms) {
  if (profile.mean_length > 0) normalisation_.emplace(profile.mean_length);
}

void DocumentBuilder::AddText(std::string_view text, Language lang, bool is_title,
                              Xapian::Document* doc, std::string* sequence,
                              BuildCounters* counters) {
  std::string prefixed(schema::kTitlePrefix);
  const schema::CommonStem* previous = nullptr;  // the previous word's stem, when common
  analyzer_.ForEachWord(text, [&](const analyzers::Word& word) {
    // Parts of domains, e-mails and words glued to numbers (egov of eGov.kz): extra terms, not
    // words of the sequence (analyzers/web_token.h).
    for (const auto& part : analyzers::WebTokenParts(word.norm)) {
      const std::string& part_stem = analyzer_.Stem(part, lang);
      if (part_stem.size() <= schema::kMaxTermBytes) doc->add_term(part_stem);
    }
    if (spellings_ != nullptr && analyzers::IsSpellingWord(word.norm) &&
        spelling_seen_.insert(word.norm).second)
      spellings_->push_back(word.norm);
    auto& by_norm = norm_facts_[static_cast<int>(lang)];
    auto known = by_norm.find(word.norm);
    if (known == by_norm.end()) {
      const std::string& stem = analyzer_.Stem(word.norm, lang);
      auto [entry, added] = stem_facts_.try_emplace(stem);
      if (added) {
        entry->second.stem = &entry->first;
        entry->second.hash = schema::StemHash(stem);
        entry->second.common = common_stems_.Find(stem);
      }
      known = by_norm.emplace(word.norm, FormFacts{&entry->second}).first;
    }
    FormFacts& form = known->second;
    StemFacts& facts = *form.stem;
    const std::string& stem = *facts.stem;
    // Kazakh stems too: a typo is often far from every written form of a word but near its
    // stem (эриыроцит: эритроцит, written only as эритроциттер).
    if (spellings_ != nullptr && lang == Language::kKazakh && stem != word.norm &&
        analyzers::IsSpellingWord(stem) && spelling_seen_.insert(stem).second)
      spellings_->push_back(stem);
    schema::AppendSequenceWord(facts.hash, sequence);
    if (common_stems_.PairIndexed(previous, facts.common)) {
      doc->add_boolean_term(schema::CommonStems::PairTerm(*previous, *facts.common));
    }
    previous = facts.common;
    if (stem.size() > schema::kMaxTermBytes) {
      ++counters->terms_dropped;
      return;
    }
    if (facts.article != article_number_) {
      facts.article = article_number_;
      facts.slot = static_cast<uint32_t>(article_stems_.size());
      article_stems_.emplace_back(facts.stem, 0);
    }
    const Xapian::termcount wdf = is_title ? schema::kTitleWdf : 1;
    article_stems_[facts.slot].second += wdf;
    // Forms as written (kFormPrefix): inflected forms, and bare forms of stems outside the
    // common-stem table (a bare form of a common stem is in too many articles for its bonus to
    // apply: kMaxExactFormShare).
    const bool form_term =
        known->first != stem || (!common_stems_.empty() && facts.common == nullptr);
    if (form_terms_ && form_term &&
        known->first.size() + schema::kFormPrefix.size() <= schema::kMaxTermBytes) {
      if (form.article != article_number_) {
        form.article = article_number_;
        form.slot = static_cast<uint32_t>(article_forms_.size());
        article_forms_.emplace_back(&known->first, 0);
      }
      article_forms_[form.slot].second += wdf;
    }
    length_ += wdf;
    if (is_title) {
      // Prefix kept in place, stem replaced: one allocation per title, not per word.
      prefixed.resize(schema::kTitlePrefix.size());
      prefixed.append(stem);
      doc->add_term(prefixed);
    }
  });
  schema::AppendSequenceWord(0, sequence);  // a phrase never runs across this boundary
}

BuiltDocument DocumentBuilder::Build(const corpus::Article& article, BuildCounters* counters) {
  size_t known = stem_facts_.size();
  for (const auto& by_norm : norm_facts_) known = std::max(known, by_norm.size());
  if (known > kMaxStemFacts) {  // between articles only: article_stems_ points into them
    stem_facts_.clear();
    for (auto& by_norm : norm_facts_) by_norm.clear();
  }
  article_stems_.clear();
  article_forms_.clear();
  length_ = 0;
  ++article_number_;  // stem facts of earlier articles no longer count as in this one
  BuiltDocument built;
  Xapian::Document& doc = built.document;
  const Language lang = ArticleLanguage(article);

  schema::DocData data;
  data.id = article.id;
  data.title = article.title;
  data.url = article.url;
  data.source = article.source;
  data.lang = std::string(analyzers::LanguageCode(lang));
  data.paragraphs = article.paragraphs;
  data.date = article.date;
  data.date_source = article.date.empty()          ? ""
                     : article.date_source.empty() ? "record"
                                                   : article.date_source;
  if (data.date.empty()) {
    // The first plausible publication date near the top: title, then paragraph by paragraph.
    // Dates before kFirstNewsYear in an undated page are biography or history (born 1963,
    // founded 1941), not the day it was published.
    size_t scanned = 0;
    auto take = [&](std::string_view text) {
      if (!data.date.empty() || scanned > kDateSearchBytes) return;
      scanned += text.size();
      auto found = analyzers::FindDateInText(text);
      if (found && found->year >= kFirstNewsYear) data.date = found->Iso();
    };
    take(article.title);
    for (const auto& p : article.paragraphs) take(p);
    if (!data.date.empty()) {
      data.date_source = "text";
      ++counters->dates_from_text;
    }
  }
  data.date_precision = PrecisionOf(data.date);

  // Organisations: distinct by id, in order of first mention, each with its mentions' offsets
  // in the stored title (paragraph -1) or paragraph.
  const auto& orgs = analyzers::SharedOrgExtractor();
  std::unordered_map<std::string, size_t> seen;  // id -> index in data.orgs
  auto add_orgs = [&](std::string_view text, int32_t paragraph) {
    for (auto& mention : orgs.Extract(text)) {
      ++counters->org_mentions;
      auto [it, added] = seen.emplace(mention.id, data.orgs.size());
      if (added) data.orgs.push_back({mention.id, mention.name, {}});
      data.orgs[it->second].mentions.push_back(
          {paragraph, mention.start, mention.end, mention.in_title});
    }
  };
  add_orgs(article.title, -1);
  for (size_t i = 0; i < article.paragraphs.size(); ++i) {
    add_orgs(article.paragraphs[i], static_cast<int32_t>(i));
  }

  // Terms, and the word sequence that phrase queries check.
  spelling_seen_.clear();
  spellings_ = &built.spellings;
  std::string sequence;
  AddText(article.title, lang, /*is_title=*/true, &doc, &sequence, counters);
  // The record's own language is an allow-list (STYLE.md): paragraphs are detected only when
  // the archive did not say.
  const bool record_lang = analyzers::ParseLanguageCode(article.lang).has_value();
  for (const auto& p : article.paragraphs) {
    Language para_lang = lang;
    if (!record_lang) {
      auto votes = analyzers::CountLanguageVotes(p);
      if (votes.cyrillic_words >= kMinWordsForParagraphLanguage)
        para_lang = analyzers::DecideLanguage(votes);
    }
    AddText(p, para_lang, /*is_title=*/false, &doc, &sequence, counters);
  }
  spellings_ = nullptr;  // points into `built`, which leaves with the return
  doc.add_value(schema::kWordSequenceSlot, sequence);
  for (const auto& [stem, wdf] : article_stems_) {
    doc.add_term(*stem, normalisation_ ? normalisation_->StoredWdf(wdf, length_) : wdf);
  }
  std::string form_term(schema::kFormPrefix);
  for (const auto& [norm, wdf] : article_forms_) {
    form_term.resize(schema::kFormPrefix.size());
    form_term.append(*norm);
    doc.add_term(form_term, normalisation_ ? normalisation_->StoredWdf(wdf, length_) : wdf);
  }

  built.id_term = schema::IdTerm(article.id);
  doc.add_boolean_term(built.id_term);
  doc.add_boolean_term(std::string(schema::kLangPrefix) + data.lang);
  if (!article.source.empty()) {
    std::string source = std::string(schema::kSourcePrefix) + article.source;
    if (source.size() <= schema::kMaxTermBytes) doc.add_boolean_term(source);
  }
  std::string org_list;
  for (const auto& org : data.orgs) {
    doc.add_boolean_term(std::string(schema::kOrgPrefix) + org.id);
    if (!org_list.empty()) org_list += schema::kListSeparator;
    org_list += org.id;
  }
  if (!org_list.empty()) doc.add_value(schema::kOrgsSlot, org_list);
  for (const auto& org : data.orgs) built.orgs.emplace_back(org.id, org.name);
  if (data.date.empty()) {
    doc.add_boolean_term(std::string(schema::kNoDateTerm));
    ++counters->undated;
  } else {
    const std::string yyyymmdd = DateSlotValue(data.date);
    doc.add_value(schema::kDateSlot, yyyymmdd);
    // A year-only date has no month to list it under.
    if (data.date_precision != "year") {
      doc.add_boolean_term(std::string(schema::kMonthPrefix) + yyyymmdd.substr(0, 6));
    } else {
      doc.add_boolean_term(std::string(schema::kYearOnlyPrefix) + yyyymmdd.substr(0, 4));
    }
    doc.add_boolean_term(std::string(schema::kDateSourcePrefix) + data.date_source);
  }
  codec_.Store(data, &doc);
  return built;
}

}  // namespace izdeu::indexer
