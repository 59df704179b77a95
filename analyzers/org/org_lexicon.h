// Internal to analyzers/org: the closed word lists that organisation extraction relies on —
// organisation head nouns (Kazakh and Russian) with every inflected form generated from an explicit
// table, legal-form abbreviations, modifier words, and the case-suffix candidates used to match
// inflected names against the gazetteer. Not a general stemmer: it knows only the words listed.
// All functions take and return normalised lower-case words (see FoldWord) unless stated.
// Thread-safe: the Lexicon is built once and never changes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <functional>
#include <vector>

namespace izdeu::analyzers::org_internal {

// Folds one word token to the form NormalizeWord (analyzers/normalizer.h) gives it, with a fast
// path for plain Cyrillic/ASCII words. Overwrites *out. Input: UTF-8 (any normalisation form).
void FoldWord(std::string_view word, std::string* out);

// True when the first letter of `word` (UTF-8) is upper-case.
bool StartsUpper(std::string_view word);
// True when `word` has at least two letters and no lower-case letter (ҚР, БҰҰ, ТОО); letters
// after a hyphen (БҰҰ-ның) are not looked at.
bool IsAllCaps(std::string_view word);
// True when `word` has a Basic Latin letter and no Cyrillic one.
bool IsLatinWord(std::string_view word);

// Hash for unordered containers keyed by std::string and looked up by std::string_view.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

enum class HeadClass : uint8_t {
  kState,   // Үкімет, Парламент, Мәжіліс, Сенат: an organisation on its own when capitalised
  kStrong,  // министрлігі, комитеті, партиясы...: an organisation with any modifier
  kWeak,    // кеңесі, орталығы, қоры, комиссиясы...: needs a modifier that is really a name
  kType,    // арнасы, газеті, ансамблі...: only right after a quoted name («Хабар» арнасы)
};

enum class Lang : uint8_t { kKazakh, kRussian };

struct HeadInfo {
  std::string lemma;  // bare form: министрлік, министерство
  std::string poss3;  // Kazakh 3rd-person possessive (министрлігі); empty for Russian
  Lang lang = Lang::kKazakh;
  HeadClass cls = HeadClass::kStrong;
  char ru_gender = 0;  // Russian: 'm', 'f', 'n'
};

// One inflected form of a head noun.
struct HeadForm {
  uint16_t head = 0;    // index into Lexicon::heads()
  bool poss3 = false;   // Kazakh: carries the 3rd-person possessive (министрлігінің)
  bool plural = false;  // министрліктері, министерства (nominative plural) ...
  bool bare = false;    // exactly the lemma (мәслихат before a noun: мәслихат хатшысы)
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
  // Admin words that are only capitalised at a sentence start (облыс, аудан, қала, облыстық...):
  // they never start a name on their own.
  bool IsGenericAdminWord(std::string_view lower) const;
  // Capitalised function words that never start a name (Бұл, Осы, Ал, Бірақ, Оның, Это...).
  bool IsCapitalStopWord(std::string_view lower) const;
  // Titles of people (министрі, төрағасы, басшысы, Елбасы, Премьер-министр...): a name going
  // leftwards from its head stops before them.
  static bool IsPositionWord(std::string_view lower);
  // Ends in a dative, locative, ablative, instrumental or accusative ending (-ға, -да, -дан, -мен,
  // -ны...): such a word cannot modify a following noun. `with_loc_adj` also counts -дағы/-дегі.
  static bool HasObliqueCase(std::string_view lower, bool with_loc_adj);
  // Ends in a genitive ending (-ның, -дың, -тың...).
  static bool HasGenitive(std::string_view lower);
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

 private:
  Lexicon();
  void AddKazakhHead(std::string_view lemma, std::string_view poss3, bool front, HeadClass cls);
  void AddRussianHead(std::string_view lemma, char gender, HeadClass cls);

  std::vector<HeadInfo> heads_;
  StringMap<HeadForm> kk_forms_, ru_forms_;
  StringSet legal_, name_words_, admin_, stop_, connectors_, state_mod_;
};

}  // namespace izdeu::analyzers::org_internal
