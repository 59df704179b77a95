// Rule 1 of organisation extraction (gazetteer names), the token predicates the other rules share
// (StartOk, ModifierOk, RealName...), and the final choice among candidates. See org_candidates.h.
#include "analyzers/org/org_candidates.h"

#include "analyzers/org/org_scorer.h"

#include <algorithm>

#include "analyzers/org/org_canonical.h"

namespace izdeu::analyzers::org_internal {

bool HasKazakhLetter(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    unsigned char a = s[i], b = s[i + 1];
    // ә ғ қ ң ө ұ ү һ (U+0493..U+04E9) and і (U+0456), lower case only: words here are folded.
    if ((a == 0xD2 || a == 0xD3) || (a == 0xD1 && b == 0x96)) return true;
  }
  return false;
}

CandidatePass::CandidatePass(const OrgGazetteer& gaz, std::string_view text)
    : gaz_(gaz), lex_(Lexicon::Get()), text_(text) {
  ScanText(text, &list_);
}

// True when token i is in a sentence written in Kazakh: at least two of its words, and a quarter
// of them, have a letter Russian lacks. Russian heads are looked for only outside such sentences:
// Kazakh words often look like Russian genitives (Комитет отырысына, Партия аппараты). Computed
// only where a Russian head is (rare in Kazakh text), and kept for the rest of the sentence.
bool CandidatePass::InKazakhSentence(size_t i) {
  if (i >= kazakh_sentence_begin_ && i < kazakh_sentence_end_) return kazakh_sentence_;
  const auto& toks = list_.toks;
  // A sentence starts at token k after a sentence end or at a word that starts a line or sentence.
  auto starts_sentence = [&](size_t k) {
    return k == 0 || toks[k - 1].kind == TokKind::kSentEnd ||
           (toks[k].kind == TokKind::kWord && toks[k].sent_start);
  };
  size_t b = i;
  while (!starts_sentence(b)) --b;
  size_t e = i + 1;
  while (e < toks.size() && !starts_sentence(e)) ++e;
  // Only lower-case words outside quotes: a Russian sentence names Kazakh places and bodies in
  // Kazakh spelling (посетил Ақтөбе и Қостанай, знак «Төтенше жағдайлар ...»).
  size_t words = 0, kazakh = 0;
  int quoted = 0;
  for (size_t k = b; k < e; ++k) {
    if (toks[k].kind == TokKind::kOpenQuote) ++quoted;
    if (toks[k].kind == TokKind::kCloseQuote && quoted > 0) --quoted;
    if (toks[k].kind != TokKind::kWord || toks[k].upper || quoted > 0) continue;
    ++words;
    kazakh += HasKazakhLetter(L(k));
  }
  kazakh_sentence_begin_ = b;
  kazakh_sentence_end_ = e;
  kazakh_sentence_ = kazakh >= 2 && kazakh * 4 >= words;
  return kazakh_sentence_;
}

// True when the word after token i has an ending only Russian has (экологии, национального,
// общественных, безопасности, министерства, образования) or is a long Russian adjective: a Russian
// name quoted in Kazakh speech (Комитет экологии уже ... қарап жатыр; KazNERD half A).
bool CandidatePass::RussianWordFollows(size_t i) {
  if (!IsWord(i + 1) || HasKazakhLetter(L(i + 1))) return false;
  std::string_view next = L(i + 1);
  if (next == "по" || next == "при" || next == "для") return true;  // Комитет по делам религий
  for (std::string_view e : {"ии", "ого", "его", "ых", "их", "ости", "ства", "ения", "ания"}) {
    if (EndsWith(next, e)) return true;
  }
  // Adjectives (национальной, казахстанский, Высшая): Kazakh has той, бой but no long such words.
  bool gen;
  return CodePoints(next) >= 6 && Lexicon::LooksRussianAdjective(next, &gen);
}

