// Internal to analyzers/org: the closed word lists that organisation extraction relies on —
// organisation head nouns (Kazakh and Russian) with every inflected form generated from an explicit
// table, legal-form abbreviations, modifier words, and the case-suffix candidates used to match
// inflected names against the gazetteer. Not a general stemmer: it knows only the words listed.
// All functions take and return normalised lower-case words (see FoldWord) unless stated.
// Thread-safe: the Lexicon is built once and never changes.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace izdeu::analyzers::org_internal {

inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
inline bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
// Number of code points of a UTF-8 string.
inline size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Hash for unordered containers keyed by std::string and looked up by std::string_view.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

enum class HeadClass : uint8_t {
  kState,  // Үкімет, Парламент, Мәжіліс, Сенат: an organisation on its own when capitalised
  kStrong,  // министрлігі, комитеті, партиясы...: an organisation with any modifier
  kWeak,  // кеңесі, орталығы, қоры, комиссиясы...: needs a modifier that is really a name
  kType,  // арнасы, газеті, ансамблі...: only right after a quoted name («Хабар» арнасы)
};

enum class Lang : uint8_t { kKazakh, kRussian };

struct HeadInfo {
  std::string lemma;  // bare form: министрлік, министерство
  std::string poss3;  // Kazakh 3rd-person possessive (министрлігі); empty for Russian
  Lang lang = Lang::kKazakh;
  HeadClass cls = HeadClass::kStrong;
  char ru_gender = 0;  // Russian: 'm', 'f', 'n'
  // Kazakh: names an organisation only in the possessive (орталығы, қызметі, тобы), because the
  // bare form is also an adjective or a common noun (орталық, министрлік, қызмет, топ).
  bool poss_only = false;
  std::string plural_poss3;  // Kazakh plural with the 3rd-person possessive: министрліктері
};

// One inflected form of a head noun.
struct HeadForm {
  uint16_t head = 0;   // index into Lexicon::heads()
  bool poss3 = false;  // Kazakh: carries the 3rd-person possessive (министрлігінің)
  bool plural = false;  // министрліктері, министерства (nominative plural) ...
  bool bare = false;  // exactly the lemma (мәслихат before a noun: мәслихат хатшысы)
};

class Lexicon {
 public:
  static const Lexicon& Get();

  // The Kazakh head form `lower` is, or nullptr.
  const HeadForm* FindKazakhHead(std::string_view lower) const;
  // The Russian head form `lower` is, or nullptr; министерства (gen. sg. or nom. pl.) counts as
  // singular.
  const HeadForm* FindRussianHead(std::string_view lower) const;
  const HeadInfo& head(uint16_t i) const { return heads_[i]; }

  // Legal-form abbreviations written next to a quoted name (АҚ, ЖШС, ТОО, АО, РМК...).
  // `word` is the original token (case matters: these are upper-case).
  bool IsLegalForm(std::string_view word) const;
  // Lower-case words that may sit inside an organisation name before its head (domain nouns such as
  // экономика, денсаулық, сақтау; adjectives by suffix -лық/-лік/-дық/-дік/-тық/-тік/-ғы/-гі;
  // admin words облыстық, аудандық, облысының...). The gazetteer adds its own (OrgGazetteer).
  bool IsNameInternalWord(std::string_view lower) const;
  // The adjective part of IsNameInternalWord: admin words and the adjective suffixes, not the
  // listed domain nouns (облыстық, ұлттық, ішкі; not қазақстан, экономика).
  bool IsAdjective(std::string_view lower) const;
  // Admin words that are only capitalised at a sentence start (облыс, аудан, қала, облыстық...):
  // they never start a name on their own.
  bool IsGenericAdminWord(std::string_view lower) const;
  // Capitalised function words that never start a name (Бұл, Осы, Ал, Бірақ, Оның, Это...).
  bool IsCapitalStopWord(std::string_view lower) const;
  // Titles of people (министрі, төрағасы, басшысы, Елбасы, Премьер-министр...): a name going
  // leftwards from its head stops before them.
  static bool IsPositionWord(std::string_view lower);
  // A Kazakh title of one person in the possessive, in any case (депутаты, төрағасының,
  // басшысы, орынбасарына; not the plural депутаттары nor төрағалығы "chairmanship"): the
  // body right before it names that person's post (Ақтау қалалық мәслихатының депутаты).
  // Unlike IsPositionWord, which stops a name going leftwards at any title form (Елбасы,
  // Премьер-министр, bare министр), this is only the possessive that makes a body its owner.
  static bool IsKazakhPersonTitle(std::string_view lower);
  // A Russian title of one person in the singular, in any case (председатель, депутата,
  // заместителем; not the plural депутаты): the body right after it, in the genitive, names that
  // person's post (председатель Счетного комитета).
  static bool IsRussianPersonTitle(std::string_view lower);
  // A Kazakh cardinal numeral word (бір ... тоғыз, он ... тоқсан, жүз, мың).
  static bool IsKazakhNumberWord(std::string_view lower);
  // A Kazakh ordinal: digits with a suffix (101-інші, 8-ші) or a numeral word with one (бірінші,
  // алтыншы, тоғызыншы).
  static bool IsKazakhOrdinal(std::string_view lower);
  // The name of a numbered event starts at token-wise `words` (lower case, in order): an ordinal,
  // maybe read out in several numeral words (жетпіс төртінші), or кезекті ("regular"), maybe
  // after кезектен тыс ("extraordinary"), then a congress, session, plenum, forum, conference,
  // summit or kurultai (он сегізінші съезі, 74-інші сессиясына, кезекті съезінің). KazNERD tags
  // such a phrase with the body before it as one EVENT. Returns the number of words it takes, 0
  // if none. Not a meeting (кезекті отырысы): KazNERD keeps the body apart there.
  static size_t NumberedEventLength(std::span<const std::string_view> words);
  // Words that qualify such a title (бас маманы, ресми өкілі, басқарма төрағасы, бірінші
  // орынбасары, Төтенше және өкілетті елшісі).
  static bool IsTitleModifier(std::string_view lower);
  // Ends in a dative, locative, ablative, instrumental or accusative ending (-ға, -да, -дан, -мен,
  // -ны...): such a word cannot modify a following noun. `with_loc_adj` also counts -дағы/-дегі;
  // `with_accusative` false leaves out -ны/-ды/-ты, which also end possessives (комитеті).
  static bool HasObliqueCase(std::string_view lower, bool with_loc_adj,
                             bool with_accusative = true);
  // Ends in a Russian case ending (-а, -я, -у, -е, -ом, -ой, -ов, -ах, -и...): Мажилиса,
  // Мажилисе, комитету. Meant for words without Kazakh letters.
  static bool LooksRussianInflected(std::string_view lower);
  // Ends in a genitive ending (-ның, -дың, -тың...).
  static bool HasGenitive(std::string_view lower);
  // Ends like a surname or patronymic (lower-case base form): -ов/-ова/-ев/-ева/-ин/-ина,
  // -ұлы/-қызы, -ский/-ская, -енко, -вич/-вна, with at least three letters before the ending.
  static bool LooksLikeSurname(std::string_view lower);
  // The last word of a foreign company name, in Latin or in Kazakh transcription (Holdings,
  // Group, Council, Airlines, Телеком, Холдингс, Груп, Эйр...): Nest Investments Holdings.
  bool IsForeignOrgWord(std::string_view lower) const;
  // The foreign company word `lower` is, in any Kazakh case form (Телекомның, air-дің -> air);
  // empty when it is none.
  std::string_view ForeignOrgBase(std::string_view lower) const;
  // Connectors allowed inside a name: және, мен (no), жөніндегі, атындағы, и, по.
  bool IsNameConnector(std::string_view lower) const;
  // Modifiers allowed before a kState head: ҚР, Қазақстан, Республикасының, Парламент...
  bool IsStateModifier(std::string_view lower) const;

