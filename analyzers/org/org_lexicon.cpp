#include "analyzers/org/org_lexicon.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "analyzers/normalizer.h"
#include "common/utf8.h"

namespace izdeu::analyzers::org_internal {
namespace {

// Lower-case form of the code points the fast path accepts; 0 for anything else (then the whole
// word goes through NormalizeWord, which also repairs look-alikes and mixed scripts).
char32_t FastFold(char32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return cp + 0x20;
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '-' || cp == '\'') return cp;
    return 0;
  }
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
  if (cp >= 0x430 && cp <= 0x44F) return cp;
  switch (cp) {
    case 0x401: case 0x451: return 0x435;  // ё -> е, as NormalizeWord
    case 0x406: case 0x456: return 0x456;  // і
    case 0x4D8: case 0x4D9: return 0x4D9;  // ә
    case 0x492: case 0x493: return 0x493;  // ғ
    case 0x49A: case 0x49B: return 0x49B;  // қ
    case 0x4A2: case 0x4A3: return 0x4A3;  // ң
    case 0x4E8: case 0x4E9: return 0x4E9;  // ө
    case 0x4B0: case 0x4B1: return 0x4B1;  // ұ
    case 0x4AE: case 0x4AF: return 0x4AF;  // ү
    case 0x4BA: case 0x4BB: return 0x4BB;  // һ
    default: return 0;
  }
}

bool IsUpperCp(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0x410 && cp <= 0x42F) return true;
  if (cp >= 0x400 && cp <= 0x40F) return true;
  if (cp >= 0x460 && cp <= 0x4FF) return FastFold(cp) != 0 ? FastFold(cp) != cp : u_isupper(cp);
  return u_isupper(static_cast<UChar32>(cp));
}

bool IsLowerCp(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0x430 && cp <= 0x45F) return true;
  return u_islower(static_cast<UChar32>(cp));
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

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
    case U'а': case U'ә': case U'е': case U'и': case U'о': case U'ө': case U'у': case U'ұ':
    case U'ү': case U'ы': case U'і': case U'э': case U'ю': case U'я':
      return true;
    default:
      return false;
  }
}

// Kazakh case endings (all allomorphs), longest first so that -ндағы wins over -да.
constexpr std::string_view kKazakhCase[] = {
    "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі", "ның", "нің", "дың", "дің", "тың", "тің",
    "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен", "нда", "нде", "ға", "ге",
    "қа", "ке", "на", "не", "ны", "ні", "ды", "ді", "ты", "ті", "да", "де", "та", "те"};
constexpr std::string_view kKazakhPlural[] = {"лар", "лер", "дар", "дер", "тар", "тер"};
constexpr std::string_view kKazakhPoss1Pl[] = {"ымыз", "іміз", "мыз", "міз"};
constexpr std::string_view kRussianEndings[] = {"ами", "ями", "ого", "его", "ому", "ему", "ой",
                                                "ей",  "ом",  "ем",  "ам",  "ям",  "ах",  "ях",
                                                "ов",  "ев",  "а",   "я",   "у",   "ю",   "е",
                                                "ы",   "и"};

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

void FoldWord(std::string_view word, std::string* out) {
  out->clear();
  size_t pos = 0;
  bool latin = false, cyrillic = false;
  while (pos < word.size()) {
    char32_t cp = DecodeUtf8(word, &pos);
    char32_t f = FastFold(cp);
    if (f == 0) {
      *out = NormalizeWord(word);
      return;
    }
    latin |= (f >= 'a' && f <= 'z');
    cyrillic |= f >= 0x400;
    AppendUtf8(f, out);
  }
  if (latin && cyrillic) *out = NormalizeWord(word);  // look-alike repair
}

bool StartsUpper(std::string_view word) {
  size_t pos = 0;
  while (pos < word.size()) {
    char32_t cp = DecodeUtf8(word, &pos);
    if (IsUpperCp(cp)) return true;
    if (IsLowerCp(cp) || (cp >= '0' && cp <= '9')) return false;
  }
  return false;
}

