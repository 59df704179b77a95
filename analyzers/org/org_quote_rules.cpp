// Rule 2 of organisation extraction: a quoted name with an organisation word after it
// («Нұр Отан» партиясы, «Қазатомөнеркәсіп» АҚ) or, in Russian, before it (ТОО «Казахмыс»).
#include "analyzers/org/org_candidates.h"

namespace izdeu::analyzers::org_internal {
// The people of an organisation (its staff, members, heads, representatives, readers), in any
// inflected form with an ending (мамандары, басшыларының, мүшелерімен, басшылығымен): after a
// quoted name they say the name is an organisation, whereas a quoted name alone is most often the
// title of a work or an event. Checked on half A of KazNERD (4 of 4 organisations: «Хабар»
// ұжымы, «Қазақконцерт» басшылығымен...) and on the civic-news scrape («Талибан» басшыларының,
// «АУМ Синрикё» мүшелерімен, «Білім - Орталық Азия» өкілдері: all organisations).
bool IsMemberNoun(std::string_view lw) {
  static constexpr std::string_view kStems[] = {
      "маман",    "қызметкер", "жұмыскер", "ұжым",     "басшы",  "өкіл",  "мүше",
      "жауынгер", "оқырман",   "акционер", "директор", "төраға", "ойыншы"};
  if (EndsWith(lw, "лік") || EndsWith(lw, "лық")) return false;  // акционерлік: an adjective
  // мамандығы is "speciality", not "specialists": «Әлемдік экономика» мамандығы бойынша (CVs in
  // the civic news) names a subject of study.
  if (StartsWith(lw, "мамандық") || StartsWith(lw, "мамандығ")) return false;
  for (std::string_view stem : kStems) {
    if (lw.size() > stem.size() && StartsWith(lw, stem)) return true;
  }
  return false;
}

// Type words after (or, in Russian, before) a quoted name: «Хабар» арнасы, телеканал «Хабар».
bool CandidatePass::IsTypeWord(const HeadForm& f) const {
  const auto& head = lex_.head(f.head);
  return head.cls == HeadClass::kType || head.lemma == "агенттік" || head.lemma == "агентство";
}

// The organisation word at token k: a legal form (*legal set) or a head noun (*form set).
bool CandidatePass::HeadOrLegal(size_t k, bool* legal, const HeadForm** form) const {
  *legal = IsLegalFormToken(k);  // also with a case ending: «...» РМК-нің
  if (*legal) return true;
  const HeadForm* f = lex_.FindKazakhHead(L(k));
  if (f == nullptr && !HasKazakhLetter(L(k))) f = lex_.FindRussianHead(L(k));
  if (form != nullptr) *form = f;
  // A Kazakh plural type word names each of several quoted names («Жорға» би ансамбльдері).
  return f != nullptr && (!f->plural || (lex_.head(f->head).lang == Lang::kKazakh &&
                                         lex_.head(f->head).cls == HeadClass::kType));
}

// A lower-case word between a quoted name and its organisation word: a domain word, an adjective,
// a noun in the nominative or the genitive (саяжай, мүгедектердің қайырымдылық қоры).
bool CandidatePass::DescriptorOk(size_t k) {
  std::string_view lw = L(k);
  // арнайы ("special") is a stop word only as a capitalised first word of a name; after a quoted
  // name it describes the body like any adjective: «Гранит» арнайы конструкторлық және
  // технологиялық бюросы (half A), «...» арнайы экономикалық аймағы (civic news; no head, so no
  // name).
  if (lw == "арнайы") return true;
  if (lex_.IsNameInternalWord(lw) || gaz_.IsNameWord(lw) || lex_.IsNameConnector(lw) ||
      lw == "әл-ауқат" || IsNominal(lw)) {
    return true;
  }
  if (!Lexicon::HasGenitive(lw)) return false;
  return IsNominal(lw.substr(0, lw.size() - std::string_view("ның").size()));
}

// A quoted name closed at token c, with an organisation word after it («Нұр Отан» партиясы,
// «Қазатомөнеркәсіп» АҚ) or a legal form / head before it (ТОО «Казахмыс», партия «Нур Отан»).
// Quoted words [b, e) that are themselves a Kazakh organisation phrase: at least two words, the
// last a head noun in the possessive (not a type word), the others modifiers.
bool CandidatePass::QuotedHeadPhrase(size_t b, size_t e) {
  if (e < b + 2 || !IsWord(e - 1)) return false;
  const HeadForm* f = lex_.FindKazakhHead(L(e - 1));
  if (f == nullptr || !f->poss3 || f->plural || lex_.head(f->head).cls == HeadClass::kType) {
    return false;
  }
  // «Жеке кабинеті»: a user's personal account on a site (civic news).
  if (e == b + 2 && L(b) == "жеке" && lex_.head(f->head).lemma == "кабинет") return false;
  for (size_t i = b; i + 1 < e; ++i) {
    if (!IsWord(i) || !ModifierOk(i)) return false;
  }
  return true;
}

void CandidatePass::QuoteAt(size_t c) {
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
  while (IsWord(k) && desc < 4 && !HeadOrLegal(k, &legal) && !toks[k].upper && DescriptorOk(k)) {
    ++k;
    ++desc;
  }
  const HeadForm* form = nullptr;
  bool head_after = IsWord(k) && HeadOrLegal(k, &legal, &form);
  // Descriptors then a bare Kazakh head are a common phrase (өзара тиімді серіктестік): after a
  // name the head takes the possessive (саяжай серіктестігі).
  if (head_after && !legal && desc > 0 && lex_.head(form->head).lang == Lang::kKazakh &&
      !form->poss3) {
    head_after = false;
  }
  if (head_after) {
    // «Қосымша» бөлімі, «Жаңалықтар» бөлімі: a common word names a section of a document or a
    // site, not a department.
    if (!legal && lex_.head(form->head).lemma == "бөлім" && c == o + 2 && IsCommonWord(L(o + 1))) {
      return;
    }
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
  if (QuotedHeadPhrase(o + 1, c)) {
    Add(o + 1, c, 2);  // «Ұлттық аграрлық ғылыми-білім беру орталығы»
    return;
  }
  // A quoted foreign company name, its company word transcribed in lower case: « Атлантик
  // каунсэл » саяси топ мүшелерімен (half A). Only transcriptions that are no Kazakh or Russian
  // word: «Жаңа медиа», «Жасыл қала», «Безопасный город» are projects (the sample).
  if (words >= 2 && words <= 5 && IsWord(c - 1) && !toks[c - 1].upper) {
    static constexpr std::string_view kTranscribed[] = {
        "каунсэл", "каунсил", "холдингс", "груп",     "групп",      "корпорейшн",
        "компани", "лимитед", "моторс",   "эйрлайнс", "интернэшнл", "текнолоджис"};
    std::string_view base = lex_.ForeignOrgBase(L(c - 1));
    for (std::string_view t : kTranscribed) {
      if (base == t) {
        Add(o + 1, c, 2);
        return;
      }
    }
  }
  if (IsWord(c + 1) && IsMemberNoun(L(c + 1)) && words <= 5) {
    Add(o + 1, c, 2);  // «Охотзоопром» мамандары, «Талибан» басшылары: X has staff, so X is a body
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

}  // namespace izdeu::analyzers::org_internal
