// The closed word lists of organisation extraction: the head-noun table (Kazakh and Russian),
// legal forms, domain and admin words, capitalised function words, titles of people. Inflected
// forms are generated in org_inflection.cpp.
#include "analyzers/org/org_lexicon.h"

namespace izdeu::analyzers::org_internal {

const Lexicon& Lexicon::Get() {
  static const Lexicon* lexicon = new Lexicon();
  return *lexicon;
}

const HeadForm* Lexicon::FindKazakhHead(std::string_view lower) const {
  if (!MaybeForm(lower)) return nullptr;
  auto it = kk_forms_.find(lower);
  return it == kk_forms_.end() ? nullptr : &it->second;
}

const HeadForm* Lexicon::FindRussianHead(std::string_view lower) const {
  if (!MaybeForm(lower)) return nullptr;
  auto it = ru_forms_.find(lower);
  return it == ru_forms_.end() ? nullptr : &it->second;
}

bool Lexicon::IsLegalForm(std::string_view word) const { return legal_.count(word) > 0; }
bool Lexicon::IsGenericAdminWord(std::string_view lower) const { return admin_.count(lower) > 0; }
bool Lexicon::IsCapitalStopWord(std::string_view lower) const { return stop_.count(lower) > 0; }
bool Lexicon::IsNameConnector(std::string_view lower) const { return connectors_.count(lower) > 0; }
bool Lexicon::IsForeignOrgWord(std::string_view lower) const {
  return foreign_org_.count(lower) > 0;
}
std::string_view Lexicon::ForeignOrgBase(std::string_view lower) const {
  if (!MaybeForm(lower)) return {};
  auto it = foreign_forms_.find(lower);
  return it == foreign_forms_.end() ? std::string_view() : std::string_view(it->second);
}
bool Lexicon::IsStateModifier(std::string_view lower) const { return state_mod_.count(lower) > 0; }

bool Lexicon::IsNameInternalWord(std::string_view lower) const {
  return name_words_.count(lower) > 0 || IsAdjective(lower);
}

bool Lexicon::IsAdjective(std::string_view lower) const {
  if (admin_.count(lower) > 0) return true;
  if (CodePoints(lower) < 5) return false;
  // Adjectives: -лық/-лік/-дық/-дік/-тық/-тік (облыстық, мемлекеттік), -ғы/-гі/-қы/-кі (ішкі,
  // жоғарғы, сыртқы), -лы/-лі is left out (too many verbs' participles end so). A locative
  // -дағы/-дегі (Өңірдегі, Біздегі, Алматыдағы: "the one in ...") is not such an adjective.
  for (std::string_view loc : {"дағы", "дегі", "тағы", "тегі"}) {
    if (EndsWith(lower, loc)) return false;
  }
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
  // Envoys, consuls and representatives, not their offices (елшілігі, консулдығы, өкілдігі) nor
  // өкілетті ("plenipotentiary"): "Төтенше және Өкілетті Елшісі қызметіне" is a post, not a body
  // called "Елшісі қызметі".
  if ((StartsWith(lower, "елші") && !StartsWith(lower, "елшілі")) ||
      (StartsWith(lower, "консул") && !StartsWith(lower, "консулд") &&
       !StartsWith(lower, "консульт") && !StartsWith(lower, "консулт")) ||
      (StartsWith(lower, "өкіл") && !StartsWith(lower, "өкілд") && !StartsWith(lower, "өкілет"))) {
    return true;
  }
  return lower == "министр" || lower == "әкім" || lower == "әкімі" || lower == "әкімінің";
}

bool Lexicon::IsKazakhPersonTitle(std::string_view lower) {
  // Stems of posts held by one person; the possessive follows (-ы/-і after a consonant, -сы/-сі
  // after a vowel), then any case ending.
  // Words in -ист drop the т before the possessive (журналисі); журналисті is the accusative.
  static constexpr std::string_view kStems[] = {
      "басшы",     "төраға",   "төрайым",   "орынбасар",    "депутат",   "директор",  "ректор",
      "проректор", "декан",    "спикер",    "хатшы",        "министр",   "әкім",      "елші",
      "консул",    "өкіл",     "бастығ",    "меңгеруші",    "оқытушы",   "профессор", "доцент",
      "маман",     "дәрігер",  "жүргізуші", "жаттықтырушы", "бапкер",    "көмекші",   "кеңесші",
      "прокурор",  "судья",    "редактор",  "тілші",        "президент", "ғалым",     "зерттеуші",
      "доктор",    "сарапшы",  "қолбасшы",  "атташе",       "продюсер",  "қызметкер", "мүше",
      "жетекші",   "командир", "инспектор", "тергеуші",     "адвокат",   "аудитор",   "экономис",
      "талдаушы",  "шолушы",   "журналис",  "оператор",     "бухгалтер", "инженер",   "әртіс",
      "артис",     "солис",    "дирижер",   "хореограф",    "тренер",    "капитан",   "қызметші"};
  // The last part of a hyphenated word (вице-министрі, антрополог-ғалымы); U+2010 and U+2011
  // are hyphens too.
  std::string_view word = lower;
  for (std::string_view hyphen : {"-", "\u2010", "\u2011"}) {
    size_t at = word.rfind(hyphen);
    if (at != std::string_view::npos) word = word.substr(at + hyphen.size());
  }
  // бас, "head", as a post (Үкімет басы, "head of government"); only these forms: басылым,
  // басқарма, басым are other words.
  // Not басын/басына: басын қосу ("bring together"), басына іс түсті are idioms.
  for (std::string_view head_of : {"басы", "басының", "басымен"}) {
    if (word == head_of) return true;
  }
  for (std::string_view stem : kStems) {
    if (!StartsWith(word, stem)) continue;
    std::string_view tail = word.substr(stem.size());
    if (StartsWith(tail, "ы") || StartsWith(tail, "і") || StartsWith(tail, "сы") ||
        StartsWith(tail, "сі")) {
      return true;
    }
  }
  return false;
}

bool Lexicon::IsRussianPersonTitle(std::string_view lower) {
  // Stems ending in a hard consonant take -а/-у/-ом/-е; those in -ь take -я/-ю/-ем/-е.
  static constexpr std::string_view kHard[] = {"депутат",  "министр",     "директор", "ректор",
                                               "аким",     "спикер",      "советник", "президент",
                                               "прокурор", "вице-министр"};
  static constexpr std::string_view kSoft[] = {"председател", "руководител", "заместител",
                                               "секретар", "представител"};
  for (std::string_view stem : kHard) {
    if (!StartsWith(lower, stem)) continue;
    std::string_view tail = lower.substr(stem.size());
    if (tail.empty() || tail == "а" || tail == "у" || tail == "ом" || tail == "е") return true;
  }
  for (std::string_view stem : kSoft) {
    if (!StartsWith(lower, stem)) continue;
    std::string_view tail = lower.substr(stem.size());
    if (tail == "ь" || tail == "я" || tail == "ю" || tail == "ем" || tail == "е") return true;
  }
  return lower == "посол" || lower == "посла" || lower == "послу" || lower == "послом";
}

bool Lexicon::IsKazakhNumberWord(std::string_view lower) {
  static constexpr std::string_view kNumbers[] = {
      "бір",    "екі",  "үш",    "төрт", "бес",   "алты",   "жеті",   "сегіз",  "тоғыз", "он",
      "жиырма", "отыз", "қырық", "елу",  "алпыс", "жетпіс", "сексен", "тоқсан", "жүз",   "мың"};
  for (std::string_view n : kNumbers) {
    if (lower == n) return true;
  }
  return false;
}

bool Lexicon::IsKazakhOrdinal(std::string_view lower) {
  static constexpr std::string_view kSuffixes[] = {"ыншы", "інші", "сыншы", "сінші",
                                                   "ншы",  "нші",  "шы",    "ші"};
  if (lower.empty()) return false;
  if (lower[0] >= '0' && lower[0] <= '9') {
    // Digits, a hyphen, an ordinal suffix: 101-інші, 8-ші, 74-ші. Not a year or a range
    // (1943-жылы, 15-20).
    size_t hyphen = lower.find('-');
    if (hyphen == std::string_view::npos) return false;
    for (char c : lower.substr(0, hyphen)) {
      if (c < '0' || c > '9') return false;
    }
    std::string_view suffix = lower.substr(hyphen + 1);
    for (std::string_view s : kSuffixes) {
      if (suffix == s) return true;
    }
    return false;
  }
  if (lower == "қырқыншы") return true;  // қырық drops its vowel: "fortieth"
  for (std::string_view suffix : kSuffixes) {
    // A numeral word and its suffix: бірінші, алтыншы, тоғызыншы, жиырмасыншы.
    if (EndsWith(lower, suffix) &&
        IsKazakhNumberWord(lower.substr(0, lower.size() - suffix.size()))) {
      return true;
    }
  }
  return false;
}

size_t Lexicon::NumberedEventLength(std::span<const std::string_view> words) {
  size_t i = 0;
  if (words.size() >= 2 && words[0] == "кезектен" && words[1] == "тыс") i = 2;
  size_t numerals = i;
  while (numerals < words.size() && IsKazakhNumberWord(words[numerals])) ++numerals;
  if (numerals >= words.size()) return 0;
  // A Roman numeral (XXIX сессиясы), folded to lower case.
  const bool roman = numerals == i && words[i].find_first_not_of("ivxlc") == std::string_view::npos;
  const bool regular = numerals == i && words[i] == "кезекті";
  if (!IsKazakhOrdinal(words[numerals]) && !roman && !regular) return 0;
  const size_t event = numerals + 1;
  if (event >= words.size()) return 0;
  // кезекті ("regular") makes an event name of a party congress only (кезекті съезі: EVENT in
  // half A); a body's regular session or meeting (мәслихатының кезекті сессиясы, кеңестің
  // кезекті отырысы) is the body's.
  for (std::string_view stem : {"съез", "құрылтай", "конгресс"}) {
    if (StartsWith(words[event], stem)) return event + 1;
  }
  if (regular) return 0;
  for (std::string_view stem : {"сессия", "пленум", "форум", "конференция", "саммит"}) {
    if (StartsWith(words[event], stem)) return event + 1;
  }
  return 0;
}

bool Lexicon::IsTitleModifier(std::string_view lower) {
  for (std::string_view m :
       {"бас", "ресми", "құрметті", "атқарушы", "басқарма", "бірінші", "баспасөз", "тұрақты",
        "уақытша", "төтенше", "өкілетті", "және", "бақылау", "директорлар", "қамқоршылық", "ғылыми",
        // Time of holding the post: бөлімінің бұрынғы басшысы.
        "бұрынғы", "қазіргі", "экс"}) {
    if (lower == m) return true;
  }
  return false;
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
      {"банк", "банкі", true, H::kStrong},  // a loan word: банкі, банктің, банкке
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
      {"телеканал", "телеканалы", false, H::kType},  // the loan word, as common as телеарна
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
      {"телерадиокешен", "телерадиокешені", true, H::kStrong},
      {"училище", "училищесі", true, H::kStrong},
      {"альянс", "альянсы", false, H::kStrong},
      {"елшілік", "елшілігі", true, H::kStrong},
      {"кәсіподақ", "кәсіподағы", false, H::kStrong},
      {"өкілдік", "өкілдігі", true, H::kWeak},
      {"консулдық", "консулдығы", false, H::kWeak},
      {"музей", "музейі", true, H::kWeak},
      {"факультет", "факультеті", true, H::kWeak},
      {"кабинет", "кабинеті", true, H::kWeak},
      {"бригада", "бригадасы", false, H::kWeak},
      // Military units and commands, as KazNERD tags them: Қорғаныс министрлігі сапёрлік
      // бөлімшесі, « Оңтүстік » өңірлік қолбасшылығы, 101-інші атқыштар бригадасы.
      {"бөлімше", "бөлімшесі", true, H::kWeak},
      {"қолбасшылық", "қолбасшылығы", false, H::kWeak},
      {"дивизия", "дивизиясы", false, H::kWeak},
      {"полк", "полкі", true, H::kWeak},
      {"батальон", "батальоны", false, H::kWeak},
      {"автобаза", "автобазасы", false, H::kWeak},
      {"бюро", "бюросы", false, H::kWeak},
      {"инспекция", "инспекциясы", false, H::kWeak},
      {"миссия", "миссиясы", false, H::kWeak},
      {"лига", "лигасы", false, H::kWeak},
      {"емхана", "емханасы", false, H::kWeak},
      {"аурухана", "ауруханасы", false, H::kWeak},
      {"зертхана", "зертханасы", false, H::kWeak},
      {"лаборатория", "лабораториясы", false, H::kWeak},
      {"қызмет", "қызметі", true, H::kWeak},
      {"қоғам", "қоғамы", false, H::kType},
      {"топ", "тобы", false, H::kType},
      {"концерн", "концерні", true, H::kType},
      {"комбинат", "комбинаты", false, H::kType},
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
      {"биржа", 'f', H::kType},          {"служба", 'f', H::kWeak},
      {"комиссия", 'f', H::kWeak},
  };
  for (const R& r : kRussian) AddRussianHead(r.lemma, r.gender, r.cls);

