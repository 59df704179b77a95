// The only table from language to language-specific components (charabia's SEGMENTERS table):
// stemmers and stopword lists. Adding a language means adding a module folder (see
// analyzers/template/) and one row here; nothing else branches on a language code.
// Fallback: kOther has no stemmer (identity) and no stopwords.
#pragma once

#include <xapian.h>
#include <string_view>

#include "analyzers/language.h"

namespace izdeu::analyzers {

// Xapian::Stem objects are reference-counted handles whose stemming call is not thread-safe,
// so every thread makes its own set. Cheap: the Kazakh lexicon behind it is shared and immutable.
struct StemmerSet {
  Xapian::Stem kazakh;
  Xapian::Stem russian;
  Xapian::Stem none;
  Xapian::Stem& For(Language lang) {
    return lang == Language::kKazakh ? kazakh : lang == Language::kRussian ? russian : none;
  }
};

StemmerSet MakeStemmers();

// Stopwords of Kazakh (tengrinews list plus question words) and Russian. Thread-safe.
bool IsStopwordInAnyLanguage(std::string_view norm);

}  // namespace izdeu::analyzers
