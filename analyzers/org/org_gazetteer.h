// Internal to analyzers/org: the organisation gazetteer loaded from TSV (format in
// docs/organisations.md): one organisation per line — canonical name, '|'-separated aliases,
// flags, source — plus `place` lines (toponyms used as name modifiers) and word lists
// (`common-list`, `noun-list`: common Kazakh words; `person-list`: words of people's names).
// Every name is indexed by its match key (Canonicalize), so inflected and aliased forms meet.
// Immutable after construction; thread-safe to read.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/org/org_lexicon.h"

namespace izdeu::analyzers {

class OrgGazetteer {
 public:
  struct Entry {
    std::string id, name, source;
    std::vector<std::string> aliases;
  };
  struct KeyInfo {
    uint32_t org = 0;
    uint8_t words = 0;
    bool require_upper = false;  // first word must be capitalised in the text
    bool require_caps = false;   // a short abbreviation: must be written in capitals
    bool ambiguous = false;      // also a common word: not at a sentence start unless quoted
  };

  // Parses `tsv`; malformed lines are skipped. `drop_sources`: entries whose source is listed
  // are not loaded (evaluation ablations).
  explicit OrgGazetteer(std::string_view tsv, const std::vector<std::string>& drop_sources = {});

  const KeyInfo* FindKey(std::string_view key) const;
  // FindKey(key), else the key with its last word replaced by one of the base forms of
  // `last_word` (lower case; Lexicon::BaseCandidates): "сорос-қазақстан қорының" finds
  // "сорос-қазақстан қоры".
  const KeyInfo* FindInflected(std::string_view key, std::string_view last_word) const;
  const Entry& org(uint32_t i) const { return orgs_[i]; }
  const Entry* FindId(std::string_view id) const;
  // Longest alias (in words) whose first word folds to `first`; 0 when none.
  int MaxWords(std::string_view first) const;
  bool IsPlace(std::string_view lower) const { return places_.count(lower) > 0; }
  // The Kazakh place (folded key, "қостанай") whose letters, with the Kazakh-only ones mapped to
  // their Russian neighbours (қ->к, ғ->г, ң->н, ә->а, ө->о, ұ/ү->у, і->и, һ->х), spell
  // `russian_lower` ("костанай"); empty when none.
  std::string_view PlaceFromRussian(std::string_view russian_lower) const;
  // Lower-case words seen inside multi-word gazetteer names (domain words such as сақтау).
  bool IsNameWord(std::string_view lower) const { return name_words_.count(lower) > 0; }
  // A common (not proper) Kazakh word, by lemma: `common-list` and `noun-list` rows.
  bool IsCommon(std::string_view lower) const { return common_.count(lower) > 0; }
  // A common noun or adjective lemma: `noun-list` rows.
  bool IsNominal(std::string_view lower) const { return nominals_.count(lower) > 0; }
  // A word of a person's name (first name, surname, patronymic): `person-list` rows.
  bool IsPersonWord(std::string_view lower) const { return persons_.count(lower) > 0; }
  size_t size() const { return orgs_.size(); }

 private:
  void AddOrg(std::string_view canonical, std::string_view aliases, std::string_view flags,
              std::string_view source);
  void AddKey(std::string_view name, uint32_t org, bool ambiguous);

  std::vector<Entry> orgs_;
  org_internal::StringMap<KeyInfo> keys_;
  org_internal::StringMap<uint32_t> ids_;
  org_internal::StringMap<int> first_words_;
  // Every key's words before its last, each followed by a space ("сорос-қазақстан "): a name
  // whose first words are not here matches no key, whatever its last word's ending.
  org_internal::StringSet key_starts_;
  org_internal::StringSet places_, name_words_, common_, nominals_, persons_;
  org_internal::StringMap<std::string> places_by_russian_;  // RussianLetters(key) -> key
};

// `tsv` (the gazetteer's format) without the lines whose source column is one of `drop`: the
// text to give an OrgExtractor for a gazetteer without some sources (evaluation, training).
std::string GazetteerWithoutSources(std::string_view tsv, const std::vector<std::string>& drop);

}  // namespace izdeu::analyzers