std::vector<Cand> CandidatePass::Run() {
  const auto& toks = list_.toks;
  for (size_t i = 0; i < toks.size(); ++i) {
    const Tok& t = toks[i];
    if (t.kind == TokKind::kCloseQuote) {
      QuoteAt(i);
      continue;
    }
    if (t.kind != TokKind::kWord) continue;
    std::string_view lw = L(i);
    if (t.upper || t.latin) {
      GazetteerAt(i);
      if (i > 0 && !t.sent_start) ForeignNameAt(i);
    }
    if (const HeadForm* f = lex_.FindKazakhHead(lw)) KazakhHeadAt(i, *f);
    if (!HasKazakhLetter(lw)) {
      const HeadForm* f = lex_.FindRussianHead(lw);
      if (f != nullptr && (!InKazakhSentence(i) || RussianWordFollows(i))) RussianHeadAt(i, *f);
    }
  }
  DropInsideAwards();
  DropNonMentions();
  std::vector<Cand> chosen = Select();
  AddQuotedNamesInLists(&chosen);
  return chosen;
}

// True when `i` is a comma or a conjunction joining items of a list (және, мен, бен, пен, и).
bool CandidatePass::ListLinker(size_t i) const {
  const auto& toks = list_.toks;
  if (i >= toks.size()) return false;
  if (toks[i].kind == TokKind::kWord) {
    std::string_view w = L(i);
    return w == "және" || w == "мен" || w == "бен" || w == "пен" || w == "и";
  }
  return toks[i].kind == TokKind::kPunct && text_[toks[i].start] == ',';
}

// True when the quoted texts listed from token `after` on (commas, conjunctions and quoted
// texts) end in an award word: «Айбын», «Барыс», «Достық» және «Даңқ» ордендерімен.
bool CandidatePass::ListEndsInAward(size_t after) const {
  const auto& toks = list_.toks;
  size_t i = after;
  bool in_quote = false;
  for (; i < toks.size(); ++i) {
    const TokKind kind = toks[i].kind;
    if (kind == TokKind::kSentEnd) return false;
    if (kind == TokKind::kOpenQuote) in_quote = true;
    if (kind == TokKind::kCloseQuote) in_quote = false;
    if (kind == TokKind::kWord && !in_quote && !ListLinker(i)) break;
  }
  if (!IsWord(i)) return false;
  std::string_view lw = L(i);
  for (std::string_view p : {"орден", "медал", "төсбелгі", "грамота", "сыйлы"}) {
    if (StartsWith(lw, p)) return true;
  }
  return false;
}

