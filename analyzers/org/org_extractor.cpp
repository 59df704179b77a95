#include "analyzers/org/org_extractor.h"

#include <algorithm>
#include <unordered_map>

#include "analyzers/org/org_canonical.h"
#include "analyzers/org/org_gazetteer.h"
#include "analyzers/org/org_lexicon.h"
#include "analyzers/org/org_scanner.h"
#include "common/embedded.h"

IZDEU_EMBEDDED(org_gazetteer)

namespace izdeu::analyzers {
namespace {

using org_internal::Canonicalize;
using org_internal::CanonicalName;
using org_internal::HeadClass;
using org_internal::HeadForm;
using org_internal::Lexicon;
using org_internal::Tok;
using org_internal::TokenList;
using org_internal::TokKind;

// A candidate mention: tokens [b, e); for a quoted name with an organisation word, [qb, qe) are
// the words inside the quotes.
struct Cand {
  uint32_t b = 0, e = 0;
  int prio = 0;  // breaks ties between equally long candidates: gazetteer 3, quote 2, head 1
  int org = -1;  // gazetteer organisation, when the rule already knows it
  uint32_t qb = 0, qe = 0;
};

struct Named {
  int org = -1;
  std::string display, id;
};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool HasKazakhLetter(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    unsigned char a = s[i], b = s[i + 1];
    // ә ғ қ ң ө ұ ү һ (U+0493..U+04E9) and і (U+0456), lower case only: words here are folded.
    if ((a == 0xD2 || a == 0xD3) || (a == 0xD1 && b == 0x96)) return true;
  }
  return false;
}

// Russian nouns in the genitive, as they follow a head (Министерство экономики, Комитет
// национальной безопасности): by ending, minus the common verb endings.
bool RussianGenitiveLike(std::string_view lw) {
  if (lw.size() < 6 || HasKazakhLetter(lw)) return lw == "дел";
  for (std::string_view verb : {"ла", "ло", "ли", "ет", "ит", "ал", "ил"}) {
    if (EndsWith(lw, verb)) return false;
  }
  for (std::string_view e : {"а", "я", "ы", "и", "ов", "ев", "ей"}) {
    if (EndsWith(lw, e)) return true;
  }
  return false;
}

class Pass {
 public:
  Pass(const OrgGazetteer& gaz, std::string_view text) : gaz_(gaz), lex_(Lexicon::Get()), text_(text) {
    org_internal::ScanText(text, &list_);
  }

  const TokenList& list() const { return list_; }

  std::vector<Cand> Run() {
    const auto& toks = list_.toks;
    for (size_t i = 0; i < toks.size(); ++i) {
      const Tok& t = toks[i];
      if (t.kind == TokKind::kCloseQuote) {
        QuoteAt(i);
        continue;
      }
      if (t.kind != TokKind::kWord) continue;
      std::string_view lw = L(i);
      if (t.upper || t.latin) GazetteerAt(i);
      if (const HeadForm* f = lex_.FindKazakhHead(lw)) KazakhHeadAt(i, *f);
      if (!HasKazakhLetter(lw)) {
        if (const HeadForm* f = lex_.FindRussianHead(lw)) RussianHeadAt(i, *f);
      }
    }
    return Select();
  }

 private:
  std::string_view L(size_t i) const { return list_.Lower(list_.toks[i]); }
  bool IsWord(size_t i) const { return i < list_.toks.size() && list_.toks[i].kind == TokKind::kWord; }
  bool Stop(size_t i) const { return lex_.IsCapitalStopWord(L(i)); }

  bool IsPlaceWord(std::string_view lw) {
    if (gaz_.IsPlace(lw)) return true;
    Lexicon::BaseCandidates(lw, &buf_);
    for (size_t k = 1; k < buf_.size(); ++k) {
      if (gaz_.IsPlace(buf_[k])) return true;
    }
    return false;
  }

  // A word known to sit inside names: a domain word, an adjective, a place (Қазақстан ends like an
  // ablative but is not one). For a hyphenated word, its last part (Сорос-Қазақстан).
  bool Known(std::string_view lw) {
    size_t hyphen = lw.rfind('-');
    if (hyphen != std::string_view::npos && hyphen + 1 < lw.size() && Known(lw.substr(hyphen + 1))) {
      return true;
    }
    return lex_.IsNameInternalWord(lw) || gaz_.IsNameWord(lw) || IsPlaceWord(lw);
  }