bool IsAllCaps(std::string_view word) {
  size_t pos = 0;
  int letters = 0;
  while (pos < word.size()) {
    char32_t cp = DecodeUtf8(word, &pos);
    if (cp == '-') break;
    if (IsLowerCp(cp)) return false;
    letters += IsUpperCp(cp);
  }
  return letters >= 2;
}

bool IsLatinWord(std::string_view word) {
  size_t pos = 0;
  bool latin = false;
  while (pos < word.size()) {
    char32_t cp = DecodeUtf8(word, &pos);
    if (IsCyrillic(cp)) return false;
    latin |= IsBasicLatinLetter(cp);
  }
  return latin;
}

const Lexicon& Lexicon::Get() {
  static const Lexicon* lexicon = new Lexicon();
  return *lexicon;
}

const HeadForm* Lexicon::FindKazakhHead(std::string_view lower) const {
  auto it = kk_forms_.find(lower);
  return it == kk_forms_.end() ? nullptr : &it->second;
}

const HeadForm* Lexicon::FindRussianHead(std::string_view lower) const {
  auto it = ru_forms_.find(lower);
  return it == ru_forms_.end() ? nullptr : &it->second;
}

bool Lexicon::IsLegalForm(std::string_view word) const { return legal_.count(word) > 0; }
bool Lexicon::IsGenericAdminWord(std::string_view lower) const {
  return admin_.count(lower) > 0;
}
bool Lexicon::IsCapitalStopWord(std::string_view lower) const {
  return stop_.count(lower) > 0;
}
bool Lexicon::IsNameConnector(std::string_view lower) const {
  return connectors_.count(lower) > 0;
}
bool Lexicon::IsStateModifier(std::string_view lower) const {
  return state_mod_.count(lower) > 0;
}

bool Lexicon::IsNameInternalWord(std::string_view lower) const {
  if (name_words_.count(lower) > 0 || admin_.count(lower) > 0) return true;
  if (CodePoints(lower) < 5) return false;
  // Adjectives: -лық/-лік/-дық/-дік/-тық/-тік (облыстық, мемлекеттік), -ғы/-гі/-қы/-кі (ішкі,
  // жоғарғы, сыртқы), -лы/-лі is left out (too many verbs' participles end so).
  for (std::string_view suf : {"лық", "лік", "дық", "дік", "тық", "тік", "ғы", "гі", "қы", "кі"}) {
    if (EndsWith(lower, suf)) return true;
  }
  return false;
}

bool Lexicon::IsPositionWord(std::string_view lower) {
  for (std::string_view p : {"премьер", "вице-", "төраға", "басшы", "спикер", "хатшы", "директор",
                             "депутат", "елбасы", "министрі", "министрдің", "министрге"}) {
    if (lower.substr(0, p.size()) == p) return true;
  }
  return lower == "министр" || lower == "әкім" || lower == "әкімі" || lower == "әкімінің";
}

bool Lexicon::HasObliqueCase(std::string_view lower, bool with_loc_adj) {
  if (CodePoints(lower) < 5) return false;
  for (std::string_view suf : {"ға", "ге", "қа", "ке", "да", "де", "та", "те", "дан", "ден", "тан",
                               "тен", "нан", "нен", "мен", "бен", "пен", "ны", "ні", "ды", "ді",
                               "ты", "ті"}) {
    if (EndsWith(lower, suf)) return true;
  }
  if (with_loc_adj) {
    for (std::string_view suf : {"дағы", "дегі", "тағы", "тегі"}) {
      if (EndsWith(lower, suf)) return true;
    }
  }
  return false;
}

bool Lexicon::HasGenitive(std::string_view lower) {
  for (std::string_view suf : {"ның", "нің", "дың", "дің", "тың", "тің"}) {
    if (EndsWith(lower, suf)) return true;
  }
  return false;
}