// A bare quoted name is a title far more often than an organisation (docs/organisations.md), but
// one listed with an organisation is one of a kind: "« РОСГАЗ » , « Газпром »", "« Ақ жол » және
// « Нұр Отан » партиялары". A quoted name (LooseCandidates) joined by a comma or a conjunction to a
// chosen mention becomes a mention itself, and so does the next one in the same list.
void CandidatePass::AddQuotedNamesInLists(std::vector<Cand>* chosen) {
  const auto& toks = list_.toks;
  auto linker = [&](size_t i) { return ListLinker(i); };
  // Token spans of the mentions with their quotes, so "« A » , « B »" is seen as adjacent.
  auto outer_b = [&](const Cand& c) {
    return c.b > 0 && toks[c.b].kind == TokKind::kWord && toks[c.b - 1].kind == TokKind::kOpenQuote
               ? c.b - 1
               : c.b;
  };
  auto outer_e = [&](const Cand& c) {
    return c.e < toks.size() && toks[c.e].kind == TokKind::kCloseQuote ? c.e + 1 : c.e;
  };
  // A mention that is only part of a quoted text («Қазақстан Республикасының Парламентіне 10 жыл»
  // медалі) is no evidence for the quoted texts listed with it.
  std::vector<bool> quoted(toks.size(), false);
  bool open = false;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].kind == TokKind::kOpenQuote) open = true;
    if (toks[i].kind == TokKind::kCloseQuote || toks[i].kind == TokKind::kSentEnd) open = false;
    quoted[i] = open && toks[i].kind == TokKind::kWord;
  }
  auto whole = [&](const Cand& c) {
    bool any_quoted = false;
    for (size_t i = c.b; i < c.e; ++i) any_quoted |= quoted[i];
    return !any_quoted || (outer_b(c) < c.b && outer_e(c) > c.e);
  };
  std::vector<Cand> loose = LooseCandidates(list_, *chosen);
  bool added = !loose.empty();
  while (added) {
    added = false;
    for (Cand& q : loose) {
      if (q.e == 0) continue;  // taken already
      bool joined = false;
      for (const Cand& c : *chosen) {
        if (!whole(c)) continue;
        joined |= outer_e(c) + 1 == q.b && linker(q.b - 1);
        joined |= q.e + 1 == outer_b(c) && linker(q.e);
      }
      // The item ends like one of a list of names: punctuation or a conjunction follows it, not a
      // word that makes it the title of something else («Корпоративтік және халықаралық
      // қаржылар» MSc мамандығы, «Қазақстан» телеарнасы).
      // Nor is a speciality in a CV: по специальности “Бухгалтерский учет и аудит”, ... .
      auto speciality = [&](size_t i) {
        if (!IsWord(i)) return false;
        for (std::string_view p : {"специальност", "мамандығ", "квалификаци", "біліктілі"}) {
          if (StartsWith(L(i), p)) return true;
        }
        return false;
      };
      if (!joined || (IsWord(q.e) && !linker(q.e)) || ListEndsInAward(q.e) ||
          (q.b > 0 && speciality(q.b - 1))) {
        continue;
      }
      Cand m;
      m.b = q.qb;
      m.e = q.qe;
      m.prio = 2;
      chosen->insert(std::upper_bound(chosen->begin(), chosen->end(), m,
                                      [](const Cand& x, const Cand& y) { return x.b < y.b; }),
                     m);
      q.e = 0;
      added = true;
    }
  }
}

// True when the quoted text closed at token c names a work, a project, a system, an event or a
// campaign: a word for one follows it, right after it or after one lower-case descriptor that is
// no organisation word («Нұр Отан» мемлекеттік басқару жүйесі үшін: the party trains staff "for
// the state administration system"). «Бәйтерек» ғарыш жобасының, «Гугл Саенс Фэйр» олимпиадасында,
// «Смарт Астана» мобильдік қосымшасы, «Е-лицензирование» жүйесі. Half A of KazNERD: 80 such quoted
// texts, none tagged ORGANISATION but a company inside a campaign's slogan («МЕГА»-дан «Ягуар» ұтып
// ал!» науқанына). Not бренд (KazNERD tags «Қазақ үйі» бренді as an organisation) nor платформа
// («Аманат» азаматтық платформасы is a movement).
bool CandidatePass::TitleOfWorkAfter(size_t c) {
  // Stems followed by a case or possessive ending; not жобалау ("design": «X» жобалау институты)
  // nor кітапхана ("library").
  static constexpr std::string_view kWorks[] = {
      "бағдарлама", "жобас",    "жобаға",  "жобаны",   "жобада",  "жүйесі",    "жүйесін",
      "қосымшас",   "кешені",   "кешенін", "акция",    "науқан",  "олимпиада", "конкурс",
      "байқау",     "фестивал", "фильм",   "кітабы",   "кітабын", "спектакл",  "сериал",
      "жинағ",      "марафон",  "турнир",  "чемпионат"};
  size_t k = c + 1;
  for (int desc = 0; desc <= 1 && IsWord(k); ++desc, ++k) {
    std::string_view lw = L(k);
    for (std::string_view w : kWorks) {
      if (StartsWith(lw, w)) return true;
    }
    bool legal;
    if (list_.toks[k].upper || HeadOrLegal(k, &legal)) return false;
  }
  return false;
}