  // A common word by its lemma (Кездесуде -> кездесу).
  bool IsCommonWord(std::string_view lw) {
    if (gaz_.IsCommon(lw)) return true;
    Lexicon::BaseCandidates(lw, &buf_);
    for (size_t k = 1; k < buf_.size(); ++k) {
      if (gaz_.IsCommon(buf_[k])) return true;
    }
    return false;
  }

  // A word that can open a name: capitalised; not a function word, a title, a word in an oblique
  // case, or a common word capitalised only because it starts the sentence.
  bool StartOk(size_t i) {
    const Tok& t = list_.toks[i];
    std::string_view lw = L(i);
    if (!t.upper || lex_.IsCapitalStopWord(lw) || lex_.IsNameConnector(lw) ||
        Lexicon::IsPositionWord(lw)) {
      return false;
    }
    if (t.allcaps || t.latin) return true;
    if (Lexicon::HasObliqueCase(lw, true) && !Known(lw)) return false;
    if (t.sent_start && (lex_.IsGenericAdminWord(lw) || (IsCommonWord(lw) && !Known(lw)))) {
      return false;
    }
    return true;
  }

  bool StateModifierOk(size_t i, std::string_view head_lemma) {
    const Tok& t = list_.toks[i];
    std::string_view lw = L(i);
    if (lw.substr(0, std::string_view("парламент").size()) == "парламент") {
      return head_lemma == "мәжіліс" || head_lemma == "сенат";
    }
    return t.allcaps || lex_.IsStateModifier(lw) || (t.upper && IsPlaceWord(lw));
  }

  bool ModifierOk(size_t i) {
    const Tok& t = list_.toks[i];
    std::string_view lw = L(i);
    if (Lexicon::IsPositionWord(lw)) return false;
    if (const HeadForm* f = lex_.FindKazakhHead(lw)) {
      if (!f->bare || lex_.head(f->head).cls == HeadClass::kState) return false;  // another name
    }
    if (t.upper && !t.allcaps && !t.latin && Lexicon::HasObliqueCase(lw, false) && !Known(lw)) {
      return false;
    }
    return (t.upper && !lex_.IsCapitalStopWord(lw)) || t.allcaps || lex_.IsNameInternalWord(lw) ||
           gaz_.IsNameWord(lw) || lex_.IsNameConnector(lw);
  }

  // Evidence that modifiers [b, e) are a proper name, not a capitalised common phrase.
  bool RealName(size_t b, size_t e) {
    for (size_t i = b; i < e; ++i) {
      const Tok& t = list_.toks[i];
      std::string_view lw = L(i);
      if (!t.upper) continue;
      if (t.allcaps || t.latin || IsPlaceWord(lw)) return true;
      if (!t.sent_start) return true;
      if (!lex_.IsNameInternalWord(lw) && !gaz_.IsNameWord(lw) && !IsCommonWord(lw)) return true;
    }
    return false;
  }