bool Lexicon::LooksRussianAdjective(std::string_view lower, bool* gen) {
  *gen = false;
  if (CodePoints(lower) < 5) return false;
  for (std::string_view e : {"ого", "его", "ой", "ей", "ых", "их"}) {
    if (EndsWith(lower, e)) {
      *gen = true;
      return true;
    }
  }
  if (EndsWith(lower, "ние") || EndsWith(lower, "тие")) return false;  // заседание, развитие
  for (std::string_view e : {"ый", "ий", "ая", "яя", "ое", "ее", "ому", "ему", "ым", "им", "ую",
                             "юю", "ыми", "ими"}) {
    if (EndsWith(lower, e)) return true;
  }
  return false;
}

std::string Lexicon::RussianAdjectiveNominative(std::string_view lower, char gender) {
  static constexpr std::string_view kEndings[] = {"ого", "его", "ому", "ему", "ыми", "ими", "ый",
                                                  "ий",  "ой",  "ая",  "яя",  "ое",  "ее",  "ые",
                                                  "ие",  "ым",  "им",  "ую",  "юю",  "ей",  "ых",
                                                  "их",  "ом",  "ем"};
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
    bool tail_is_suffix = CodePoints(tail) <= 7 && !tail.empty() &&
                          (std::find(std::begin(kKazakhCase), std::end(kKazakhCase), tail) !=
                               std::end(kKazakhCase) ||
                           tail == "ы" || tail == "і" || tail == "сы" || tail == "сі" ||
                           std::any_of(probe.begin(), probe.end(), [](const std::string& p) {
                             return p == "ы" || p == "і" || p == "лар" || p == "лер" ||
                                    p == "тар" || p == "тер" || p == "дар" || p == "дер";
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

void Lexicon::AddKazakhHead(std::string_view lemma, std::string_view poss3, bool front,
                            HeadClass cls) {
  uint16_t idx = static_cast<uint16_t>(heads_.size());
  heads_.push_back({std::string(lemma), std::string(poss3), Lang::kKazakh, cls, 0});
  auto add = [&](std::string form, bool p3, bool pl, bool bare) {
    kk_forms_.emplace(std::move(form), HeadForm{idx, p3, pl, bare});
  };
  // Case endings after a consonant/vowel-final stem; every allomorph is generated (a form that
  // breaks sound rules never occurs in text, so over-generation is harmless).
  std::vector<std::string> bare_cases =
      front ? std::vector<std::string>{"", "нің", "дің", "тің", "ге", "ке", "ні", "ді", "ті", "де",
                                       "те", "ден", "тен", "нен", "мен", "бен", "пен", "дегі",
                                       "тегі"}
            : std::vector<std::string>{"", "ның", "дың", "тың", "ға", "қа", "ны", "ды", "ты", "да",
                                       "та", "дан", "тан", "нан", "мен", "бен", "пен", "дағы",
                                       "тағы"};
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
  for (const auto& c : front ? std::vector<std::string>{"", "дің", "ге", "ді", "де", "ден", "бен"}
                             : std::vector<std::string>{"", "дың", "ға", "ды", "да", "дан", "бен"}) {
    add(p1 + c, true, false, false);
  }
}

void Lexicon::AddRussianHead(std::string_view lemma, char gender, HeadClass cls) {
  uint16_t idx = static_cast<uint16_t>(heads_.size());
  heads_.push_back({std::string(lemma), "", Lang::kRussian, cls, gender});
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

Lexicon::Lexicon() {
  using H = HeadClass;
  // Kazakh heads: lemma, 3rd-person possessive, front vowels?, class.
  struct K {
    const char* lemma;
    const char* poss3;
    bool front;
    H cls;
  };
  static const K kKazakh[] = {
      {"үкімет", "үкіметі", true, H::kState},
      {"парламент", "парламенті", true, H::kState},
      {"мәжіліс", "мәжілісі", true, H::kState},
      {"сенат", "сенаты", false, H::kState},
      {"министрлік", "министрлігі", true, H::kStrong},
      {"комитет", "комитеті", true, H::kStrong},
      {"агенттік", "агенттігі", true, H::kStrong},
      {"әкімдік", "әкімдігі", true, H::kStrong},
      {"әкімшілік", "әкімшілігі", true, H::kStrong},
      {"мәслихат", "мәслихаты", false, H::kStrong},
      {"маслихат", "маслихаты", false, H::kStrong},
      {"прокуратура", "прокуратурасы", false, H::kStrong},
      {"департамент", "департаменті", true, H::kStrong},
      {"басқарма", "басқармасы", false, H::kStrong},
      {"университет", "университеті", true, H::kStrong},
      {"институт", "институты", false, H::kStrong},
      {"академия", "академиясы", false, H::kStrong},
      {"консерватория", "консерваториясы", false, H::kStrong},
      {"партия", "партиясы", false, H::kStrong},
      {"бірлестік", "бірлестігі", true, H::kStrong},
      {"қауымдастық", "қауымдастығы", false, H::kStrong},
      {"корпорация", "корпорациясы", false, H::kType},
      {"компания", "компаниясы", false, H::kType},
      {"холдинг", "холдингі", true, H::kType},
      {"биржа", "биржасы", false, H::kType},
      {"серіктестік", "серіктестігі", true, H::kStrong},
      {"банк", "банкі", false, H::kStrong},
      {"сот", "соты", false, H::kStrong},
      {"ұйым", "ұйымы", false, H::kStrong},
      {"одақ", "одағы", false, H::kStrong},
      {"палата", "палатасы", false, H::kStrong},
      {"ассамблея", "ассамблеясы", false, H::kStrong},
      {"дума", "думасы", false, H::kStrong},
      {"гвардия", "гвардиясы", false, H::kStrong},
      {"қор", "қоры", false, H::kWeak},
      {"кеңес", "кеңесі", true, H::kWeak},
      {"орталық", "орталығы", false, H::kWeak},
      {"комиссия", "комиссиясы", false, H::kWeak},
      {"полиция", "полициясы", false, H::kWeak},
      {"бөлім", "бөлімі", true, H::kWeak},
      {"колледж", "колледжі", true, H::kWeak},
      {"арна", "арнасы", false, H::kType},
      {"телеарна", "телеарнасы", false, H::kType},
      {"газет", "газеті", true, H::kType},
      {"журнал", "журналы", false, H::kType},
      {"басылым", "басылымы", false, H::kType},
      {"әуекомпания", "әуекомпаниясы", false, H::kType},
      {"ансамбль", "ансамблі", true, H::kType},
      {"клуб", "клубы", false, H::kType},
      {"фабрика", "фабрикасы", false, H::kType},
      {"зауыт", "зауыты", false, H::kType},
      {"кооператив", "кооперативі", true, H::kType},
      {"мекеме", "мекемесі", true, H::kType},
      {"кәсіпорын", "кәсіпорны", false, H::kType},
      {"фирма", "фирмасы", false, H::kType},
      {"команда", "командасы", false, H::kType},
  };
  for (const K& k : kKazakh) AddKazakhHead(k.lemma, k.poss3, k.front, k.cls);
  struct R {
    const char* lemma;
    char gender;
    H cls;
  };
  static const R kRussian[] = {
      {"правительство", 'n', H::kState}, {"парламент", 'm', H::kState},
      {"мажилис", 'm', H::kState},       {"сенат", 'm', H::kState},
      {"министерство", 'n', H::kStrong}, {"комитет", 'm', H::kStrong},
      {"агентство", 'n', H::kStrong},    {"акимат", 'm', H::kStrong},
      {"маслихат", 'm', H::kStrong},     {"партия", 'f', H::kStrong},
      {"университет", 'm', H::kStrong},  {"банк", 'm', H::kStrong},
      {"суд", 'm', H::kStrong},          {"прокуратура", 'f', H::kStrong},
      {"департамент", 'm', H::kStrong},  {"управление", 'n', H::kStrong},
      {"ассоциация", 'f', H::kStrong},   {"союз", 'm', H::kStrong},
      {"организация", 'f', H::kStrong},  {"корпорация", 'f', H::kType},
      {"институт", 'm', H::kStrong},     {"академия", 'f', H::kStrong},
      {"палата", 'f', H::kStrong},       {"объединение", 'n', H::kStrong},
      {"холдинг", 'm', H::kType},        {"дума", 'f', H::kStrong},
      {"фонд", 'm', H::kWeak},           {"совет", 'm', H::kWeak},
      {"компания", 'f', H::kType},       {"центр", 'm', H::kWeak},
      {"телеканал", 'm', H::kType},      {"газета", 'f', H::kType},
      {"журнал", 'm', H::kType},         {"издание", 'n', H::kType},
      {"авиакомпания", 'f', H::kType},   {"фирма", 'f', H::kType},
      {"биржа", 'f', H::kType},
      {"служба", 'f', H::kWeak},         {"комиссия", 'f', H::kWeak},
  };
  for (const R& r : kRussian) AddRussianHead(r.lemma, r.gender, r.cls);

  for (const char* s : {"АҚ", "ЖШС", "ЖАҚ", "ҰАК", "ҰК", "РМК", "МКК", "КЕАҚ", "ҚБ", "ШЖҚ", "ҚҚ", "ЖК",
                        "РМҚК", "ТОО", "АО", "ОАО", "ЗАО", "ООО", "ПАО", "РГП", "ГКП", "ГУ", "КГУ",
                        "РГУ", "ОО", "ОФ", "НАО", "НПО", "ПК", "ЧУ", "ИП", "КГП", "LLP", "JSC",
                        "LLC", "Ltd", "Inc", "PLC"}) {
    legal_.insert(s);
  }
  // Domain nouns and other lower-case words found inside official names.
  for (const char* s :
       {"экономика", "денсаулық", "сақтау", "білім", "ғылым", "мәдениет", "спорт", "туризм",
        "қаржы", "әділет", "қорғаныс", "істер", "істері", "ауыл", "шаруашылығы", "шаруашылық",
        "энергетика", "индустрия", "даму", "дамыту", "еңбек", "халықты", "халқы", "қорғау",
        "ақпарат", "коммуникациялар", "инновациялар", "аэроғарыш", "өнеркәсібі", "өнеркәсіп",
        "сауда", "интеграция", "экология", "геология", "табиғи", "ресурстар", "ресурстары",
        "төтенше", "жағдайлар", "жағдай", "кірістер", "статистика", "жолдары", "жолы", "жол",
        "автомобиль", "көлік", "сайлау", "бағдарламалар", "қызмет", "сыбайлас", "жемқорлыққа",
        "қарсы", "іс-қимыл", "бәсекелестікті", "тұтынушылардың", "құқықтарын", "құқықтары",
        "мұнай", "газ", "темір", "атом", "су", "орман", "балық", "ветеринария", "медицина",
        "ақпараттандыру", "байланыс", "жер", "тіркеу", "нарық", "нарқын", "реттеу", "тілдер",
        "ғарыш", "шекара", "кеден", "салық", "бюджет", "мониторинг", "бағалы", "қағаздар",
        "сақтандыру", "зейнетақы", "тұрғын", "үй", "құрылыс", "жинақ", "өндіріс", "инвестиция",
        "инвестициялар", "ұлттар", "достастығы", "ынтымақтастық", "кооперация", "ғылыми",
        "зерттеу", "ғылыми-зерттеу", "жоғары", "жоғарғы", "бас", "саяси", "әскери", "ресми",
        "тарихи", "діни", "цифрлық", "бақылау", "қадағалау", "тергеу", "дін", "жастар",
        "балалар", "әйелдер", "ардагерлер", "кәсіпкерлер", "журналистер", "жазушылар",
        "суретшілер", "телерадио", "радио", "биржа", "аграрлық", "азық-түлік", "жанар-жағармай",
        "бизнес", "халық", "мемлекетаралық", "инфрақұрылымдық", "индустриялық", "кадастр",
        "істері", "және", "жөніндегі", "атындағы", "басқару", "қатынастар", "журналистика",
        "менеджмент", "биотехнология", "сақтандыру", "проблемалары", "мәселелері", "технологиялар",
        "технология", "өнер", "өнері", "музыка", "тіл", "әдебиет", "тарих", "археология",
        "шығыстану", "философия", "құқық", "заң", "саясат", "зерттеулер", "жоспарлау",
        "реформалар", "қолдау", "достық", "келісім", "денсаулығы", "дамуы", "қазақ", "қазақстан",
        "ұлттар", "біріккен", "тұңғыш"}) {
    name_words_.insert(s);
  }
  for (const char* s : {"облыс", "облысы", "облысының", "облыстық", "аудан", "ауданы",
                        "ауданының", "аудандық", "қала", "қаласы", "қаласының", "қалалық", "ауыл",
                        "ауылдық", "ауылы", "ауылының", "округ", "округі", "республикалық",
                        "жергілікті", "өңірлік", "аймақтық", "облысындағы", "қаласындағы"}) {
    admin_.insert(s);
  }
  for (const char* s :
       {"бұл", "осы", "ол", "сол", "ал", "бірақ", "және", "мен", "сондай-ақ", "оның", "олардың",
        "оған", "біздің", "менің", "сіздің", "әр", "әрбір", "барлық", "кейбір", "бүгін", "кеше",
        "ертең", "биыл", "былтыр", "қазір", "енді", "алайда", "дегенмен", "сонымен", "мысалы",
        "яғни", "бұған", "осыған", "сонда", "онда", "мұнда", "сондықтан", "себебі", "өйткені",
        "егер", "тіпті", "тек", "соның", "бұның", "мұның", "осының", "сондай", "мұндай",
        "осындай", "тағы", "әлі", "тиісті", "көптеген", "бірнеше", "аталған", "жоғарыда", "атап",
        "қазіргі", "бұрынғы", "біз", "сен", "сіз", "олар", "бұлар", "кім", "не", "қай", "қандай",
        "қанша", "неге", "сонан", "кейін", "дейін", "соңғы", "жаңа", "бүкіл", "жалпы", "арнайы",
        "екі", "үш", "бір", "бес", "он", "мың", "жүз", "это", "этот", "эта", "в", "во", "на",
        "по", "с", "со", "к", "ко", "от", "до", "для", "из", "о", "об", "при", "за", "под",
        "над", "и", "а", "но", "как", "так", "также", "однако", "кроме", "после", "все", "его",
        "ее", "их", "он", "она", "они", "мы", "вы", "я", "ты", "там", "здесь", "сегодня",
        "вчера", "сейчас", "когда", "где", "что", "чтобы", "если", "уже", "еще", "только",
        "даже", "новый", "новая", "новое", "каждый", "этого", "этой", "этом", "мұны", "бізде",
        "жуырда", "оны", "соны", "осыны", "бұны", "бізге", "оларға"}) {
    stop_.insert(s);
  }
  for (const char* s : {"және", "жөніндегі", "атындағы", "и", "по", "делам", "вопросам"}) {
    connectors_.insert(s);
  }
  for (const char* s :
       {"қр", "қазақстан", "қазақстанның", "республикасының", "республикасы", "парламент",
        "парламенті", "парламентінің", "рк", "республики", "казахстан", "казахстана", "елдің",
        "еліміздің", "федерациясының", "ресей", "ресейдің", "рф", "қхр", "ақш", "ақш-тың"}) {
    state_mod_.insert(s);
  }
}

}  // namespace izdeu::analyzers::org_internal