// Awards, orders and medals are named in quotes (ІІІ дәрежелі «Мінсіз қызметі үшін» медалімен,
// «Парасат» орденімен, «Құрмет» орденін, медаль «За заслуги»): nothing inside such quotes is an
// organisation mention, although «Мінсіз қызметі» looks like a head phrase. A quoted text is an
// award when an award word follows it, or when it is a dedication ("... үшін", "За ..."). Nor is
// anything inside the quoted title of a work, project or event (TitleOfWorkAfter).
void CandidatePass::DropInsideAwards() {
  const auto& toks = list_.toks;
  auto award_word = [&](size_t i) {
    if (!IsWord(i)) return false;
    std::string_view lw = L(i);
    for (std::string_view p : {"орден", "медал", "төсбелгі", "грамота"}) {
      if (StartsWith(lw, p)) return true;
    }
    return false;
  };
  std::vector<std::pair<uint32_t, uint32_t>> awards;  // [open quote, close quote]
  for (size_t c = 0; c < toks.size(); ++c) {
    if (toks[c].kind != TokKind::kCloseQuote) continue;
    size_t o = c;
    while (o > 0 && c - o < 12 && toks[o - 1].kind != TokKind::kOpenQuote &&
           toks[o - 1].kind != TokKind::kCloseQuote && toks[o - 1].kind != TokKind::kSentEnd) {
      --o;
    }
    if (o == 0 || toks[o - 1].kind != TokKind::kOpenQuote || o == c) continue;
    bool award = award_word(c + 1) || (o >= 2 && award_word(o - 2)) ||
                 ((!IsWord(c + 1) || ListLinker(c + 1)) && ListEndsInAward(c + 1)) ||
                 (IsWord(c - 1) && L(c - 1) == "үшін") || (IsWord(o) && L(o) == "за") ||
                 TitleOfWorkAfter(c);
    if (award) awards.emplace_back(static_cast<uint32_t>(o - 1), static_cast<uint32_t>(c));
  }
  if (awards.empty()) return;
  std::erase_if(cands_, [&](const Cand& k) {
    for (const auto& [o, c] : awards) {
      if (k.b >= o && k.e <= c + 1) return true;
    }
    return false;
  });
}

// Candidates that the next word shows are no mention of a body:
//  - a place, lower-case words and a head in the dative before айналу, "to become": Қазақстан
//    аймақтық қаржы орталығына айналса ("if Kazakhstan becomes a regional financial centre"; half
//    A, and the same phrase about hubs and centres in the civic news) says what the place becomes;
//  - Үкімет үйі (the House of Government, a building) and Үкімет сағаты (Parliament's government
//    hour, an event), and so for the other state heads (Парламент үйі): KazNERD tags them FACILITY
//    and EVENT (half A), whereas Үкімет отырысы (its meeting) and Үкімет резерві are the body's;
//  - a foreign name (Latin, or a transcribed company word) that the name of an event goes on
//    from (EventNameFrom): Astana Media Week-тың, « Астана Медиа Уиктың » (half A: KazNERD tags
//    both as EVENT; izdeu found a company "Astana Media"), Astana Finance Days конференциясы
//    (civic news).
void CandidatePass::DropNonMentions() {
  const auto& toks = list_.toks;
  std::erase_if(cands_, [&](const Cand& k) {
    if (!IsWord(k.e) || !IsWord(k.e - 1)) return false;
    if ((toks[k.e - 1].latin || !lex_.ForeignOrgBase(L(k.e - 1)).empty()) && EventNameFrom(k.e)) {
      return true;
    }
    std::string_view next = L(k.e), last = L(k.e - 1);
    // The subject, a place in the nominative, starts the phrase: "Kazakhstan becomes ...". A name
    // that becomes something (Еуразиялық экономикалық одаққа айналды, half A) stays.
    if (StartsWith(next, "айнал") && k.e >= k.b + 2 && toks[k.b].upper && gaz_.IsPlace(L(k.b))) {
      bool rest_lower = true;
      for (uint32_t i = k.b + 1; i < k.e && rest_lower; ++i) rest_lower = !toks[i].upper;
      for (std::string_view dative : {"ға", "ге", "қа", "ке", "на", "не"}) {
        if (rest_lower && EndsWith(last, dative)) return true;
      }
    }
    if (k.e == k.b + 1 && toks[k.b].upper) {
      const HeadForm* f = lex_.FindKazakhHead(last);
      if (f != nullptr && f->bare && lex_.head(f->head).cls == HeadClass::kState &&
          (StartsWith(next, "үйі") || StartsWith(next, "сағаты") || StartsWith(next, "сағатын"))) {
        return true;
      }
    }
    return false;
  });
}