  for (const char* s :
       {"АҚ",  "ЖШС", "ЖАҚ", "ҰАК", "ҰК",  "РМК", "МКК", "КЕАҚ", "ҚБ",  "ШЖҚ", "ҚҚ",  "ЖК", "РМҚК",
        "ТОО", "АО",  "ОАО", "ЗАО", "ООО", "ПАО", "РГП", "ГКП",  "ГУ",  "КГУ", "РГУ", "ОО", "ОФ",
        "НАО", "НПО", "ПК",  "ЧУ",  "ИП",  "КГП", "LLP", "JSC",  "LLC", "Ltd", "Inc", "PLC"}) {
    legal_.insert(s);
  }
  // Domain nouns and other lower-case words found inside official names.
  for (const char* s : {"экономика",
                        "денсаулық",
                        "сақтау",
                        "білім",
                        "ғылым",
                        "мәдениет",
                        "спорт",
                        "туризм",
                        "қаржы",
                        "әділет",
                        "қорғаныс",
                        "істер",
                        "істері",
                        "ауыл",
                        "шаруашылығы",
                        "шаруашылық",
                        "энергетика",
                        "индустрия",
                        "даму",
                        "дамыту",
                        "еңбек",
                        "халықты",
                        "халқы",
                        "қорғау",
                        "ақпарат",
                        "коммуникациялар",
                        "инновациялар",
                        "аэроғарыш",
                        "өнеркәсібі",
                        "өнеркәсіп",
                        "сауда",
                        "интеграция",
                        "экология",
                        "геология",
                        "табиғи",
                        "ресурстар",
                        "ресурстары",
                        "төтенше",
                        "жағдайлар",
                        "жағдай",
                        "кірістер",
                        "статистика",
                        "жолдары",
                        "жолы",
                        "жол",
                        "автомобиль",
                        "көлік",
                        "сайлау",
                        "бағдарламалар",
                        "қызмет",
                        "сыбайлас",
                        "жемқорлыққа",
                        "қарсы",
                        "іс-қимыл",
                        "бәсекелестікті",
                        "тұтынушылардың",
                        "құқықтарын",
                        "құқықтары",
                        "мұнай",
                        "газ",
                        "темір",
                        "атом",
                        "су",
                        "орман",
                        "балық",
                        "ветеринария",
                        "медицина",
                        "ақпараттандыру",
                        "байланыс",
                        "жер",
                        "тіркеу",
                        "нарық",
                        "нарқын",
                        "реттеу",
                        "тілдер",
                        "ғарыш",
                        "шекара",
                        "кеден",
                        "салық",
                        "бюджет",
                        "мониторинг",
                        "бағалы",
                        "қағаздар",
                        "сақтандыру",
                        "зейнетақы",
                        "тұрғын",
                        "үй",
                        "құрылыс",
                        "жинақ",
                        "өндіріс",
                        "инвестиция",
                        "инвестициялар",
                        "ұлттар",
                        "достастығы",
                        "ынтымақтастық",
                        "кооперация",
                        "ғылыми",
                        "зерттеу",
                        "ғылыми-зерттеу",
                        "жоғары",
                        "жоғарғы",
                        "бас",
                        "саяси",
                        "әскери",
                        "ресми",
                        "тарихи",
                        "діни",
                        "цифрлық",
                        "бақылау",
                        "қадағалау",
                        "тергеу",
                        "дін",
                        "жастар",
                        "балалар",
                        "әйелдер",
                        "ардагерлер",
                        "кәсіпкерлер",
                        "журналистер",
                        "жазушылар",
                        "суретшілер",
                        "телерадио",
                        "радио",
                        "биржа",
                        "аграрлық",
                        "азық-түлік",
                        "жанар-жағармай",
                        "бизнес",
                        "халық",
                        "мемлекетаралық",
                        "инфрақұрылымдық",
                        "индустриялық",
                        "кадастр",
                        "істері",
                        "және",
                        "жөніндегі",
                        "атындағы",
                        "басқару",
                        "қатынастар",
                        "журналистика",
                        "менеджмент",
                        "биотехнология",
                        "сақтандыру",
                        "проблемалары",
                        "мәселелері",
                        "технологиялар",
                        "технология",
                        "өнер",
                        "өнері",
                        "музыка",
                        "тіл",
                        "әдебиет",
                        "тарих",
                        "археология",
                        "шығыстану",
                        "философия",
                        "құқық",
                        "заң",
                        "саясат",
                        "зерттеулер",
                        "жоспарлау",
                        "реформалар",
                        "қолдау",
                        "достық",
                        "келісім",
                        "денсаулығы",
                        "дамуы",
                        "қазақ",
                        "қазақстан",
                        "ұлттар",
                        "біріккен",
                        "тұңғыш",
                        "ішкі",
                        "сыртқы",
                        "авиация",
                        "көмек",
                        "шұғыл",
                        "ядролық",
                        "әлеуметтік",
                        "табиғатты"}) {
    name_words_.insert(s);
  }
  for (const char* s :
       {"облыс",         "облысы",     "облысының", "облыстық", "аудан",       "ауданы",
        "ауданының",     "аудандық",   "қала",      "қаласы",   "қаласының",   "қалалық",
        "ауыл",          "ауылдық",    "ауылы",     "ауылының", "округ",       "округі",
        "республикалық", "жергілікті", "өңірлік",   "аймақтық", "облысындағы", "қаласындағы"}) {
    admin_.insert(s);
  }
  for (const char* s :
       {"бұл",      "осы",       "ол",       "сол",      "ал",      "бірақ",     "және",
        "мен",      "сондай-ақ", "оның",     "олардың",  "оған",    "біздің",    "менің",
        "сіздің",   "әр",        "әрбір",    "барлық",   "кейбір",  "бүгін",     "кеше",
        "ертең",    "биыл",      "былтыр",   "қазір",    "енді",    "алайда",    "дегенмен",
        "сонымен",  "мысалы",    "яғни",     "бұған",    "осыған",  "сонда",     "онда",
        "мұнда",    "сондықтан", "себебі",   "өйткені",  "егер",    "тіпті",     "тек",
        "соның",    "бұның",     "мұның",    "осының",   "сондай",  "мұндай",    "осындай",
        "тағы",     "әлі",       "тиісті",   "көптеген", "бірнеше", "аталған",   "жоғарыда",
        "атап",     "қазіргі",   "бұрынғы",  "біз",      "сен",     "сіз",       "олар",
        "бұлар",    "кім",       "не",       "қай",      "қандай",  "қанша",     "неге",
        "сонан",    "кейін",     "дейін",    "соңғы",    "жаңа",    "бүкіл",     "жалпы",
        "арнайы",   "екі",       "үш",       "бір",      "бес",     "он",        "мың",
        "жүз",      "это",       "этот",     "эта",      "в",       "во",        "на",
        "по",       "с",         "со",       "к",        "ко",      "от",        "до",
        "для",      "из",        "о",        "об",       "при",     "за",        "под",
        "над",      "и",         "а",        "но",       "как",     "так",       "также",
        "однако",   "кроме",     "после",    "все",      "его",     "ее",        "их",
        "он",       "она",       "они",      "мы",       "вы",      "я",         "ты",
        "там",      "здесь",     "сегодня",  "вчера",    "сейчас",  "когда",     "где",
        "что",      "чтобы",     "если",     "уже",      "еще",     "только",    "даже",
        "новый",    "новая",     "новое",    "каждый",   "этого",   "этой",      "этом",
        "мұны",     "бізде",     "жуырда",   "оны",      "соны",    "осыны",     "бұны",
        "бізге",    "оларға",    "ел",       "елдің",    "еліміз",  "еліміздің", "елімізде",
        "елімізге", "әлемнің",   "әлемдегі", "біздегі",  "сіздің",  "өзіміздің", "бүгінгі",
        "кешегі",   "ендігі",    "биылғы",   "былтырғы", "алдағы",  "осындағы",  "мұндағы",
        "ондағы",   "сондағы",   "ертеңгі",  "кейінгі",  "әуелгі",  "бастапқы",  "алғашқы",
        "ақырғы",   "ертедегі",  "ішіндегі", "келесі",   "өткен",   "жылғы",     "айдағы"}) {
    stop_.insert(s);
  }
  for (const char* s :
       {"holding",    "holdings",    "group",       "council",      "bank",        "airlines",
        "airways",    "air",         "corporation", "corp",         "company",     "inc",
        "ltd",        "llc",         "plc",         "media",        "tv",          "fund",
        "foundation", "institute",   "university",  "agency",       "association", "union",
        "hub",        "capital",     "energy",      "oil",          "motors",      "international",
        "partners",   "investments", "invest",      "technologies", "systems",     "electric",
        "petroleum",  "telecom",     "finance",     "insurance",    "consulting",  "services",
        "холдинг",    "холдингс",    "груп",        "групп",        "каунсил",     "каунсэл",
        "эйрлайнс",   "эйрвейз",     "эйр",         "корпорейшн",   "компани",     "инк",
        "лимитед",    "медиа",       "тв",          "фаундейшн",    "инститьют",   "юниверсити",
        "эдженси",    "хаб",         "кэпитал",     "капитал",      "энерджи",     "ойл",
        "моторс",     "интернэшнл",  "партнерс",    "инвестментс",  "инвест",      "текнолоджис",
        "системс",    "электрик",    "петролеум",   "телеком",      "файнэнс"}) {
    AddForeignOrgWord(s);
  }
  for (const char* s : {"және", "жөніндегі", "атындағы", "и", "по", "делам", "вопросам"}) {
    connectors_.insert(s);
  }
  for (const char* s : {"қр",
                        "қазақстан",
                        "қазақстанның",
                        "республикасының",
                        "республикасы",
                        "парламент",
                        "парламенті",
                        "парламентінің",
                        "рк",
                        "республики",
                        "казахстан",
                        "казахстана",
                        "елдің",
                        "еліміздің",
                        "федерациясының",
                        "ресей",
                        "ресейдің",
                        "рф",
                        "қхр",
                        "ақш",
                        "ақш-тың"}) {
    state_mod_.insert(s);
  }
  auto set_bit = [this](std::string_view form) {
    uint32_t k = FilterSlot(form);
    form_filter_[k >> 6] |= uint64_t{1} << (k & 63);
  };
  for (const auto& entry : kk_forms_) set_bit(entry.first);
  for (const auto& entry : ru_forms_) set_bit(entry.first);
  for (const auto& entry : foreign_forms_) set_bit(entry.first);
}

}  // namespace izdeu::analyzers::org_internal
