// The only table from language to language-specific components (charabia's SEGMENTERS table):
// stemmers and stopword lists. Adding a language means adding a module folder (see
// analyzers/template/) and one row here; nothing else branches on a language code.
// Fallback: kOther has no stemmer (identity) and no stopwords.
#pragma once

#include <xapian.h>
#include <string>
#include <string_view>

#include "analyzers/language.h"
#include "analyzers/ru/stemmer.h"

namespace izdeu::analyzers {

// The stemmers of one thread. The Russian one (ru/stemmer.h, Snowball through Xapian) is not
// thread-safe, so every thread makes its own set; the Kazakh stemmer is shared and
// immutable (kk/stemmer.h), and also available as a Xapian::Stem (kk/xapian_stemmer.h) for
// code that wants Xapian's interface.
class StemmerSet {
 public:
  StemmerSet();
  // REQUIRES: `norm` is a word normalised by NormalizeWord. Returns its stem in `lang`.
  std::string Stem(const std::string& norm, Language lang);

 private:
  ru::RussianStemmer russian_;
};

// Stopwords of Kazakh (tengrinews list plus question words) and Russian. Thread-safe.
bool IsStopwordInAnyLanguage(std::string_view norm);

}  // namespace izdeu::analyzers
