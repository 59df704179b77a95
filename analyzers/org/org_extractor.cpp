#include "analyzers/org/org_extractor.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "analyzers/org/org_bilingual.h"
#include "analyzers/org/org_candidates.h"
#include "analyzers/org/org_canonical.h"
#include "analyzers/org/org_coordination.h"
#include "analyzers/org/org_gazetteer.h"
#include "analyzers/org/org_lexicon.h"
#include "analyzers/org/org_scanner.h"
#include "analyzers/org/org_scorer.h"
#include "analyzers/org/org_tagger.h"
#include "common/embedded.h"

IZDEU_EMBEDDED(org_gazetteer)
IZDEU_EMBEDDED(org_model)
IZDEU_EMBEDDED(org_scorer)

namespace izdeu::analyzers {
namespace {

using org_internal::Cand;
using org_internal::CandidatePass;
using org_internal::Canonicalize;
using org_internal::CanonicalName;
using org_internal::HeadClass;
using org_internal::HeadForm;
using org_internal::Lexicon;
using org_internal::Tok;
using org_internal::TokenList;
using org_internal::TokKind;

struct Named {
  int org = -1;
  std::string display, id;
};

// Drops a leading "ҚР" / "Қазақстанның" / "Қазақстан Республикасының" and a trailing "РК" /
// "Республики Казахстан" / "Казахстана" when at least two words remain: they do not change which
// organisation is meant.
void StripCountry(const TokenList& list, size_t* b, size_t* e) {
  auto word_at = [&](size_t i) { return i < *e && list.toks[i].kind == TokKind::kWord; };
  auto words_in = [&](size_t from, size_t to) {
    size_t n = 0;
    for (size_t i = from; i < to; ++i) n += list.toks[i].kind == TokKind::kWord;
    return n;
  };
  size_t nb = *b, ne = *e;
  if (word_at(nb) && (list.Lower(list.toks[nb]) == "қр" || list.Lower(list.toks[nb]) == "рк" ||
                      list.Lower(list.toks[nb]) == "қазақстанның")) {
    ++nb;
  } else if (word_at(nb) && word_at(nb + 1) && list.Lower(list.toks[nb]) == "қазақстан" &&
             (list.Lower(list.toks[nb + 1]) == "республикасының" ||
              list.Lower(list.toks[nb + 1]) == "республикасы")) {
    nb += 2;
  }
  if (ne > nb && list.toks[ne - 1].kind == TokKind::kWord &&
      list.Lower(list.toks[ne - 1]) == "рк") {
    --ne;
  } else if (ne >= nb + 2 && list.Lower(list.toks[ne - 1]) == "казахстан" &&
             list.Lower(list.toks[ne - 2]) == "республики") {
    ne -= 2;
  } else if (ne >= nb + 2 && list.toks[ne - 1].kind == TokKind::kWord &&
             list.Lower(list.toks[ne - 1]) == "казахстана" &&
             Lexicon::Get().FindRussianHead(list.Lower(list.toks[ne - 2])) != nullptr) {
    --ne;  // Счетного комитета Казахстана (civic news) is the Счетный комитет, but "центр по
           // вопросам вступления Казахстана" keeps its words
  }
  if (words_in(nb, ne) >= 2) {
    *b = nb;
    *e = ne;
  }
}

const OrgGazetteer::KeyInfo* FindWithCandidates(const OrgGazetteer& gaz, const TokenList& list,
                                                const CanonicalName& c, size_t last_word) {
  return gaz.FindInflected(c.key, list.Lower(list.toks[last_word]));
}

size_t LastWord(const TokenList& list, size_t b, size_t e) {
  for (size_t i = e; i > b; --i) {
    if (list.toks[i - 1].kind == TokKind::kWord) return i - 1;
  }
  return b;
}

// For a quoted name with an organisation word, [qb, qe) the words inside the quotes: true when the
// organisation is called by the quoted name alone. «Шипагер» емханасы, «Шапағат» мүгедектердің
// қайырымдылық қоры, «Гордорремстрой» ЖШС, ТОО «Казахмыс» are Шипагер, Шапағат, Гордорремстрой,
// Казахмыс: the words outside the quotes say what kind of body it is, and a reader, a search
// (org:Шапағат) and KazNERD all call it by the quoted name, so every way of writing it gets one
// id. Not when the quoted words are themselves a name with a head noun and only a descriptive
// word follows («Жамбыл облысы жастар мәслихаты» жастар қоғамдық бірлестігі is an association,
// not the mäslikhat); with a legal form (ШЖҚ, ГУ) they are the body's own name either way.
bool NamedByQuotedCore(std::string_view text, const TokenList& list, size_t qb, size_t qe,
                       size_t e) {
  if (qe <= qb || qb < 1 || qe >= list.toks.size()) return false;
  const Lexicon& lex = Lexicon::Get();
  auto legal_at = [&](size_t i) {
    if (i >= list.toks.size() || list.toks[i].kind != TokKind::kWord) return false;
    std::string_view w = text.substr(list.toks[i].start, list.toks[i].end - list.toks[i].start);
    return lex.IsLegalForm(w.substr(0, w.find('-')));  // АҚ, АҚ-ның
  };
  if (legal_at(qe + 1) || (qb >= 2 && legal_at(qb - 2))) return true;
  // A kind of institution spelt out is a legal form too: «Павлодар облысы кәсіпкерлік, сауда және
  // туризм басқармасы» мемлекеттік мекемесі, «...» акционерлік қоғамы (the sample).
  if (e > qe + 1 && list.toks[e - 1].kind == TokKind::kWord) {
    const HeadForm* f = lex.FindKazakhHead(list.Lower(list.toks[e - 1]));
    if (f != nullptr && lex.head(f->head).cls == HeadClass::kType) return true;
  }
  size_t last = LastWord(list, qb, qe);
  std::string_view lw = list.Lower(list.toks[last]);
  return lex.FindKazakhHead(lw) == nullptr && lex.FindRussianHead(lw) == nullptr;
}

// The organisation tokens [b, e) name: a gazetteer organisation if the name, the name without its
// country prefix, or the quoted core [qb, qe) is known; else the canonical form of the name, or of
// the quoted core when the body is called by it (NamedByQuotedCore).
Named NameFor(const OrgGazetteer& gaz, std::string_view text, const TokenList& list, size_t b,
              size_t e, size_t qb, size_t qe) {
  Named out;
  CanonicalName c = Canonicalize(text, list, b, e);
  if (c.key.empty()) return out;
  const OrgGazetteer::KeyInfo* ki = gaz.FindKey(c.key);
  size_t b2 = b, e2 = e;
  StripCountry(list, &b2, &e2);
  CanonicalName c2 = (b2 != b || e2 != e) ? Canonicalize(text, list, b2, e2) : c;
  if (ki == nullptr) ki = FindWithCandidates(gaz, list, c2, LastWord(list, b2, e2));
  if (ki == nullptr && qe > qb) {
    CanonicalName cq = Canonicalize(text, list, qb, qe);
    if (!cq.key.empty()) ki = FindWithCandidates(gaz, list, cq, LastWord(list, qb, qe));
  }
  if (ki == nullptr && !org_internal::HasKazakhLetter(c2.key)) {
    // A Russian regional body is named as in Kazakh: акимат Павлодарской области -> Павлодар
    // облысы әкімдігі (org_bilingual.h).
    std::string kazakh = org_internal::KazakhNameOfRussian(gaz, c2.key);
    if (!kazakh.empty()) {
      TokenList own;
      org_internal::ScanText(kazakh, &own);
      CanonicalName ck = Canonicalize(kazakh, own, 0, own.toks.size());
      ki = gaz.FindKey(ck.key);
      if (ki == nullptr) {
        out.display = std::move(ck.display);
        out.id = OrgIdFor(out.display);
        return out;
      }
    }
  }
  if (ki != nullptr) {
    out.org = static_cast<int>(ki->org);
    out.display = gaz.org(ki->org).name;
    out.id = gaz.org(ki->org).id;
  } else if (NamedByQuotedCore(text, list, qb, qe, e)) {
    CanonicalName cq = Canonicalize(text, list, qb, qe);
    out.display = std::move(cq.display);
    out.id = OrgIdFor(out.display);
  } else {
    out.display = std::move(c2.display);
    out.id = OrgIdFor(out.display);
  }
  return out;
}

bool IsSlug(std::string_view s) {
  if (s.empty()) return false;
  for (char ch : s) {
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-')) return false;
  }
  return true;
}

// True when the word right after candidate `c` is a person's title (депутаты, төрағасы...).
bool BeforeTitle(const TokenList& list, const Cand& c) {
  return c.e < list.toks.size() && list.toks[c.e].kind == TokKind::kWord &&
         Lexicon::IsPositionWord(list.Lower(list.toks[c.e]));
}

// True when the words from token i are the name of a numbered event (Lexicon::
// NumberedEventLength).
bool StartsNumberedEvent(const TokenList& list, uint32_t i) {
  std::array<std::string_view, 6> words;
  size_t n = 0;
  for (uint32_t k = i; k < list.toks.size() && n < words.size(); ++k, ++n) {
    if (list.toks[k].kind != TokKind::kWord) break;
    words[n] = list.Lower(list.toks[k]);
  }
  return Lexicon::NumberedEventLength(std::span(words.data(), n)) > 0;
}

// True when candidate `c` is named only as part of one person's job title:
// - Kazakh: the body is not in the dative, locative, ablative or instrumental (a quoted name's
//   ending is not read as a case: the type word after it inflects), and a title of one
//   person in the possessive follows, after an optional closing quote and at most three title
//   modifiers or possessive/genitive heads (Ақтау қалалық мәслихатының депутаты, « Алстом »
//   компаниясының басқарма басшысы, министрлігі академиясының оқытушысы);
// - Russian: a singular title comes right before a body written without Kazakh letters
//   (председатель Счетного комитета, депутат Мажилиса).
// Russian plurals look like Kazakh possessives (Мажилиса депутаты одобрили): a body without
// Kazakh letters in a Russian case form (-а, -е, -у, -ом...) is not read as Kazakh.
// Also true, by the same Kazakh rule, when the name of a numbered event follows instead of a title
// (« Нұр Отан » партиясының он сегізінші съезі, Бас Ассамблеясының 74-інші сессиясы; see
// Lexicon::NumberedEventLength): KazNERD tags such a phrase as one EVENT, and the article names
// the event, not the body on its own.
bool NamesPersonTitle(const TokenList& list, const Cand& c) {
  if (c.e <= c.b) return false;
  bool kazakh_letters = false;
  for (uint32_t i = c.b; i < c.e; ++i) {
    kazakh_letters |= org_internal::HasKazakhLetter(list.Lower(list.toks[i]));
  }
  if (!kazakh_letters && c.b > 0 && list.toks[c.b - 1].kind == TokKind::kWord &&
      Lexicon::IsRussianPersonTitle(list.Lower(list.toks[c.b - 1]))) {
    return true;
  }
  // A quoted name does not inflect (the type word after it does): its last word's ending says
  // nothing (« Егемен Қазақстан » газетінің тілшісі).
  const bool quoted = c.e < list.toks.size() && list.toks[c.e].kind == TokKind::kCloseQuote;
  std::string_view last = list.Lower(list.toks[c.e - 1]);
  if (!quoted && Lexicon::HasObliqueCase(last, /*with_loc_adj=*/false, /*with_accusative=*/false)) {
    return false;
  }
  const bool russian_body = !kazakh_letters && !quoted && Lexicon::LooksRussianInflected(last);
  const auto& lexicon = Lexicon::Get();
  uint32_t i = c.e;
  if (quoted) ++i;
  for (const uint32_t end = i + 4; i < list.toks.size() && i < end; ++i) {
    if (list.toks[i].kind != TokKind::kWord) return false;
    std::string_view w = list.Lower(list.toks[i]);
    // The event is the body's: the word before it is in the genitive (партиясының он сегізінші
    // съезі). A body in the nominative is the subject (« Ақ жол » партиясы кезекті съезін өткізді).
    if (!russian_body && list.toks[i - 1].kind == TokKind::kWord &&
        Lexicon::HasGenitive(list.Lower(list.toks[i - 1])) && StartsNumberedEvent(list, i)) {
      return true;
    }
    if (Lexicon::IsKazakhPersonTitle(w)) {
      // депутаты, директоры after Мажилиса: a Russian plural (басшысы never is).
      const bool russian_plural = org_internal::EndsWith(w, "ы") &&
                                  !org_internal::EndsWith(w, "сы") &&
                                  !org_internal::HasKazakhLetter(w);
      return !(russian_body && russian_plural);
    }
    // A head between must carry the possessive (компаниясының, кеңесі): a bare one starts a new
    // phrase (Әкімдік мектеп директорын тағайындады: the akimat is not the director's).
    // қос is "co-" before төраға (қос төрағасы, a co-chair) and "two" elsewhere (агенттігінің қос
    // қызметкері: two employees, no one person's post; KazNERD half A).
    if (w == "қос") {
      const bool co_chair = i + 1 < list.toks.size() &&
                            org_internal::StartsWith(list.Lower(list.toks[i + 1]), "төраға");
      if (!co_chair) return false;
      continue;
    }
    const HeadForm* head = lexicon.FindKazakhHead(w);
    if (Lexicon::IsTitleModifier(w) || (head != nullptr && head->poss3)) continue;
    // A lower-case word that is no head may qualify the possessive head right after it
    // (телеарнасы жаңалықтар бөлімінің тілшісі: the news department's correspondent).
    if (head != nullptr || list.toks[i].upper || i + 1 >= list.toks.size() ||
        list.toks[i + 1].kind != TokKind::kWord) {
      return false;
    }
    const HeadForm* next = lexicon.FindKazakhHead(list.Lower(list.toks[i + 1]));
    if (next == nullptr || !next->poss3 || next->plural) return false;
  }
  return false;
}

// The tagger's spans, each replaced by the rule candidate it equals (whole, or its quoted core:
// KazNERD, which the tagger learnt from, tags «X» партиясы as X), so a mention keeps the rule's
// fuller span and its gazetteer organisation; other spans become candidates of their own.
std::vector<Cand> ApplyModel(const org_internal::OrgModel& model, const OrgGazetteer& gaz,
                             std::string_view text, const TokenList& list,
                             const std::vector<Cand>& rule_cands) {
  org_internal::TaggerInput in;
  org_internal::BuildTaggerInput(gaz, text, list, rule_cands, &in);
  std::vector<Cand> out;
  for (const auto& [b, e] : org_internal::SpansOf(list, model.Tag(in))) {
    Cand chosen;
    chosen.b = b;
    chosen.e = e;
    for (const Cand& c : rule_cands) {
      // Compared without the quotes and punctuation at the candidate's edges, as SpansOf does.
      uint32_t cb = c.b, ce = c.e;
      while (cb < ce && list.toks[cb].kind != TokKind::kWord) ++cb;
      while (ce > cb && list.toks[ce - 1].kind != TokKind::kWord) --ce;
      if ((cb == b && ce == e) || (c.qe > c.qb && c.qb == b && c.qe == e)) {
        chosen = c;
        break;
      }
    }
    if (chosen.prio == 0) {
      // A span that cuts into a gazetteer name ("Ұлттық" of "Ұлттық қордан") is that name.
      for (const Cand& c : rule_cands) {
        if (c.prio == 3 && c.b < e && b < c.e) {
          chosen = c;
          break;
        }
      }
    }
    out.push_back(chosen);
  }
  // KazNERD tags "Ақтау қалалық мәслихатының депутаты" as one POSITION and never the organisation
  // inside, so the tagger learnt to drop such names; an archive search wants them (the article is
  // about the mäslikhat). A rule candidate right before a title word comes back.
  const size_t n_model = out.size();
  // A rule candidate that names a gazetteer organisation is kept too: the tagger learnt on text
  // whose names were mostly in no list (half A without its own rows), so it under-trusts the list.
  for (const Cand& c : rule_cands) {
    bool before_title = c.e < list.toks.size() && list.toks[c.e].kind == TokKind::kWord &&
                        Lexicon::IsPositionWord(list.Lower(list.toks[c.e]));
    bool title_case = c.e - c.b >= 2;
    for (uint32_t i = c.b; i < c.e; ++i) {
      if (list.toks[i].kind == TokKind::kWord && !list.toks[i].upper) title_case = false;
    }
    if (!before_title && !title_case && c.prio != 3 &&
        NameFor(gaz, text, list, c.b, c.e, c.qb, c.qe).org < 0) {
      continue;
    }
    bool overlaps = false;
    for (size_t k = 0; k < n_model && !overlaps; ++k) overlaps = out[k].b < c.e && c.b < out[k].e;
    if (!overlaps) out.push_back(c);
  }
  std::sort(out.begin(), out.end(), [](const Cand& x, const Cand& y) { return x.b < y.b; });
  // A span widened to its rule candidate may now overlap the next span: the first one wins.
  std::vector<Cand> kept;
  for (const Cand& c : out) {
    if (kept.empty() || kept.back().e <= c.b) kept.push_back(c);
  }
  return kept;
}

// The rules' candidates without those the tagger tags wholly O: the tagger learnt where KazNERD
// sees no organisation (job titles, awards, events, common phrases with a head noun). Gazetteer
// names are kept whatever the tagger says.
std::vector<Cand> FilterByModel(const org_internal::OrgModel& model, const OrgGazetteer& gaz,
                                std::string_view text, const TokenList& list,
                                const std::vector<Cand>& rule_cands) {
  org_internal::TaggerInput in;
  org_internal::BuildTaggerInput(gaz, text, list, rule_cands, &in);
  std::vector<uint8_t> tags = model.Tag(in);
  std::vector<Cand> kept;
  for (const Cand& c : rule_cands) {
    // KazNERD leaves the body inside a job title unannotated (Ақтау қалалық мәслихатының
    // депутаты), so the tagger learnt to drop it; an archive search wants it (as in ApplyModel).
    bool before_title = c.e < list.toks.size() && list.toks[c.e].kind == TokKind::kWord &&
                        Lexicon::IsPositionWord(list.Lower(list.toks[c.e]));
    bool named = c.prio == 3 || c.org >= 0 || before_title;
    for (uint32_t i = c.b; i < c.e && !named; ++i) named = tags[i] != org_internal::kTagO;
    if (named) kept.push_back(c);
  }
  return kept;
}

}  // namespace

OrgExtractor::OrgExtractor() : OrgExtractor(org_gazetteer_view(), std::string_view()) {}

OrgExtractor::OrgExtractor(std::string_view gazetteer_tsv)
    : OrgExtractor(gazetteer_tsv, std::string_view()) {}

std::string_view OrgExtractor::EmbeddedTaggerWeights() { return org_model_view(); }

OrgExtractor::OrgExtractor(std::string_view gazetteer_tsv, std::string_view model_tsv)
    : OrgExtractor(gazetteer_tsv, model_tsv, TaggerUse::kDecide) {}

OrgExtractor::OrgExtractor(std::string_view gazetteer_tsv, std::string_view model_tsv,
                           TaggerUse use)
    : gazetteer_(std::make_unique<OrgGazetteer>(gazetteer_tsv)),
      model_(std::make_unique<org_internal::OrgModel>()),
      scorer_(std::make_unique<org_internal::MentionScorer>()),
      use_(use) {
  model_->Load(model_tsv);
}

OrgExtractor::OrgExtractor(std::string_view gazetteer_tsv, ScorerWeights scorer)
    : OrgExtractor(gazetteer_tsv, std::string_view()) {
  scorer_->Load(scorer.tsv);
  scorer_threshold_ = scorer.threshold;
  keep_before_title_ = scorer.keep_before_title;
}

std::string_view OrgExtractor::EmbeddedScorerWeights() { return org_scorer_view(); }

OrgExtractor::~OrgExtractor() = default;

size_t OrgExtractor::GazetteerSize() const { return gazetteer_->size(); }

std::vector<OrgMention> OrgExtractor::Extract(std::string_view text) const {
  CandidatePass pass(*gazetteer_, text);
  std::vector<Cand> chosen = pass.Run();
  const TokenList& list = pass.list();
  if (!scorer_->empty()) {
    std::vector<bool> loose;
    std::vector<Cand> all = WithLoose(list, std::move(chosen), &loose);
    std::vector<uint64_t> feats;
    chosen.clear();
    for (size_t k = 0; k < all.size(); ++k) {
      org_internal::CandidateFeatures(*gazetteer_, text, list, all, loose, k, &feats);
      const Cand& c = all[k];
      bool keep = scorer_->Score(feats) > scorer_threshold_;
      if (!keep && keep_before_title_ && !loose[k]) keep = BeforeTitle(list, c);
      if (keep) chosen.push_back(c);
    }
  } else if (!model_->empty()) {
    chosen = use_ == TaggerUse::kDecide ? ApplyModel(*model_, *gazetteer_, text, list, chosen)
                                        : FilterByModel(*model_, *gazetteer_, text, list, chosen);
  }
  return Mentions(text, list, chosen, nullptr);
}

std::vector<OrgExtractor::CandidateMention> OrgExtractor::Candidates(std::string_view text) const {
  CandidatePass pass(*gazetteer_, text);
  const TokenList& list = pass.list();
  std::vector<bool> loose;
  std::vector<Cand> all = WithLoose(list, pass.Run(), &loose);
  std::vector<size_t> cand_of;
  std::vector<OrgMention> mentions = Mentions(text, list, all, &cand_of);
  std::vector<std::vector<uint64_t>> feats(all.size());
  for (size_t k = 0; k < all.size(); ++k) {
    org_internal::CandidateFeatures(*gazetteer_, text, list, all, loose, k, &feats[k]);
  }
  std::vector<CandidateMention> out;
  for (size_t i = 0; i < mentions.size(); ++i) {
    CandidateMention cm;
    cm.mention = std::move(mentions[i]);
    cm.candidate = cand_of[i];
    cm.loose = loose[cand_of[i]];
    cm.features = feats[cand_of[i]];
    out.push_back(std::move(cm));
  }
  return out;
}

std::vector<Cand> OrgExtractor::WithLoose(const TokenList& list, std::vector<Cand> chosen,
                                          std::vector<bool>* loose) {
  std::vector<Cand> extra = org_internal::LooseCandidates(list, chosen);
  loose->assign(chosen.size(), false);
  if (extra.empty()) return chosen;
  std::vector<std::pair<Cand, bool>> all;
  for (const Cand& c : chosen) all.emplace_back(c, false);
  for (const Cand& c : extra) all.emplace_back(c, true);
  std::stable_sort(all.begin(), all.end(),
                   [](const auto& x, const auto& y) { return x.first.b < y.first.b; });
  std::vector<Cand> out;
  loose->clear();
  for (const auto& [c, l] : all) {
    out.push_back(c);
    loose->push_back(l);
  }
  return out;
}

std::vector<OrgMention> OrgExtractor::Mentions(std::string_view text, const TokenList& list,
                                               const std::vector<Cand>& chosen,
                                               std::vector<size_t>* cand_of) const {
  std::vector<OrgMention> out;
  out.reserve(chosen.size());
  std::unordered_map<std::string, size_t> first_display;  // id -> index in out
  size_t current = 0;
  // One display name per organisation within a text: the first one seen.
  auto push = [&](OrgMention m) {
    auto [it, inserted] = first_display.emplace(m.id, out.size());
    if (!inserted) m.name = out[it->second].name;
    out.push_back(std::move(m));
    if (cand_of != nullptr) cand_of->push_back(current);
  };
  for (; current < chosen.size(); ++current) {
    const Cand& c = chosen[current];
    OrgMention m;
    m.start = list.toks[c.b].start;
    m.end = list.toks[c.e - 1].end;
    m.group_start = c.ge > c.gb ? list.toks[c.gb].start : m.start;
    m.group_end = c.ge > c.gb ? list.toks[c.ge - 1].end : m.end;
    std::vector<org_internal::Body> bodies;
    if (c.shared_head) bodies = org_internal::SplitCoordinated(text, list, c);
    for (const org_internal::Body& body : bodies) {
      OrgMention part;
      part.start = list.toks[body.b].start;
      part.end = list.toks[body.e - 1].end;
      part.group_start = m.start;
      part.group_end = m.end;
      Named n;
      if (body.name_text.empty()) {
        n = NameFor(*gazetteer_, text, list, body.b, body.e, 0, 0);
      } else {
        TokenList own;
        org_internal::ScanText(body.name_text, &own);
        n = NameFor(*gazetteer_, body.name_text, own, 0, own.toks.size(), 0, 0);
      }
      if (n.id.empty()) continue;
      part.id = std::move(n.id);
      part.name = std::move(n.display);
      push(std::move(part));
    }
    if (!bodies.empty()) continue;
    m.in_title = NamesPersonTitle(list, c);
    if (c.org >= 0) {
      m.id = gazetteer_->org(static_cast<uint32_t>(c.org)).id;
      m.name = gazetteer_->org(static_cast<uint32_t>(c.org)).name;
    } else {
      Named n = NameFor(*gazetteer_, text, list, c.b, c.e, c.qb, c.qe);
      if (n.id.empty()) continue;
      m.id = std::move(n.id);
      m.name = std::move(n.display);
    }
    push(std::move(m));
  }
  return out;
}

std::optional<OrgInfo> OrgExtractor::Resolve(std::string_view name) const {
  while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
  auto info_for = [&](const OrgGazetteer::Entry& e) { return OrgInfo{e.id, e.name, e.aliases}; };
  if (IsSlug(name)) {
    if (const auto* e = gazetteer_->FindId(name)) return info_for(*e);
  }
  TokenList list;
  org_internal::ScanText(name, &list);
  size_t words = 0;
  for (const Tok& t : list.toks) words += t.kind == TokKind::kWord;
  if (words == 0) return std::nullopt;
  // What Extract finds when the whole name is one mention (quoted names, Russian phrases).
  std::vector<OrgMention> found = Extract(name);
  if (found.size() == 1) {
    size_t first_word = 0, last_word = 0;
    for (size_t i = 0; i < list.toks.size(); ++i) {
      if (list.toks[i].kind != TokKind::kWord) continue;
      if (first_word == 0 && list.toks[first_word].kind != TokKind::kWord) first_word = i;
      last_word = i;
    }
    if (found[0].start <= list.toks[first_word].start && found[0].end >= list.toks[last_word].end) {
      if (const auto* e = gazetteer_->FindId(found[0].id)) return info_for(*e);
      return OrgInfo{found[0].id, found[0].name, {}};
    }
  }
  // The single-word gazetteer path of Extract, without its capitalisation checks.
  if (words == 1) {
    std::vector<std::string> cands;
    for (const Tok& t : list.toks) {
      if (t.kind != TokKind::kWord) continue;
      Lexicon::BaseCandidates(list.Lower(t), &cands);
    }
    for (const std::string& cand : cands) {
      const auto* ki = gazetteer_->FindKey(cand);
      if (ki != nullptr && ki->words == 1) return info_for(gazetteer_->org(ki->org));
    }
  }
  Named n = NameFor(*gazetteer_, name, list, 0, list.toks.size(), 0, 0);
  if (n.org >= 0) return info_for(gazetteer_->org(static_cast<uint32_t>(n.org)));
  if (IsSlug(name)) return OrgInfo{std::string(name), std::string(name), {}};
  return OrgInfo{n.id, n.display, {}};
}

const OrgExtractor& SharedOrgExtractor() {
  static const OrgExtractor* extractor = new OrgExtractor();
  return *extractor;
}

}  // namespace izdeu::analyzers