// True when token i, capitalised or Latin, is an event word in English or in Kazakh transcription,
// with or without a case ending (Week-тың, Уиктың, Days): the name before it is the event's. Only
// the next word: a name two words further on is another name (Kazakh Invest China-ASEAN Expo XIV
// көрмесінің ұйымдастырушыларынан, civic news), and so Google Science Fair keeps Google. Not a
// Kazakh word for an event (форумы, фестивалі in lower case follow a body's name: its forum).
bool CandidatePass::EventNameFrom(size_t i) {
  static constexpr std::string_view kEvents[] = {
      "week",     "fair",      "forum",    "festival",     "fest",  "summit", "awards",
      "award",    "cup",       "expo",     "show",         "games", "days",   "prize",
      "olympiad", "challenge", "marathon", "championship", "уик",   "фэйр",   "фейр",
      "саммит",   "эвордс",    "экспо",    "шоу"};
  if (!IsWord(i) || !(list_.toks[i].upper || list_.toks[i].latin)) return false;
  // A Latin word with a Cyrillic case ending (Week-тың) is folded as a whole by NormalizeWord's
  // look-alike repair: fold the part before the hyphen.
  std::string_view surface = Surface(i);
  surface = surface.substr(0, surface.find('-'));
  std::string folded;
  FoldWord(surface, &folded);
  for (const std::string& base : Lexicon::BaseCandidatesOf(folded)) {
    for (std::string_view e : kEvents) {
      if (base == e) return true;
    }
  }
  return false;
}

bool CandidatePass::IsPlaceWord(std::string_view lw) {
  if (gaz_.IsPlace(lw)) return true;
  const auto& candidates = Lexicon::BaseCandidatesOf(lw);
  for (size_t k = 1; k < candidates.size(); ++k) {
    if (gaz_.IsPlace(candidates[k])) return true;
  }
  return false;
}

// A legal form (АҚ, ЖШС, РМК), also with a case ending after a hyphen (РМК-нің).
bool CandidatePass::IsLegalFormToken(size_t i) const {
  std::string_view surface = Surface(i);
  size_t hyphen = surface.find('-');
  if (hyphen != std::string_view::npos) surface = surface.substr(0, hyphen);
  return lex_.IsLegalForm(surface);
}

// A place in the locative-attributive form (Түркиядағы, Мәскеудегі, Республикасындағы after a
// place): "which is in X".
bool CandidatePass::IsLocativePlace(size_t i) {
  std::string_view lw = L(i);
  for (std::string_view suffix : {"дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі"}) {
    if (!EndsWith(lw, suffix)) continue;
    std::string_view stem = lw.substr(0, lw.size() - suffix.size());
    if (gaz_.IsPlace(stem) || IsPlaceWord(stem)) return true;
  }
  return false;
}

