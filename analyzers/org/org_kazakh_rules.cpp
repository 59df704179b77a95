// Rule 3 of organisation extraction: Kazakh head-final phrases (Ұлттық экономика министрлігінің,
// Алматы облыстық мәслихаты), names coordinated before a plural head, a capitalised name before a
// type word (CNN телеарнасы -> CNN), and foreign company names (Nest Investments Holdings).
#include "analyzers/org/org_candidates.h"

namespace izdeu::analyzers::org_internal {
namespace {

bool IsMilitaryUnit(std::string_view lemma) {
  return lemma == "бригада" || lemma == "дивизия" || lemma == "полк" || lemma == "батальон";
}

}  // namespace

// Kazakh head-final phrase ending at head token h: Ұлттық экономика министрлігінің.
void CandidatePass::KazakhHeadAt(size_t h, const HeadForm& f) {
  if (f.plural) {
    CoordinatedHeadAt(h, f);
    if (lex_.head(f.head).cls == HeadClass::kType) CoordinatedNamesBeforeTypeWord(h);
    return;
  }
  HeadClass cls = lex_.head(f.head).cls;
  if (cls == HeadClass::kType) {
    NameBeforeTypeWord(h, f);
    EnterpriseNameAt(h, f);
    return;
  }
  const std::string& lemma = lex_.head(f.head).lemma;
  auto after_about_or_named = [&](size_t i) { return L(i) == "жөніндегі" || L(i) == "атындағы"; };
  // A numbered military unit: 55 / 12 әскери бөлімінде (half A), 32363 әскери бөлімінің (civic
  // news); KazNERD tags it as an organisation, number included.
  auto digits = [&](size_t i) {
    return IsWord(i) && text_[list_.toks[i].start] >= '0' && text_[list_.toks[i].start] <= '9';
  };
  if (lemma == "бөлім" && f.poss3 && h >= 2 && L(h - 1) == "әскери" && digits(h - 2)) {
    size_t b = h - 2;
    if (b >= 2 && list_.toks[b - 1].kind == TokKind::kPunct &&
        text_[list_.toks[b - 1].start] == '/' && digits(b - 2)) {
      b -= 2;
    }
    Add(b, h + 1, 1);
    return;
  }
  // The same number read out, as transcripts write it: елу бес те он екі әскери бөлімінде ("55
  // / 12", the slash read as те/де; half A).
  if (lemma == "бөлім" && f.poss3 && h >= 2 && L(h - 1) == "әскери" &&
      Lexicon::IsKazakhNumberWord(L(h - 2))) {
    size_t b = h - 2;
    while (b > 0 && IsWord(b - 1) &&
           (Lexicon::IsKazakhNumberWord(L(b - 1)) ||
            (b >= 2 && IsWord(b - 2) && Lexicon::IsKazakhNumberWord(L(b - 2)) &&
             (L(b - 1) == "те" || L(b - 1) == "де" || L(b - 1) == "та" || L(b - 1) == "да")))) {
      --b;
    }
    Add(b, h + 1, 1);
    return;
  }
  // A unit named by its number: 101-інші атқыштар бригадасы, жүз бірінші атқыштар бригадасы,
  // сегізінші гвардиялық дивизиясы (KazNERD tags the ordinal as part of the name). Up to two
  // lower-case words between the ordinal and the head; the numeral words of a read-out ordinal
  // (жүз бірінші) come with it.
  if (IsMilitaryUnit(lemma) && f.poss3) {
    size_t b = h;
    while (b > 0 && h - b < 2 && IsWord(b - 1) && !list_.toks[b - 1].upper &&
           !Lexicon::IsKazakhOrdinal(L(b - 1)) && lex_.FindKazakhHead(L(b - 1)) == nullptr) {
      --b;
    }
    if (b > 0 && IsWord(b - 1) && Lexicon::IsKazakhOrdinal(L(b - 1))) {
      --b;
      while (b > 0 && IsWord(b - 1) && Lexicon::IsKazakhNumberWord(L(b - 1))) --b;
      Add(b, h + 1, 1);
      return;
    }
  }
  // An association is named by its members, in the plural possessive: Халықаралық сауда
  // орталықтары қауымдастығы, Қазақстан қаржыгерлері қауымдастығы, ардагерлері ұйымдары, Иордания
  // өкілдері палатасы (civic news). Such a word is no name elsewhere (орталықтары alone ends a
  // name).
  const bool by_members = f.poss3 && (lemma == "қауымдастық" || lemma == "одақ" ||
                                      lemma == "альянс" || lemma == "палата" || lemma == "ұйым");
  auto members = [&](size_t i) {
    if (list_.toks[i].upper) return false;
    std::string_view lw = L(i);
    for (std::string_view e : {"лары", "лері", "дары", "дері", "тары", "тері"}) {
      if (EndsWith(lw, e) && lw.size() > e.size() + 4) return true;
    }
    return false;
  };
  size_t j = h;
  while (j > 0 && h - j < 8 && IsWord(j - 1)) {
    bool ok = cls == HeadClass::kState ? StateModifierOk(j - 1, lemma)
                                       : ModifierOk(j - 1) || (by_members && members(j - 1));
    if (!ok) break;
    --j;
  }
  if (by_members) {
    // Before the members only places and name words (Халықаралық, Қазақстан, Иордания), not a
    // person's name that no list holds (Роман Скляр Иордания өкілдері палатасының).
    size_t first_member = h;
    for (size_t i = j; i < h && first_member == h; ++i) first_member = members(i) ? i : h;
    while (first_member < h && j < first_member && list_.toks[j].upper && !list_.toks[j].allcaps &&
           !IsPlaceWord(L(j)) && !lex_.IsNameInternalWord(L(j)) && !gaz_.IsNameWord(L(j))) {
      ++j;
    }
  }
  // A university, institute, academy or college named after a person with nothing else before
  // its head (Джонс Хопкинс университетінің, Гарвард университеті): the name is the namesake.
  const size_t before_names = j;
  j = SkipPersonNames(j, h);
  if (j == h && before_names < h && f.poss3 && h - before_names <= 3 &&
      (lemma == "университет" || lemma == "институт" || lemma == "академия" ||
       lemma == "колледж")) {
    bool all_upper = true;
    for (size_t i = before_names; i < h; ++i) all_upper &= list_.toks[i].upper;
    if (all_upper) j = before_names;
  }
  while (j < h && !StartOk(j)) ++j;
  // A legal form is not a name's first word: «Каспий» ӘКК» ҰК» АҚ қызметі is the company's work,
  // «Әкімшілік ғимараттар дирекциясы» РМК-нің Шаруашылық басқармасы a department of the RMK
  // (civic news).
  while (j < h && IsLegalFormToken(j)) ++j;
  // A conjunction before a country prefix starts another name: Бюджет және ҚР Ұлттық қоры is the
  // budget and the National Fund (civic news; the sample's "Бюджет және ҚР Ұлттық қоры").
  for (size_t i = j; i + 1 < h; ++i) {
    std::string_view w = L(i), next = L(i + 1);
    if ((w == "және" || w == "мен" || w == "бен" || w == "пен") &&
        (next == "қр" || next == "қазақстанның" ||
         (next == "қазақстан" && i + 2 < h && StartsWith(L(i + 2), "республикасы")))) {
      j = i + 1;
    }
  }
  bool has_mods = j < h;
  if (has_mods && OwnedByListedName(j, h)) return;
  // Жеке кабинеті is a user's "personal account" on a site (civic news), not a body.
  if (lemma == "кабинет" && j + 1 == h && L(j) == "жеке") return;
  // Еңбек қызметі is "working life" (Еңбек қызметін 1981 жылы бастады: CVs in the civic news and
  // the sample), never a service called Еңбек.
  if (lemma == "қызмет" && j + 1 == h && L(j) == "еңбек") return;
  // Only admin words (Облыстық мәслихаттың, capitalised after a name): not one organisation.
  bool generic = has_mods;
  for (size_t i = j; i < h && generic; ++i) generic = lex_.IsGenericAdminWord(L(i));
  if (generic) return;
  if (has_mods && lex_.IsNameConnector(L(h - 1)) && !after_about_or_named(h - 1)) return;
  const auto& toks = list_.toks;
  // Heads that are also adjectives or common nouns (орталық, министрлік, қызмет) name an
  // organisation in their possessive form (орталығы), except after жөніндегі (... жөніндегі
  // агенттік).
  bool after_about = h > 0 && L(h - 1) == "жөніндегі";
  // Before the people of the body, the bare form names it too: Ұлттық ядролық орталық мамандары
  // (half A), as a quoted name before them does.
  const bool before_members = IsWord(h + 1) && IsMemberNoun(L(h + 1));
  if (!f.poss3 && lex_.head(f.head).poss_only && !after_about && !before_members) return;
  // A bare head before a noun is a compound (Қазақстан сот жүйесі) unless the name has an
  // adjective (Алматы облыстық мәслихат хатшысы).
  if (f.bare && IsWord(h + 1) && !toks[h + 1].upper && has_mods && !before_members) {
    bool adjective = false;
    for (size_t i = j; i < h; ++i) adjective |= lex_.IsAdjective(L(i));
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
  // An embassy, consulate or mission is named with the place it is in, written before it in the
  // locative: Түркиядағы Қазақстан елшілігі (half A), Астанадағы Қырғызстан Республикасының
  // елшілігі (civic news). Elsewhere a place in the locative ends the name (Алматыдағы).
  if ((lemma == "елшілік" || lemma == "консулдық" || lemma == "өкілдік") && j > 0 && j < h &&
      IsWord(j - 1) && toks[j - 1].upper && IsLocativePlace(j - 1)) {
    --j;
  }
  // A Latin name before a Kazakh head is named alone, as a quoted one is: Nur Otan партиясы.
  bool all_latin = has_mods;
  for (size_t i = j; i < h && all_latin; ++i) all_latin = toks[i].latin;
  Add(j, all_latin ? h : h + 1, 1);
}

// The modifiers [b, h) are a listed organisation and lower-case words: "ҚР ТЖМ баспасөз қызметі",
// "Ақорданың баспасөз қызметі", "Ұлттық Банкінің басқармасы" name a department of that
// organisation, and the organisation's own mention (already proposed) is the useful one.
bool CandidatePass::OwnedByListedName(size_t b, size_t h) const {
  for (const Cand& c : cands_) {
    if (c.prio != 3 || c.b < b || c.b > b + 1 || c.e >= h) continue;
    bool rest_lower = true;
    for (size_t i = c.e; i < h && rest_lower; ++i) rest_lower = !list_.toks[i].upper;
    if (rest_lower && (c.b == b || !IsWord(b) || list_.toks[b].allcaps)) return true;
  }
  return false;
}

// Names coordinated before one plural head: Денсаулық сақтау, Көлік және энергетика
// министрліктері; Ішкі істер, Индустрия және инфрақұрылымдық даму министрліктеріне. One candidate
// over the whole phrase (KazNERD's span), marked shared_head: Extract gives one body per conjunct
// (org_coordination.cpp). Conjuncts after a comma start capitalised; a plural head without a comma
// or a conjunction (облыстық мәслихаттары) is not a name.
void CandidatePass::CoordinatedHeadAt(size_t h, const HeadForm& f) {
  HeadClass cls = lex_.head(f.head).cls;
  if (cls == HeadClass::kState || cls == HeadClass::kType || !f.poss3) return;
  const auto& toks = list_.toks;
  auto is_and = [&](size_t i) {
    std::string_view lw = L(i);
    return lw == "және" || lw == "мен" || lw == "бен" || lw == "пен";
  };
  auto is_comma = [&](size_t i) { return toks[i].kind == TokKind::kPunct && Surface(i) == ","; };
  size_t j = h;
  bool coordinated = false;
  while (j > 0 && h - j < 14) {
    if (IsWord(j - 1) && (ModifierOk(j - 1) || (is_and(j - 1) && j < h))) {
      coordinated |= is_and(j - 1);
      --j;
      continue;
    }
    if (j >= 2 && j < h && is_comma(j - 1) && IsWord(j - 2) && toks[j].upper && ModifierOk(j - 2)) {
      coordinated = true;
      j -= 2;
      continue;
    }
    break;
  }
  j = SkipPersonNames(j, h);
  while (j < h && (!IsWord(j) || !StartOk(j) || is_and(j))) ++j;
  if (j == h || is_and(h - 1)) return;
  bool still_coordinated = false;
  for (size_t i = j; i < h; ++i) still_coordinated |= is_and(i) || is_comma(i);
  if (!coordinated || !still_coordinated) return;
  if (cls == HeadClass::kWeak && !RealName(j, h)) return;
  Add(j, h + 1, 1);
  cands_.back().shared_head = true;
}

// Names coordinated before a plural type word: MasterCard, Amazon Web Services және Royal Dutch
// Shell компанияларының; «Синьхуа» және «Чайна Ньюс Сервис» агенттіктеріне. Each conjunct — a
// quoted name, or up to four capitalised, Latin or digit-led words — is its own organisation
// without the type word, as a single name before a type word is (CNN телеарнасы -> CNN). At least
// two conjuncts; a conjunct with a person's name in it is dropped.
void CandidatePass::CoordinatedNamesBeforeTypeWord(size_t h) {
  const auto& toks = list_.toks;
  auto is_and = [&](size_t i) {
    std::string_view lw = L(i);
    return lw == "және" || lw == "мен" || lw == "бен" || lw == "пен";
  };
  auto is_comma = [&](size_t i) { return toks[i].kind == TokKind::kPunct && Surface(i) == ","; };
  auto name_word = [&](size_t i) {
    const Tok& t = toks[i];
    char c0 = text_[t.start];
    return (t.upper || t.latin || (c0 >= '0' && c0 <= '9')) && !Stop(i) &&
           !Lexicon::IsPositionWord(L(i)) &&
           !(Lexicon::HasObliqueCase(L(i), true) && !KnownAsWritten(L(i)));
  };
  // Conjuncts right to left, as token ranges (quotes excluded).
  std::vector<std::pair<uint32_t, uint32_t>> conj;
  size_t j = h;
  uint32_t group_b = static_cast<uint32_t>(h);
  while (j > 0 && conj.size() < 8) {
    size_t e = j, b = j;
    bool quoted = toks[j - 1].kind == TokKind::kCloseQuote;
    if (quoted) {
      b = j - 1;
      while (b > 0 && h - b < 30 && toks[b - 1].kind == TokKind::kWord) --b;
      if (b == 0 || toks[b - 1].kind != TokKind::kOpenQuote || b == j - 1 || j - 1 - b > 6) break;
      if (!toks[b].upper && !toks[b].latin) break;
      conj.emplace_back(static_cast<uint32_t>(b), static_cast<uint32_t>(j - 1));
      group_b = static_cast<uint32_t>(b - 1);
      j = b - 1;
    } else {
      while (b > 0 && e - b < 4 && IsWord(b - 1) && name_word(b - 1) && !is_and(b - 1)) --b;
      if (b == e) break;
      conj.emplace_back(static_cast<uint32_t>(b), static_cast<uint32_t>(e));
      group_b = static_cast<uint32_t>(b);
      j = b;
    }
    // A separator continues the coordination.
    if (j >= 1 && (is_comma(j - 1) || (IsWord(j - 1) && is_and(j - 1)))) {
      --j;
      continue;
    }
    break;
  }
  if (conj.size() < 2) return;
  // The leftmost conjunct must be separated from the rest (a run ending at a separator is cut).
  for (const auto& [b, e] : conj) {
    bool person = false;
    for (uint32_t i = b; i < e && !person; ++i) person = IsPersonName(i);
    if (person || !StartOk(b)) continue;
    bool all_places = true;
    for (uint32_t i = b; i < e && all_places; ++i) all_places = IsPlaceWord(L(i));
    if (all_places) continue;
    Add(b, e, 2);
    cands_.back().gb = group_b;
    cands_.back().ge = static_cast<uint32_t>(h + 1);
  }
}

// A capitalised or Latin name right before a type word that is not part of the name (CNN
// телеарнасы, SCAT әуекомпаниясы, Астана Моторс компаниясы): the mention is the name alone.
void CandidatePass::NameBeforeTypeWord(size_t h, const HeadForm& f) {
  const auto& toks = list_.toks;
  if (!f.poss3 && lex_.head(f.head).poss_only) return;
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
  j = SkipPersonNames(j, h);
  const size_t first = j;
  while (j < h && !StartOk(j)) ++j;
  // Жұмыс тобы, Сарапшылар тобы: a capitalised common word before тобы is a "working group",
  // an "expert group" (civic news: Есеп комитеті Жұмыс тобы), not a band called Жұмыс.
  if (lex_.head(f.head).lemma == "топ" && j + 1 == h && !toks[j].latin && !toks[j].allcaps &&
      IsCommonWord(L(j)) && !IsPlaceWord(L(j))) {
    return;
  }
  // A number starts a Latin name (500 Startups компаниясы).
  if (j == first + 1 && j < h && toks[j].latin && text_[toks[first].start] >= '0' &&
      text_[toks[first].start] <= '9') {
    j = first;
  }
  if (j == h || !evidence) return;
  bool all_places = true;
  for (size_t i = j; i < h && all_places; ++i) all_places = IsPlaceWord(L(i));
  if (!all_places) Add(j, h, 1);
}

// A place or name, then lower-case words saying what is made or traded, then an enterprise word:
// one name, as the enterprise is called (Лондон қор биржасы, Өскемен титан-магний комбинаты,
// Бозшакөл тау-кен байыту комбинаты, Макинск құс фабрикасы: civic news, half A). Not зауыт: KazNERD
// tags a plant (Павлодар мұнай-химия зауыты) as a FACILITY.
void CandidatePass::EnterpriseNameAt(size_t h, const HeadForm& f) {
  const std::string& lemma = lex_.head(f.head).lemma;
  if (!f.poss3 || (lemma != "биржа" && lemma != "комбинат" && lemma != "фабрика")) return;
  const auto& toks = list_.toks;
  size_t j = h;
  while (j > 0 && h - j < 3 && IsWord(j - 1) && !toks[j - 1].upper && !toks[j - 1].latin &&
         !Lexicon::HasObliqueCase(L(j - 1), true) && !Lexicon::HasGenitive(L(j - 1)) &&
         (ModifierOk(j - 1) || L(j - 1).find('-') != std::string_view::npos)) {
    --j;
  }
  if (j == h || j == 0 || !IsWord(j - 1) || !StartOk(j - 1)) return;
  size_t b = j - 1;
  // A place or a name that is not the sentence's first common word: Лондон, Өскемен, Макинск.
  if (!IsPlaceWord(L(b)) && (toks[b].sent_start || IsPersonName(b))) return;
  if (b > 0 && IsWord(b - 1) && StartOk(b - 1) && IsPlaceWord(L(b - 1))) --b;  // Шығыс Қазақстан
  Add(b, h + 1, 1);
}

// A foreign company name ending in a capitalised company word, in Latin or in Kazakh
// transcription: Nest Investments Holdings, Атлантик Каунсэл, Көркем Телекомның, Bek Air-дің.
// At least one capitalised word before the company word; a person's name does not start it.
void CandidatePass::ForeignNameAt(size_t h) {
  const auto& toks = list_.toks;
  if (h == 0 || !IsWord(h - 1) || !(toks[h - 1].upper || toks[h - 1].latin)) return;
  if (lex_.ForeignOrgBase(L(h)).empty()) {
    // A Latin word with a Cyrillic suffix (Air-дің) is folded as a whole by NormalizeWord's
    // look-alike repair; look at the part before the hyphen.
    std::string_view surface = Surface(h);
    size_t hyphen = surface.find('-');
    // Only a Latin word takes a Cyrillic suffix so: Медиа-плану is "media plan" (civic news).
    if (hyphen == std::string_view::npos || !IsLatinWord(surface.substr(0, hyphen))) return;
    FoldWord(surface.substr(0, hyphen), &fold_buf_);
    if (!lex_.IsForeignOrgWord(fold_buf_)) return;
  }
  size_t j = h;
  while (j > 0 && h - j < 4 && IsWord(j - 1) && (toks[j - 1].upper || toks[j - 1].latin) &&
         !Stop(j - 1) && !Lexicon::IsPositionWord(L(j - 1)) &&
         !(Lexicon::HasObliqueCase(L(j - 1), true) && !KnownAsWritten(L(j - 1)))) {
    --j;
  }
  j = SkipPersonNames(j, h);
  while (j < h && !StartOk(j)) ++j;
  if (j == h) return;
  bool all_places = true;
  for (size_t i = j; i < h && all_places; ++i) all_places = IsPlaceWord(L(i));
  // Қазақстан Темір Жолы-like names are the gazetteer's; a transcription that is no Kazakh word
  // makes a company of a place (« Астана Хаб », half A), one that is (Банк) does not.
  if (all_places && !toks[h].latin) {
    std::string_view base = lex_.ForeignOrgBase(L(h));
    if (base.empty() || gaz_.IsCommon(base) || gaz_.IsNominal(base)) return;
  }
  Add(j, h + 1, 1);
}

}  // namespace izdeu::analyzers::org_internal