  void Add(size_t b, size_t e, int prio, int org = -1, size_t qb = 0, size_t qe = 0) {
    cands_.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), prio, org,
                      static_cast<uint32_t>(qb), static_cast<uint32_t>(qe)});
  }

  // Kazakh head-final phrase ending at head token h: Ұлттық экономика министрлігінің.
  void KazakhHeadAt(size_t h, const HeadForm& f) {
    if (f.plural) return;
    HeadClass cls = lex_.head(f.head).cls;
    if (cls == HeadClass::kType) {
      NameBeforeTypeWord(h);
      return;
    }
    const std::string& lemma = lex_.head(f.head).lemma;
    size_t j = h;
    while (j > 0 && h - j < 8 && IsWord(j - 1)) {
      bool ok = cls == HeadClass::kState ? StateModifierOk(j - 1, lemma) : ModifierOk(j - 1);
      if (!ok) break;
      --j;
    }
    while (j < h && !StartOk(j)) ++j;
    bool has_mods = j < h;
    if (has_mods && lex_.IsNameConnector(L(h - 1))) return;
    const auto& toks = list_.toks;
    // Heads that are also adjectives or common nouns (орталық, министрлік) name an organisation in
    // their possessive form (орталығы), except after жөніндегі (... жөніндегі агенттік).
    bool after_about = h > 0 && L(h - 1) == "жөніндегі";
    bool adjective_like = EndsWith(lemma, "лық") || EndsWith(lemma, "лік") ||
                          EndsWith(lemma, "тік") || EndsWith(lemma, "дік") || EndsWith(lemma, "тық");
    if (!f.poss3 && adjective_like && !after_about) return;
    // A bare head before a noun is a compound (Қазақстан сот жүйесі) unless the name has an
    // adjective (Алматы облыстық мәслихат хатшысы).
    if (f.bare && IsWord(h + 1) && !toks[h + 1].upper && has_mods) {
      bool adjective = false;
      for (size_t i = j; i < h; ++i) adjective |= lex_.IsNameInternalWord(L(i));
      if (!adjective) return;
    }
    switch (cls) {
      case HeadClass::kState:
        if (!toks[h].upper) return;
        break;
      case HeadClass::kStrong:
        if (!has_mods) return;
        break;
      default: {
        if (!has_mods || !RealName(j, h)) return;
        if (lex_.IsGenericAdminWord(L(h - 1))) return;  // облыс орталығы: a regional centre
        bool all_genitive = true;
        for (size_t i = j; i < h; ++i) all_genitive &= Lexicon::HasGenitive(L(i));
        if (all_genitive) return;  // Алматының орталығы: "the centre of Almaty"
        break;
      }
    }
    Add(j, h + 1, 1);
  }

  // A capitalised or Latin name right before a type word that is not part of the name (CNN
  // телеарнасы, SCAT әуекомпаниясы, Астана Моторс компаниясы): the mention is the name alone.
  void NameBeforeTypeWord(size_t h) {
    const auto& toks = list_.toks;
    size_t j = h;
    bool evidence = false;
    while (j > 0 && h - j < 4 && IsWord(j - 1)) {
      const Tok& t = toks[j - 1];
      char c0 = text_[t.start];
      bool digit = c0 >= '0' && c0 <= '9';
      if (!(t.upper || t.latin || digit) || Stop(j - 1) ||
          lex_.IsLegalForm(text_.substr(t.start, t.end - t.start)) ||
          (!t.latin && !t.allcaps && lex_.IsNameInternalWord(L(j - 1)))) {
        break;
      }
      evidence |= t.latin || t.allcaps || (t.upper && !t.sent_start);
      --j;
    }
    while (j < h && !StartOk(j)) ++j;
    if (j == h || !evidence) return;
    bool all_places = true;
    for (size_t i = j; i < h && all_places; ++i) all_places = IsPlaceWord(L(i));
    if (!all_places) Add(j, h, 1);
  }

  // Type words after (or, in Russian, before) a quoted name: «Хабар» арнасы, телеканал «Хабар».
  bool IsTypeWord(const HeadForm& f) const {
    const auto& head = lex_.head(f.head);
    return head.cls == HeadClass::kType || head.lemma == "агенттік" || head.lemma == "агентство";
  }

  // Russian phrase around head token h: adjectives before it (Национальный банк), a genitive
  // tail after it (Министерство национальной экономики Республики Казахстан).
  void RussianHeadAt(size_t h, const HeadForm& f) {
    if (f.plural) return;
    const auto& toks = list_.toks;
    HeadClass cls = lex_.head(f.head).cls;
    if (cls == HeadClass::kType) return;
    size_t j = h;
    bool gen;
    while (j > 0 && h - j < 4 && IsWord(j - 1) && !Stop(j - 1) &&
           Lexicon::LooksRussianAdjective(L(j - 1), &gen)) {
      --j;
    }
    while (j < h && !StartOk(j)) ++j;
    size_t k = h + 1, tail_end = h + 1;
    bool tail_upper = false;
    while (IsWord(k) && k - h <= 7) {
      std::string_view lw = L(k);
      const Tok& t = toks[k];
      if (lex_.IsNameConnector(lw)) {
        ++k;
        continue;
      }
      if (t.allcaps || (t.upper && (RussianGenitiveLike(lw) || IsPlaceWord(lw) ||
                                    lw == "казахстан"))) {
        tail_upper = true;
        tail_end = ++k;
        continue;
      }
      if (t.upper && Lexicon::LooksRussianAdjective(lw, &gen) && gen) {  // Алматинской области
        tail_upper = true;
        ++k;
        continue;
      }
      if (t.upper) break;
      if (Lexicon::LooksRussianAdjective(lw, &gen)) {
        if (!gen) break;
        ++k;
        continue;
      }
      if (RussianGenitiveLike(lw)) {
        tail_end = ++k;
        continue;
      }
      break;
    }
    bool has_left = j < h, has_tail = tail_end > h + 1;
    bool head_upper = toks[h].upper;
    bool ok = has_left || (has_tail && (head_upper || tail_upper)) ||
              (cls == HeadClass::kState && head_upper && !toks[h].sent_start);
    if (cls == HeadClass::kWeak && !has_left) ok = tail_upper || (ok && !toks[h].sent_start);
    if (cls == HeadClass::kState && !has_left && !has_tail) ok = head_upper;
    if (ok) Add(j, tail_end, 1);
  }

  // The organisation word at token k: a legal form (*legal set) or a head noun (*form set).
  bool HeadOrLegal(size_t k, bool* legal, const HeadForm** form = nullptr) const {
    const Tok& t = list_.toks[k];
    *legal = lex_.IsLegalForm(text_.substr(t.start, t.end - t.start));
    if (*legal) return true;
    const HeadForm* f = lex_.FindKazakhHead(L(k));
    if (f == nullptr && !HasKazakhLetter(L(k))) f = lex_.FindRussianHead(L(k));
    if (form != nullptr) *form = f;
    return f != nullptr && !f->plural;
  }

  // A quoted name closed at token c, with an organisation word after it («Нұр Отан» партиясы,
  // «Қазатомөнеркәсіп» АҚ) or a legal form / head before it (ТОО «Казахмыс», партия «Нур Отан»).
  void QuoteAt(size_t c) {
    const auto& toks = list_.toks;
    size_t o = 0;
    int words = 0;
    bool found = false;
    for (size_t k = c; k-- > 0 && c - k <= 14;) {
      TokKind kind = toks[k].kind;
      if (kind == TokKind::kOpenQuote) {
        o = k;
        found = true;
        break;
      }
      if (kind == TokKind::kSentEnd || kind == TokKind::kCloseQuote) return;
      words += kind == TokKind::kWord;
    }
    if (!found || words == 0 || words > 8 || !IsWord(o + 1)) return;
    const Tok& first = toks[o + 1];
    char c0 = text_[first.start];
    if (!first.upper && !first.latin && !(c0 >= '0' && c0 <= '9')) return;
    size_t k = c + 1;
    int desc = 0;
    bool legal = false;
    while (IsWord(k) && desc < 4 && !HeadOrLegal(k, &legal) && !toks[k].upper) {
      std::string_view lw = L(k);
      if (!lex_.IsNameInternalWord(lw) && !gaz_.IsNameWord(lw) && !lex_.IsNameConnector(lw) &&
          lw != "әл-ауқат") {
        break;
      }
      ++k;
      ++desc;
    }
    const HeadForm* form = nullptr;
    if (IsWord(k) && HeadOrLegal(k, &legal, &form)) {
      if (!legal && desc == 0 && IsTypeWord(*form)) {
        Add(o + 1, c, 2);  // «Хабар» арнасы: the name is Хабар
        return;
      }
      size_t e = k + 1;
      bool legal2;
      if (legal && IsWord(e) && HeadOrLegal(e, &legal2) && legal2) ++e;  // ҰК АҚ
      Add(o, e, 2, -1, o + 1, c);
      return;
    }
    if (o > 0 && IsWord(o - 1)) {
      size_t b = o - 1;
      const Tok& t = toks[b];
      bool is_legal = lex_.IsLegalForm(text_.substr(t.start, t.end - t.start));
      const HeadForm* rf = HasKazakhLetter(L(b)) ? nullptr : lex_.FindRussianHead(L(b));
      if (rf != nullptr && !rf->plural && IsTypeWord(*rf)) {
        Add(o + 1, c, 2);  // телеканал «Хабар»
        return;
      }
      if (is_legal || (rf != nullptr && !rf->plural)) {
        bool gen;
        while (b > 0 && o - b < 4 && IsWord(b - 1) && !Stop(b - 1) &&
               Lexicon::LooksRussianAdjective(L(b - 1), &gen)) {
          --b;
        }
        Add(b, c + 1, 2, -1, o + 1, c);
      }
    }
  }

  bool Allowed(const OrgGazetteer::KeyInfo& ki, size_t i) const {
    const Tok& t = list_.toks[i];
    if (ki.require_upper && !t.upper) return false;
    if (ki.require_caps && !t.allcaps) return false;
    if (ki.ambiguous && t.sent_start && !t.allcaps &&
        !(i > 0 && list_.toks[i - 1].kind == TokKind::kOpenQuote)) {
      return false;
    }
    return true;
  }

  // Longest gazetteer name starting at word i.
  void GazetteerAt(size_t i) {
    std::string_view lw = L(i);
    int max_words = gaz_.MaxWords(lw);
    if (const HeadForm* f = lex_.FindRussianHead(lw)) {
      max_words = std::max(max_words, gaz_.MaxWords(lex_.head(f->head).lemma));
    }
    size_t n = 1;
    while (static_cast<int>(n) < max_words && IsWord(i + n)) ++n;
    for (size_t len = n; len >= 2; --len) {
      if (const auto* ki = LookupSpan(i, i + len); ki != nullptr && Allowed(*ki, i)) {
        Add(i, i + len, 3, static_cast<int>(ki->org));
        return;
      }
    }
    Lexicon::BaseCandidates(lw, &buf_);
    for (const std::string& cand : buf_) {
      const auto* ki = gaz_.FindKey(cand);
      if (ki != nullptr && ki->words == 1 && Allowed(*ki, i)) {
        Add(i, i + 1, 3, static_cast<int>(ki->org));
        return;
      }
    }
  }

  const OrgGazetteer::KeyInfo* LookupSpan(size_t b, size_t e) {
    CanonicalName c = Canonicalize(text_, list_, b, e);
    if (const auto* ki = gaz_.FindKey(c.key)) return ki;
    size_t space = c.key.rfind(' ');
    if (space == std::string::npos) return nullptr;
    std::string prefix = c.key.substr(0, space + 1);
    Lexicon::BaseCandidates(L(e - 1), &buf_);
    for (size_t k = 1; k < buf_.size(); ++k) {
      if (const auto* ki = gaz_.FindKey(prefix + buf_[k])) return ki;
    }
    return nullptr;
  }

  // Longest candidates first; among equals, the higher priority; no overlaps.
  std::vector<Cand> Select() {
    std::sort(cands_.begin(), cands_.end(), [](const Cand& a, const Cand& b) {
      if (a.e - a.b != b.e - b.b) return a.e - a.b > b.e - b.b;
      if (a.prio != b.prio) return a.prio > b.prio;
      return a.b < b.b;
    });
    std::vector<Cand> chosen;
    std::vector<bool> used(list_.toks.size(), false);
    for (const Cand& c : cands_) {
      bool free = true;
      for (uint32_t i = c.b; i < c.e && free; ++i) free = !used[i];
      if (!free) continue;
      for (uint32_t i = c.b; i < c.e; ++i) used[i] = true;
      chosen.push_back(c);
    }
    std::sort(chosen.begin(), chosen.end(), [](const Cand& a, const Cand& b) { return a.b < b.b; });
    return chosen;
  }

  const OrgGazetteer& gaz_;
  const Lexicon& lex_;
  std::string_view text_;
  TokenList list_;
  std::vector<Cand> cands_;
  std::vector<std::string> buf_;
};

