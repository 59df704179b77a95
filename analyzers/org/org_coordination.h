// Internal to analyzers/org: one organisation per body for names coordinated before one plural
// head. "Алматы облыстық Іле ауданының және Алматы қаласының қоғамдық кеңестері" names two
// councils; KazNERD tags the phrase as one span, but a search facet needs one id per council.
// Thread-safe (pure functions over the immutable Lexicon).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/org/org_candidates.h"
#include "analyzers/org/org_scanner.h"

namespace izdeu::analyzers::org_internal {

struct Body {
  uint32_t b = 0, e = 0;  // the tokens of this body's mention as written
  // The body's own name written out in the nominative (conjunct + shared modifiers + the head in
  // the singular possessive: "Алматы қаласының қоғамдық кеңесі"); empty when the name is the
  // mention's tokens alone (a Latin name: Xinhua).
  std::string name_text;
};

// Splits a shared_head candidate (tokens [c.b, c.e), the plural head last) into its bodies.
// Conjuncts are separated by commas and by және/мен/бен/пен followed by a capitalised or Latin
// word, or between two admin adjectives (Алматы облыстық және қалалық мәслихаттары: the second
// takes the first one's place, Алматы қалалық); any other conjunction before a lower-case word is
// inside a name (Индустрия және инфрақұрылымдық даму). When the first conjunct ends in a genitive
// or a capitalised word, the lower-case words ending the last conjunct modify every conjunct (Іле
// ауданының және Алматы қаласының қоғамдық кеңестері: both are қоғамдық кеңесі). The mention of
// each body but the last is its conjunct; the last one's runs to the head. Returns an empty vector
// when there are fewer than two conjuncts (the candidate stays one mention).
std::vector<Body> SplitCoordinated(std::string_view text, const TokenList& list, const Cand& c);

}  // namespace izdeu::analyzers::org_internal
