// Internal to analyzers/org: turns the tokens of an organisation name, in whatever case form the
// text used, into its canonical display name and its match key. The same function serves
// extraction, the gazetteer loader and Resolve, so that all three agree on every id.
// Thread-safe (pure functions over the immutable Lexicon).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "analyzers/org/org_scanner.h"

namespace izdeu::analyzers::org_internal {

struct CanonicalName {
  std::string display;  // "Сорос-Қазақстан Қоры", "«Болашақ» қоғамдық бірлестігі"
  std::string key;      // folded words without quotes: "сорос-қазақстан қоры"
};

// Canonicalises tokens [begin, end) of `list` (scanned from `text`):
//  - Kazakh head-final names: the head takes its 3rd-person possessive form when it has
//    modifiers (Министрлігінің -> Министрлігі, мәслихат хатшысы -> мәслихаты, Ұлттық банктің ->
//    Ұлттық банкі), its bare form when alone (Үкіметтің -> Үкімет) or after жөніндегі (...
//    жөніндегі агенттікке -> жөніндегі агенттік), and a plural head its plural possessive
//    (министрліктеріне -> министрліктері);
//  - Russian: the head goes to the nominative singular (Министерства национальной экономики ->
//    Министерство ...), and adjectives before a final head agree with it (Национального банка ->
//    Национальный банк);
//  - quotes become « », a joined "Сорос- Қазақстан" loses its space, an all-capitals headline name
//    is title-cased; other words keep their written capitalisation.
// Punctuation other than quotes and commas after a word is dropped from the display (the key has
// words only). Returns empty strings when there is no word.
// `keep_bare_head`: a modified head written bare stays bare in the display (Ұлттық банк, for
// gazetteer names as written); the key is the same either way.
CanonicalName Canonicalize(std::string_view text, const TokenList& list, size_t begin, size_t end,
                           bool keep_bare_head = false);

// Upper-cases the first letter of a UTF-8 word.
std::string CapitalizeFirst(std::string_view word);

}  // namespace izdeu::analyzers::org_internal