// Drops a leading "ҚР" / "Қазақстан Республикасының" and a trailing "РК" / "Республики Казахстан"
// when at least two words remain: they do not change which organisation is meant.
void StripCountry(const TokenList& list, size_t* b, size_t* e) {
  auto word_at = [&](size_t i) { return i < *e && list.toks[i].kind == TokKind::kWord; };
  auto words_in = [&](size_t from, size_t to) {
    size_t n = 0;
    for (size_t i = from; i < to; ++i) n += list.toks[i].kind == TokKind::kWord;
    return n;
  };
  size_t nb = *b, ne = *e;
  if (word_at(nb) && (list.Lower(list.toks[nb]) == "қр" || list.Lower(list.toks[nb]) == "рк")) {
    ++nb;
  } else if (word_at(nb) && word_at(nb + 1) && list.Lower(list.toks[nb]) == "қазақстан" &&
             (list.Lower(list.toks[nb + 1]) == "республикасының" ||
              list.Lower(list.toks[nb + 1]) == "республикасы")) {
    nb += 2;
  }
  if (ne > nb && list.toks[ne - 1].kind == TokKind::kWord && list.Lower(list.toks[ne - 1]) == "рк") {
    --ne;
  } else if (ne >= nb + 2 && list.Lower(list.toks[ne - 1]) == "казахстан" &&
             list.Lower(list.toks[ne - 2]) == "республики") {
    ne -= 2;
  }
  if (words_in(nb, ne) >= 2) {
    *b = nb;
    *e = ne;
  }
}