  // Russian: true when `lower` looks like an adjective (by ending); *gen is set when the ending
  // is genitive singular/plural (-ого, -его, -ой, -ей, -ых, -их).
  static bool LooksRussianAdjective(std::string_view lower, bool* gen);
  // Russian: nominative singular of an adjective agreeing with a noun of `gender`.
  static std::string RussianAdjectiveNominative(std::string_view lower, char gender);

  // Candidate base forms of a (lower-case) name word in some case form: the word itself first,
  // then Kazakh case/possessive/plural endings and hyphen-attached suffixes (БҰҰ-ның -> бұұ)
  // stripped, then Russian case endings. At most ~10 candidates, each at least 2 letters.
  static void BaseCandidates(std::string_view lower, std::vector<std::string>* out);
  // The same candidates, remembered per thread (a few thousand names and words make most of
  // the calls; computing them was a fifth of extraction). The reference is valid until the
  // next call on the same thread.
  static const std::vector<std::string>& BaseCandidatesOf(std::string_view lower);

 private:
  Lexicon();
  void AddKazakhHead(std::string_view lemma, std::string_view poss3, bool front, HeadClass cls);
  void AddRussianHead(std::string_view lemma, char gender, HeadClass cls);
  void AddForeignOrgWord(std::string_view word);

  std::vector<HeadInfo> heads_;
  StringMap<HeadForm> kk_forms_, ru_forms_;
  StringSet legal_, name_words_, admin_, stop_, connectors_, state_mod_, foreign_org_;
  StringMap<std::string> foreign_forms_;  // inflected form -> foreign company word
  // A one-hash Bloom filter over the keys of kk_forms_, ru_forms_ and foreign_forms_: most words
  // of a text are no head form, and this answers so without hashing the whole word.
  static uint32_t FilterSlot(std::string_view s) {
    uint32_t first = 0, last = 0;
    if (!s.empty()) std::memcpy(&first, s.data(), std::min<size_t>(4, s.size()));
    if (s.size() >= 4) std::memcpy(&last, s.data() + s.size() - 4, 4);
    uint32_t h = static_cast<uint32_t>(s.size()) * 0x9E3779B1u;
    h ^= first * 0x85EBCA6Bu;
    h = (h ^ (h >> 15)) * 0xC2B2AE35u;
    h ^= last * 0x27D4EB2Fu;
    return (h ^ (h >> 16)) & 0xFFFFu;
  }
  bool MaybeForm(std::string_view s) const {
    uint32_t k = FilterSlot(s);
    return (form_filter_[k >> 6] >> (k & 63)) & 1u;
  }
  std::array<uint64_t, 1024> form_filter_{};
};

}  // namespace izdeu::analyzers::org_internal