// A word known to sit inside names: a domain word, an adjective, a place (Қазақстан ends like an
// ablative but is not one). For a hyphenated word, its last part (Сорос-Қазақстан).
bool CandidatePass::Known(std::string_view lw) {
  size_t hyphen = lw.rfind('-');
  if (hyphen != std::string_view::npos && hyphen + 1 < lw.size() && Known(lw.substr(hyphen + 1))) {
    return true;
  }
  return lex_.IsNameInternalWord(lw) || gaz_.IsNameWord(lw) || IsPlaceWord(lw);
}

// Known without stripping a case ending: Қазақстан (a place that ends like an ablative), жөніндегі;
// for a hyphenated word, its last part. So a place in an oblique case (Алматыда, Қарағандыдағы)
// is not part of a name.
bool CandidatePass::KnownAsWritten(std::string_view lw) const {
  size_t hyphen = lw.rfind('-');
  if (hyphen != std::string_view::npos && hyphen + 1 < lw.size() &&
      KnownAsWritten(lw.substr(hyphen + 1))) {
    return true;  // Сорос-Қазақстан
  }
  return lex_.IsNameInternalWord(lw) || gaz_.IsNameWord(lw) || gaz_.IsPlace(lw);
}

// A common word by its lemma (Кездесуде -> кездесу).
bool CandidatePass::IsCommonWord(std::string_view lw) {
  if (gaz_.IsCommon(lw)) return true;
  const auto& candidates = Lexicon::BaseCandidatesOf(lw);
  for (size_t k = 1; k < candidates.size(); ++k) {
    if (gaz_.IsCommon(candidates[k])) return true;
  }
  return false;
}

// A word that can open a name: capitalised; not a function word, a title, a word in an oblique
// case, or a common word capitalised only because it starts the sentence.
bool CandidatePass::StartOk(size_t i) {
  const Tok& t = list_.toks[i];
  std::string_view lw = L(i);
  if (!t.upper || lex_.IsCapitalStopWord(lw) || lex_.IsNameConnector(lw) ||
      Lexicon::IsPositionWord(lw)) {
    return false;
  }
  if (t.allcaps || t.latin) return true;
  // An ordinal numeral starts a section heading (Төртінші бөлімі), not a name.
  for (std::string_view ord : {"інші", "ыншы", "нші", "ншы"}) {
    if (EndsWith(lw, ord)) return false;
  }
  if (Lexicon::HasObliqueCase(lw, true) && !KnownAsWritten(lw)) return false;
  // The head of a name before (Президент Әкімшілігі | Қазақстан халқы Ассамблеясы).
  if (const HeadForm* f = lex_.FindKazakhHead(lw); f != nullptr && f->poss3) return false;
  if (t.sent_start && (lex_.IsGenericAdminWord(lw) || (IsCommonWord(lw) && !Known(lw)))) {
    // A compass word before a capitalised place is part of the place (Шығыс Қазақстан облысының,
    // Солтүстік Қазақстан облыстық), not the common word "east".
    bool compass = lw == "шығыс" || lw == "батыс" || lw == "солтүстік" || lw == "оңтүстік";
    return compass && IsWord(i + 1) && list_.toks[i + 1].upper && IsPlaceWord(L(i + 1));
  }
  return true;
}

bool CandidatePass::StateModifierOk(size_t i, std::string_view head_lemma) {
  const Tok& t = list_.toks[i];
  std::string_view lw = L(i);
  if (lw.substr(0, std::string_view("парламент").size()) == "парламент") {
    return head_lemma == "мәжіліс" || head_lemma == "сенат";
  }
  return t.allcaps || lex_.IsStateModifier(lw) || (t.upper && IsPlaceWord(lw));
}