const OrgGazetteer::KeyInfo* FindWithCandidates(const OrgGazetteer& gaz, const TokenList& list,
                                                const CanonicalName& c, size_t last_word) {
  if (const auto* ki = gaz.FindKey(c.key)) return ki;
  size_t space = c.key.rfind(' ');
  std::string prefix = space == std::string::npos ? "" : c.key.substr(0, space + 1);
  std::vector<std::string> cands;
  Lexicon::BaseCandidates(list.Lower(list.toks[last_word]), &cands);
  for (size_t k = 1; k < cands.size(); ++k) {
    if (const auto* ki = gaz.FindKey(prefix + cands[k])) return ki;
  }
  return nullptr;
}

size_t LastWord(const TokenList& list, size_t b, size_t e) {
  for (size_t i = e; i > b; --i) {
    if (list.toks[i - 1].kind == TokKind::kWord) return i - 1;
  }
  return b;
}

// The organisation tokens [b, e) name: a gazetteer organisation if the name, the name without its
// country prefix, or the quoted core [qb, qe) is known; else the canonical form of the name.
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
  if (ki != nullptr) {
    out.org = static_cast<int>(ki->org);
    out.display = gaz.org(ki->org).name;
    out.id = gaz.org(ki->org).id;
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

}  // namespace

