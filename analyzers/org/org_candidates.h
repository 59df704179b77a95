// Internal to analyzers/org: one extraction pass over a text. It scans the text once, proposes
// candidate mentions with four rules — gazetteer names (org_candidates.cpp), quoted names with an
// organisation word (org_quote_rules.cpp), Kazakh head-final phrases (org_kazakh_rules.cpp) and
// Russian head phrases (org_russian_rules.cpp) — and keeps the longest non-overlapping ones.
// The rules themselves are described in docs/organisations.md.
// Thread-safety: a CandidatePass belongs to one thread; the gazetteer and lexicon it reads are
// immutable.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/org/org_gazetteer.h"
#include "analyzers/org/org_lexicon.h"
#include "analyzers/org/org_scanner.h"

namespace izdeu::analyzers::org_internal {

// A candidate mention: tokens [b, e); for a quoted name with an organisation word, [qb, qe) are
// the words inside the quotes.
struct Cand {
  uint32_t b = 0, e = 0;
  int prio = 0;  // breaks ties between equally long candidates: gazetteer 3, quote 2, head 1
  int org = -1;  // gazetteer organisation, when the rule already knows it
  uint32_t qb = 0, qe = 0;
  // Names coordinated before one plural head (Іле ауданының және Алматы қаласының қоғамдық
  // кеңестері): the candidate covers the whole phrase and Extract splits it into one body per
  // conjunct (org_coordination.cpp).
  bool shared_head = false;
  // One of several names coordinated before a plural type word (MasterCard, Amazon Web Services
  // және Royal Dutch Shell компанияларының): [gb, ge) is the whole phrase; gb == ge otherwise.
  uint32_t gb = 0, ge = 0;
};

// True when `lower` (folded) contains a Kazakh-only letter (ә ғ қ ң ө ұ ү һ і).
bool HasKazakhLetter(std::string_view lower);

// True when `lower` is an inflected word for the people of an organisation (мамандары,
// қызметкерлері, басшылығымен, мүшелерімен...; org_quote_rules.cpp).
bool IsMemberNoun(std::string_view lower);

class CandidatePass {
 public:
  // Scans `text`; `gaz` and `text` must outlive the pass.
  CandidatePass(const OrgGazetteer& gaz, std::string_view text);

  const TokenList& list() const { return list_; }

  // The chosen candidates, ordered by start, never overlapping. Call once.
  std::vector<Cand> Run();

 private:
  // --- token predicates (org_candidates.cpp) ---
  std::string_view L(size_t i) const { return list_.Lower(list_.toks[i]); }
  bool IsWord(size_t i) const {
    return i < list_.toks.size() && list_.toks[i].kind == TokKind::kWord;
  }
  bool Stop(size_t i) const { return lex_.IsCapitalStopWord(L(i)); }
  std::string_view Surface(size_t i) const {
    return text_.substr(list_.toks[i].start, list_.toks[i].end - list_.toks[i].start);
  }
  bool IsPlaceWord(std::string_view lw);
  bool IsLocativePlace(size_t i);
  bool IsLegalFormToken(size_t i) const;
  bool Known(std::string_view lw);
  bool KnownAsWritten(std::string_view lw) const;
  bool IsCommonWord(std::string_view lw);
  bool StartOk(size_t i);
  bool StateModifierOk(size_t i, std::string_view head_lemma);
  bool ModifierOk(size_t i);
  bool IsNominal(std::string_view lw) const;
  bool RealName(size_t b, size_t e);
  bool IsPersonName(size_t i);
  size_t SkipPersonNames(size_t b, size_t e);
  void Add(size_t b, size_t e, int prio, int org = -1, size_t qb = 0, size_t qe = 0);

  // --- rule 1: gazetteer names (org_candidates.cpp) ---
  bool Allowed(const OrgGazetteer::KeyInfo& ki, size_t i) const;
  void GazetteerAt(size_t i);
  const OrgGazetteer::KeyInfo* LookupSpan(size_t b, size_t e);

  // --- rule 2: quoted names (org_quote_rules.cpp) ---
  bool IsTypeWord(const HeadForm& f) const;
  bool HeadOrLegal(size_t k, bool* legal, const HeadForm** form = nullptr) const;
  bool DescriptorOk(size_t k);
  bool QuotedHeadPhrase(size_t b, size_t e);
  void QuoteAt(size_t c);

  // --- rule 3: Kazakh head-final phrases, foreign company names (org_kazakh_rules.cpp) ---
  void KazakhHeadAt(size_t h, const HeadForm& f);
  void CoordinatedHeadAt(size_t h, const HeadForm& f);
  void CoordinatedNamesBeforeTypeWord(size_t h);
  bool OwnedByListedName(size_t b, size_t h) const;
  void NameBeforeTypeWord(size_t h, const HeadForm& f);
  void EnterpriseNameAt(size_t h, const HeadForm& f);
  void ForeignNameAt(size_t h);

  // --- rule 4: Russian phrases (org_russian_rules.cpp) ---
  bool InKazakhSentence(size_t i);
  bool RussianWordFollows(size_t i);
  void RussianHeadAt(size_t h, const HeadForm& f);
  size_t CoordinatedGenitiveEnd(size_t k);
  bool RegionFollows(size_t i);

  // Removes the candidates inside the quoted name of an award (org_candidates.cpp).
  void DropInsideAwards();
  bool TitleOfWorkAfter(size_t c);
  // Removes candidates that the next word shows are no mention (org_candidates.cpp).
  void DropNonMentions();
  bool EventNameFrom(size_t i);
  // Adds quoted names listed with a chosen mention (org_candidates.cpp).
  void AddQuotedNamesInLists(std::vector<Cand>* chosen);
  bool ListLinker(size_t i) const;
  bool ListEndsInAward(size_t after) const;
  // Longest candidates first; among equals, the higher priority; no overlaps.
  std::vector<Cand> Select();

  const OrgGazetteer& gaz_;
  const Lexicon& lex_;
  std::string_view text_;
  TokenList list_;
  std::vector<Cand> cands_;
  std::string fold_buf_;
  // InKazakhSentence's last sentence: tokens [begin, end) and its answer.
  size_t kazakh_sentence_begin_ = 0, kazakh_sentence_end_ = 0;
  bool kazakh_sentence_ = false;
};

}  // namespace izdeu::analyzers::org_internal