bool CandidatePass::ModifierOk(size_t i) {
  const Tok& t = list_.toks[i];
  std::string_view lw = L(i);
  if (Lexicon::IsPositionWord(lw)) return false;
  if (const HeadForm* f = lex_.FindKazakhHead(lw)) {
    // Another name ends here (Ұлттық банктің Төрағасы), unless it is a capitalised name in the
    // nominative that the next head belongs to: Біріккен Ұлттар Ұйымы Бас Ассамблеясы.
    bool owner = t.upper && f->poss3 && !f->plural && lw == lex_.head(f->head).poss3;
    if ((!f->bare && !owner) || lex_.head(f->head).cls == HeadClass::kState) return false;
  }
  if (t.upper && !t.allcaps && !t.latin && Lexicon::HasObliqueCase(lw, false) &&
      !KnownAsWritten(lw)) {
    // A place as the object of a verbal noun inside the name: Аралды сақтау қоры.
    bool object = IsWord(i + 1) && !list_.toks[i + 1].upper && EndsWith(L(i + 1), "у") &&
                  (EndsWith(lw, "ды") || EndsWith(lw, "ді") || EndsWith(lw, "ны") ||
                   EndsWith(lw, "ні") || EndsWith(lw, "ты") || EndsWith(lw, "ті")) &&
                  IsPlaceWord(lw);
    if (!object) return false;
  }
  return (t.upper && !lex_.IsCapitalStopWord(lw)) || t.allcaps || lex_.IsNameInternalWord(lw) ||
         gaz_.IsNameWord(lw) || lex_.IsNameConnector(lw) || (!t.upper && IsNominal(lw));
}

// A lower-case noun or adjective in the nominative, singular or plural (авиация, коммуникациялар):
// the modifier of a Kazakh compound name (Азаматтық авиация комитеті).
bool CandidatePass::IsNominal(std::string_view lw) const {
  if (lex_.IsCapitalStopWord(lw)) return false;
  if (gaz_.IsNominal(lw)) return true;
  // A hyphenated compound by its last part: ғылыми-білім беру орталығы (half A).
  if (size_t hyphen = lw.rfind('-');
      hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < lw.size()) {
    std::string_view last = lw.substr(hyphen + 1);
    return lex_.IsNameInternalWord(last) || gaz_.IsNominal(last);
  }
  for (std::string_view pl : {"лар", "лер", "дар", "дер", "тар", "тер"}) {
    if (EndsWith(lw, pl) && gaz_.IsNominal(lw.substr(0, lw.size() - pl.size()))) return true;
  }
  // A verbal noun (көрсету, қорғау, беру: "showing", "protecting", "giving") of a listed verb.
  return CodePoints(lw) >= 4 && EndsWith(lw, "у") && gaz_.IsCommon(lw.substr(0, lw.size() - 2));
}

// Evidence that modifiers [b, e) are a proper name, not a capitalised common phrase.
bool CandidatePass::RealName(size_t b, size_t e) {
  for (size_t i = b; i < e; ++i) {
    // An official name's "X жөніндегі" (Төтенше жағдай жөніндегі мемлекеттік комиссия).
    if (L(i) == "жөніндегі" && i > b) return true;
    const Tok& t = list_.toks[i];
    std::string_view lw = L(i);
    if (!t.upper) continue;
    if (t.allcaps || t.latin || IsPlaceWord(lw)) return true;
    if (!t.sent_start) return true;
    if (!lex_.IsNameInternalWord(lw) && !gaz_.IsNameWord(lw) && !IsCommonWord(lw)) return true;
  }
  // At a sentence start: an adjective then at least one more word (Медициналық сақтандыру қоры).
  return e >= b + 2 && list_.toks[b].sent_start && lex_.IsAdjective(L(b));
}

