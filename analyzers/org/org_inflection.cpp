// Kazakh and Russian inflection for the organisation lexicon: the case endings a name word may
// carry (BaseCandidates, HasObliqueCase, HasGenitive), Russian adjective agreement, and the
// generation of every inflected form of a head noun (AddKazakhHead, AddRussianHead).
#include <algorithm>

#include "analyzers/org/org_lexicon.h"
#include "common/utf8.h"

namespace izdeu::analyzers::org_internal {
namespace {

// Last code point of a non-empty UTF-8 string.
char32_t LastCp(std::string_view s) {
  size_t i = s.size();
  while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
  if (i > 0) --i;
  size_t pos = i;
  return DecodeUtf8(s, &pos);
}

std::string_view DropLastCp(std::string_view s) {
  size_t i = s.size();
  while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
  return s.substr(0, i > 0 ? i - 1 : 0);
}

bool IsKazakhVowel(char32_t cp) {
  switch (cp) {
    case U'а':
    case U'ә':
    case U'е':
    case U'и':
    case U'о':
    case U'ө':
    case U'у':
    case U'ұ':
    case U'ү':
    case U'ы':
    case U'і':
    case U'э':
    case U'ю':
    case U'я':
      return true;
    default:
      return false;
  }
}

// Kazakh case endings (all allomorphs), longest first so that -ндағы wins over -да.
constexpr std::string_view kKazakhCase[] = {
    "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі", "ның", "нің", "дың", "дің",
    "тың",   "тің",   "дан",  "ден",  "тан",  "тен",  "нан", "нен", "мен", "бен",
    "пен",   "нда",   "нде",  "ға",   "ге",   "қа",   "ке",  "на",  "не",  "ны",
    "ні",    "ды",    "ді",   "ты",   "ті",   "да",   "де",  "та",  "те"};
constexpr std::string_view kKazakhPlural[] = {"лар", "лер", "дар", "дер", "тар", "тер"};
constexpr std::string_view kKazakhPoss1Pl[] = {"ымыз", "іміз", "мыз", "міз"};
constexpr std::string_view kRussianEndings[] = {
    "ами", "ями", "ого", "его", "ому", "ему", "ой", "ей", "ом", "ем", "ам", "ям",
    "ах",  "ях",  "ов",  "ев",  "а",   "я",   "у",  "ю",  "е",  "ы",  "и"};

void AddUnique(std::vector<std::string>* out, std::string_view s) {
  if (CodePoints(s) < 2) return;
  for (const auto& x : *out) {
    if (x == s) return;
  }
  out->emplace_back(s);
}

// Strips a 3rd-person possessive (-ы/-і/-сы/-сі) and undoes the consonant voicing it causes
// (министрлігі -> министрлік, одағы -> одақ).
void AddPossessiveStripped(std::string_view w, std::vector<std::string>* out) {
  if (EndsWith(w, "сы") || EndsWith(w, "сі")) AddUnique(out, w.substr(0, w.size() - 4));
  if (EndsWith(w, "ы") || EndsWith(w, "і")) {
    std::string_view stem = w.substr(0, w.size() - 2);
    if (stem.empty() || IsKazakhVowel(LastCp(stem))) return;
    AddUnique(out, stem);
    char32_t last = LastCp(stem);
    char32_t unvoiced = last == U'г' ? U'к' : last == U'ғ' ? U'қ' : last == U'б' ? U'п' : 0;
    if (unvoiced != 0) {
      std::string s(DropLastCp(stem));
      AppendUtf8(unvoiced, &s);
      AddUnique(out, s);
    }
  }
}

void AddKazakhStripped(std::string_view w, std::vector<std::string>* out) {
  std::vector<std::string> level1;
  for (std::string_view suf : kKazakhCase) {
    if (EndsWith(w, suf) && CodePoints(w) > CodePoints(suf) + 1) {
      level1.emplace_back(w.substr(0, w.size() - suf.size()));
      break;  // the longest matching case ending only
    }
  }
  // Accusative -н after the possessive (министрлігін).
  if (EndsWith(w, "н") && CodePoints(w) > 3 && IsKazakhVowel(LastCp(DropLastCp(w)))) {
    level1.emplace_back(DropLastCp(w));
  }
  level1.emplace_back(w);
  for (const auto& r : level1) {
    if (r != w) AddUnique(out, r);
    AddPossessiveStripped(r, out);
    for (std::string_view p : kKazakhPoss1Pl) {
      if (EndsWith(r, p) && CodePoints(r) > CodePoints(p) + 2) {
        AddUnique(out, r.substr(0, r.size() - p.size()));
        break;
      }
    }
    for (std::string_view p : kKazakhPlural) {
      if (EndsWith(r, p) && CodePoints(r) > 4) AddUnique(out, r.substr(0, r.size() - p.size()));
    }
  }
}

}  // namespace

bool Lexicon::HasObliqueCase(std::string_view lower, bool with_loc_adj, bool with_accusative) {
  if (CodePoints(lower) < 5) return false;
  for (std::string_view suf : {"ға", "ге", "қа", "ке", "да", "де", "та", "те", "дан", "ден", "тан",
                               "тен", "нан", "нен", "мен", "бен", "пен"}) {
    if (EndsWith(lower, suf)) return true;
  }
  if (with_accusative) {
    for (std::string_view suf : {"ны", "ні", "ды", "ді", "ты", "ті"}) {
      if (EndsWith(lower, suf)) return true;
    }
  }
  if (with_loc_adj) {
    for (std::string_view suf : {"дағы", "дегі", "тағы", "тегі"}) {
      if (EndsWith(lower, suf)) return true;
    }
  }
  return false;
}

bool Lexicon::LooksRussianInflected(std::string_view lower) {
  if (CodePoints(lower) < 4) return false;
  for (std::string_view suf :
       {"а", "я", "у", "ю", "е", "и", "ом", "ем", "ой", "ей", "ов", "ев", "ам", "ям", "ах", "ях"}) {
    if (EndsWith(lower, suf)) return true;
  }
  return false;
}

bool Lexicon::HasGenitive(std::string_view lower) {
  for (std::string_view suf : {"ның", "нің", "дың", "дің", "тың", "тің"}) {
    if (EndsWith(lower, suf)) return true;
  }
  return false;
}

bool Lexicon::LooksLikeSurname(std::string_view lower) {
  for (std::string_view suf :
       {"ов", "ова", "ев", "ева", "ёв", "ёва", "ин", "ина", "ұлы", "улы", "қызы", "кызы", "ский",
        "ская", "цкий", "цкая", "енко", "вич", "вна"}) {
    if (EndsWith(lower, suf) && CodePoints(lower) >= CodePoints(suf) + 3) return true;
  }
  return false;
}

bool Lexicon::LooksRussianAdjective(std::string_view lower, bool* gen) {
  *gen = false;
  if (CodePoints(lower) < 5) return false;
  // Feminine nouns in the instrumental end like adjectives: награжден Почетной грамотой Совета
  // МПА СНГ (civic news) is an award, not a body called "Почетная грамотая Совет".
  if (lower.substr(0, std::string_view("грамот").size()) == "грамот" ||
      lower.substr(0, std::string_view("благодарност").size()) == "благодарност") {
    return false;
  }
  for (std::string_view e : {"ого", "его", "ой", "ей", "ых", "их"}) {
    if (EndsWith(lower, e)) {
      *gen = true;
      return true;
    }
  }
  if (EndsWith(lower, "ние") || EndsWith(lower, "тие")) return false;  // заседание, развитие
  for (std::string_view e :
       {"ый", "ий", "ая", "яя", "ое", "ее", "ому", "ему", "ым", "им", "ую", "юю", "ыми", "ими"}) {
    if (EndsWith(lower, e)) return true;
  }
  return false;
}

std::string Lexicon::RussianAdjectiveNominative(std::string_view lower, char gender) {
  static constexpr std::string_view kEndings[] = {
      "ого", "его", "ому", "ему", "ыми", "ими", "ый", "ий", "ой", "ая", "яя", "ое",
      "ее",  "ые",  "ие",  "ым",  "им",  "ую",  "юю", "ей", "ых", "их", "ом", "ем"};
  std::string_view ending;
  for (std::string_view e : kEndings) {
    if (EndsWith(lower, e)) {
      ending = e;
      break;
    }
  }
  if (ending.empty()) return std::string(lower);
  std::string stem(lower.substr(0, lower.size() - ending.size()));
  char32_t last = stem.empty() ? 0 : LastCp(stem);
  bool velar = last == U'к' || last == U'г' || last == U'х';
  bool sibilant = last == U'ж' || last == U'ш' || last == U'ч' || last == U'щ';
  std::string_view first = ending.substr(0, 2);
  bool soft = !velar && !sibilant && (first == "е" || first == "и" || first == "я" || first == "ю");
  if (gender == 'f') return stem + (soft ? "яя" : "ая");
  if (gender == 'n') return stem + (soft || sibilant ? "ее" : "ое");
  // Masculine: -ой for the few stressed-ending adjectives that name organisations.
  for (std::string_view s : {"областн", "городск", "миров", "морск", "деловы"}) {
    if (stem == s) return stem + "ой";
  }
  return stem + (soft || velar || sibilant ? "ий" : "ый");
}

void Lexicon::BaseCandidates(std::string_view lower, std::vector<std::string>* out) {
  out->clear();
  out->emplace_back(lower);
  // Suffix written after a hyphen on an abbreviation or Latin name: БҰҰ-ның, Twitter-дегі.
  size_t hyphen = lower.rfind('-');
  if (hyphen != std::string_view::npos && hyphen > 0) {
    std::string_view tail = lower.substr(hyphen + 1);
    std::vector<std::string> probe;
    AddKazakhStripped(tail, &probe);
    bool tail_is_suffix =
        CodePoints(tail) <= 7 && !tail.empty() &&
        (std::find(std::begin(kKazakhCase), std::end(kKazakhCase), tail) != std::end(kKazakhCase) ||
         tail == "ы" || tail == "і" || tail == "сы" || tail == "сі" ||
         std::any_of(probe.begin(), probe.end(), [](const std::string& p) {
           return p == "ы" || p == "і" || p == "лар" || p == "лер" || p == "тар" || p == "тер" ||
                  p == "дар" || p == "дер";
         }));
    if (tail_is_suffix) AddUnique(out, lower.substr(0, hyphen));
  }
  AddKazakhStripped(lower, out);
  if (CodePoints(lower) >= 4) {
    for (std::string_view e : kRussianEndings) {
      if (EndsWith(lower, e)) {
        std::string stem(lower.substr(0, lower.size() - e.size()));
        AddUnique(out, stem);
        AddUnique(out, stem + "а");
        break;
      }
    }
  }
}

const std::vector<std::string>& Lexicon::BaseCandidatesOf(std::string_view lower) {
  constexpr size_t kMaxRemembered = 50000;  // about 15 MB a thread when full
  thread_local StringMap<std::vector<std::string>> remembered;
  if (auto it = remembered.find(lower); it != remembered.end()) return it->second;
  if (remembered.size() >= kMaxRemembered) remembered.clear();
  std::vector<std::string> candidates;
  BaseCandidates(lower, &candidates);
  return remembered.emplace(std::string(lower), std::move(candidates)).first->second;
}

void Lexicon::AddKazakhHead(std::string_view lemma, std::string_view poss3, bool front,
                            HeadClass cls) {
  uint16_t idx = static_cast<uint16_t>(heads_.size());
  bool poss_only = EndsWith(lemma, "лық") || EndsWith(lemma, "лік") || EndsWith(lemma, "тік") ||
                   EndsWith(lemma, "дік") || EndsWith(lemma, "тық") || EndsWith(lemma, "дық");
  for (std::string_view common : {"қызмет", "кабинет", "қоғам", "топ", "лига"}) {
    poss_only |= lemma == common;
  }
  // The plural suffix's first consonant follows the stem's last sound (министрліктері,
  // кеңестері, комиссиялары, мәслихаттары, одақтары).
  std::string_view hard = EndsWith(lemma, "ь") ? DropLastCp(lemma) : lemma;  // ансамбль
  char32_t last_cp = hard.empty() ? 0 : LastCp(hard);
  std::string plural_poss3(lemma);
  if (IsKazakhVowel(last_cp) || last_cp == U'р' || last_cp == U'й' || last_cp == U'у') {
    plural_poss3 += front ? "лері" : "лары";
  } else if (last_cp == U'л' || last_cp == U'м' || last_cp == U'н' || last_cp == U'ң' ||
             last_cp == U'з' || last_cp == U'ж') {
    plural_poss3 += front ? "дері" : "дары";
  } else {
    plural_poss3 += front ? "тері" : "тары";
  }
  heads_.push_back({std::string(lemma), std::string(poss3), Lang::kKazakh, cls, 0, poss_only,
                    std::move(plural_poss3)});
  auto add = [&](std::string form, bool p3, bool pl, bool bare) {
    kk_forms_.emplace(std::move(form), HeadForm{idx, p3, pl, bare});
  };
  // Case endings after a consonant/vowel-final stem; every allomorph is generated (a form that
  // breaks sound rules never occurs in text, so over-generation is harmless).
  std::vector<std::string> bare_cases =
      front ? std::vector<std::string>{"",    "нің", "дің", "тің",  "ге",  "ке",  "ні",
                                       "ді",  "ті",  "де",  "те",   "ден", "тен", "нен",
                                       "мен", "бен", "пен", "дегі", "тегі"}
            : std::vector<std::string>{"",    "ның", "дың", "тың",  "ға",  "қа",  "ны",
                                       "ды",  "ты",  "да",  "та",   "дан", "тан", "нан",
                                       "мен", "бен", "пен", "дағы", "тағы"};
  std::vector<std::string> poss_cases =
      front ? std::vector<std::string>{"", "нің", "не", "н", "нде", "нен", "мен", "ндегі"}
            : std::vector<std::string>{"", "ның", "на", "н", "нда", "нан", "мен", "ндағы"};
  std::string l(lemma);
  for (const auto& c : bare_cases) add(l + c, false, false, c.empty());
  for (const auto& c : poss_cases) add(std::string(poss3) + c, true, false, false);
  const std::vector<std::string> plurals = front ? std::vector<std::string>{"лер", "дер", "тер"}
                                                 : std::vector<std::string>{"лар", "дар", "тар"};
  for (const std::string& pl : plurals) {
    std::string p = l + pl;
    for (const auto& c : bare_cases) add(p + c, false, true, false);
    std::string pp = p + (front ? "і" : "ы");
    for (const auto& c : poss_cases) add(pp + c, true, true, false);
  }
  // 1st-person plural possessive (Үкіметіміз): poss3 without its vowel + -ымыз/-іміз.
  std::string stem = std::string(poss3);
  bool vowel_stem = !l.empty() && IsKazakhVowel(LastCp(l));
  std::string p1 = vowel_stem ? l + (front ? "міз" : "мыз")
                              : std::string(DropLastCp(stem)) + (front ? "іміз" : "ымыз");
  for (const auto& c : front
                           ? std::vector<std::string>{"", "дің", "ге", "ді", "де", "ден", "бен"}
                           : std::vector<std::string>{"", "дың", "ға", "ды", "да", "дан", "бен"}) {
    add(p1 + c, true, false, false);
  }
}

void Lexicon::AddRussianHead(std::string_view lemma, char gender, HeadClass cls) {
  uint16_t idx = static_cast<uint16_t>(heads_.size());
  heads_.push_back({std::string(lemma), "", Lang::kRussian, cls, gender, false, ""});
  auto add = [&](std::string form, bool pl) {
    ru_forms_.emplace(std::move(form), HeadForm{idx, false, pl, false});
  };
  std::string l(lemma);
  add(l, false);
  if (gender == 'm') {
    for (const char* e : {"а", "у", "ом", "е"}) add(l + e, false);
    for (const char* e : {"ы", "и", "ов", "ам", "ами", "ах"}) add(l + e, true);
  } else if (EndsWith(l, "ие")) {  // управление
    std::string s = l.substr(0, l.size() - 2);
    for (const char* e : {"ия", "ию", "ием", "ии"}) add(s + e, false);
    for (const char* e : {"ий", "иям", "иями", "иях"}) add(s + e, true);
  } else if (EndsWith(l, "ия")) {  // партия
    std::string s = l.substr(0, l.size() - 4);
    for (const char* e : {"ии", "ию", "ией", "иею"}) add(s + e, false);
    for (const char* e : {"ий", "иям", "иями", "иях"}) add(s + e, true);
  } else if (EndsWith(l, "о")) {  // министерство
    std::string s = l.substr(0, l.size() - 2);
    for (const char* e : {"а", "у", "ом", "е"}) add(s + e, false);
    for (const char* e : {"", "ам", "ами", "ах"}) add(s + e, true);
  } else if (EndsWith(l, "а")) {  // прокуратура, палата, служба, дума
    std::string s = l.substr(0, l.size() - 2);
    for (const char* e : {"ы", "и", "е", "у", "ой", "ою"}) add(s + e, false);
    for (const char* e : {"", "ам", "ами", "ах"}) add(s + e, true);
  }
}

void Lexicon::AddForeignOrgWord(std::string_view word) {
  std::string w(word);
  foreign_org_.insert(w);
  foreign_forms_.emplace(w, w);
  // Every Kazakh case ending, written on (Телекомның) or after a hyphen (Air-дің); a form that
  // breaks vowel harmony never occurs, so over-generation is harmless.
  for (std::string_view e : kKazakhCase) {
    foreign_forms_.emplace(w + std::string(e), w);
    foreign_forms_.emplace(w + "-" + std::string(e), w);
  }
}

}  // namespace izdeu::analyzers::org_internal