OrgExtractor::OrgExtractor() : OrgExtractor(org_gazetteer_view()) {}

OrgExtractor::OrgExtractor(std::string_view gazetteer_tsv)
    : gazetteer_(std::make_unique<OrgGazetteer>(gazetteer_tsv)) {}

OrgExtractor::~OrgExtractor() = default;

size_t OrgExtractor::GazetteerSize() const { return gazetteer_->size(); }

std::vector<OrgMention> OrgExtractor::Extract(std::string_view text) const {
  Pass pass(*gazetteer_, text);
  std::vector<Cand> chosen = pass.Run();
  const TokenList& list = pass.list();
  std::vector<OrgMention> out;
  out.reserve(chosen.size());
  std::unordered_map<std::string, size_t> first_display;  // id -> index in out
  for (const Cand& c : chosen) {
    OrgMention m;
    m.start = list.toks[c.b].start;
    m.end = list.toks[c.e - 1].end;
    if (c.org >= 0) {
      m.id = gazetteer_->org(static_cast<uint32_t>(c.org)).id;
      m.name = gazetteer_->org(static_cast<uint32_t>(c.org)).name;
    } else {
      Named n = NameFor(*gazetteer_, text, list, c.b, c.e, c.qb, c.qe);
      if (n.id.empty()) continue;
      m.id = std::move(n.id);
      m.name = std::move(n.display);
    }
    // One display name per organisation within a text: the first one seen.
    auto [it, inserted] = first_display.emplace(m.id, out.size());
    if (!inserted) m.name = out[it->second].name;
    out.push_back(std::move(m));
  }
  return out;
}

std::optional<OrgInfo> OrgExtractor::Resolve(std::string_view name) const {
  while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
  auto info_for = [&](const OrgGazetteer::Entry& e) {
    return OrgInfo{e.id, e.name, e.aliases};
  };
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