// A word of a person's name: capitalised (not an abbreviation), not a place or a word known
// inside organisation names, and a listed name (first name, surname; any case form) or a word
// ending like a surname (Назарбаевтың, Оспанова, Серікболұлы) that is not a common word.
bool CandidatePass::IsPersonName(size_t i) {
  const Tok& t = list_.toks[i];
  if (!t.upper || t.allcaps || t.latin) return false;
  std::string_view lw = L(i);
  if (lex_.IsNameInternalWord(lw) || gaz_.IsNameWord(lw) || IsPlaceWord(lw)) return false;
  const auto& candidates = Lexicon::BaseCandidatesOf(lw);
  bool surname_like = false;
  for (const std::string& c : candidates) {
    if (gaz_.IsPersonWord(c)) return true;
    surname_like |= Lexicon::LooksLikeSurname(c);
  }
  // Kazakh surnames are common stems + -ов/-ев (Қуанышов < қуаныш): only the word as written, or
  // with a case ending, must not be a common word.
  if (!surname_like || gaz_.IsCommon(lw)) return false;
  for (const std::string& c : candidates) {
    if (gaz_.IsCommon(c) && Lexicon::LooksLikeSurname(c)) return false;
  }
  return true;
}

// The first token of [b, e) after the last person's name in it: a person's name never starts an
// organisation (Нұрсұлтан Назарбаев Еуразиялық одақ, Оспанова облыстық мәслихаты), except before
// атындағы (Гагарин атындағы академия), where it is part of the name.
size_t CandidatePass::SkipPersonNames(size_t b, size_t e) {
  size_t start = b;
  for (size_t k = b; k < e; ++k) {
    if (L(k) == "атындағы") {
      // The capitalised words right before атындағы are the namesake: Құрманғазы атындағы.
      size_t namesake = k;
      while (namesake > b && list_.toks[namesake - 1].upper) --namesake;
      return std::min(start, namesake);
    }
    if (IsPersonName(k)) start = k + 1;
  }
  return start;
}

void CandidatePass::Add(size_t b, size_t e, int prio, int org, size_t qb, size_t qe) {
  cands_.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), prio, org,
                    static_cast<uint32_t>(qb), static_cast<uint32_t>(qe)});
}

bool CandidatePass::Allowed(const OrgGazetteer::KeyInfo& ki, size_t i) const {
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
void CandidatePass::GazetteerAt(size_t i) {
  std::string_view lw = L(i);
  int max_words = gaz_.MaxWords(lw);
  if (const HeadForm* f = lex_.FindRussianHead(lw)) {
    max_words = std::max(max_words, gaz_.MaxWords(lex_.head(f->head).lemma));
  }
  // Ends of the spans of 2..max_words words from i; a dash between two words is inside the span
  // (Тұңғыш Президент — Елбасы қоры).
  size_t ends[32];
  int n_ends = 0, words = 1;
  for (size_t k = i + 1; words < max_words && n_ends < 32 && k < list_.toks.size(); ++k) {
    if (IsWord(k)) {
      ends[n_ends++] = k + 1;
      ++words;
      continue;
    }
    std::string_view p = Surface(k);
    if (!(p == "—" || p == "–" || p == "-") || !IsWord(k + 1)) break;
  }
  for (int x = n_ends - 1; x >= 0; --x) {
    if (const auto* ki = LookupSpan(i, ends[x]); ki != nullptr && Allowed(*ki, i)) {
      Add(i, ends[x], 3, static_cast<int>(ki->org));
      return;
    }
  }
  for (const std::string& cand : Lexicon::BaseCandidatesOf(lw)) {
    const auto* ki = gaz_.FindKey(cand);
    if (ki != nullptr && ki->words == 1 && Allowed(*ki, i)) {
      Add(i, i + 1, 3, static_cast<int>(ki->org));
      return;
    }
  }
}

const OrgGazetteer::KeyInfo* CandidatePass::LookupSpan(size_t b, size_t e) {
  CanonicalName c = Canonicalize(text_, list_, b, e);
  // A one-word span's base forms are GazetteerAt's own last resort.
  if (c.key.find(' ') == std::string::npos) return gaz_.FindKey(c.key);
  return gaz_.FindInflected(c.key, L(e - 1));
}

// Longest candidates first; among equals, the higher priority; no overlaps.
std::vector<Cand> CandidatePass::Select() {
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

}  // namespace izdeu::analyzers::org_internal
