// Xapian adapter for the Kazakh stemmer, so that Xapian::TermGenerator and Xapian::QueryParser
// can produce the same Z-prefixed stemmed terms as our own pipeline. The adapter normalises each
// word with NormalizeWord (Xapian only lower-cases) and stems it with SharedKazakhStemmer().
#pragma once

#include <xapian.h>

#include <string>

namespace izdeu::analyzers::kk {

// Xapian::StemImplementation over SharedKazakhStemmer(). Stateless; operator() may be called
// from several threads (Xapian itself does not share a Stem across threads).
class KazakhXapianStemmer : public Xapian::StemImplementation {
 public:
  // REQUIRES: `word` is UTF-8 (any case; invalid bytes are tolerated). Returns the stem of
  // NormalizeWord(word), or "" for an empty or invisible-only word.
  std::string operator()(const std::string& word) override;
  // "kazakh-izdeu".
  std::string get_description() const override;
};

// A Xapian::Stem that owns a new KazakhXapianStemmer (Xapian reference-counts it).
Xapian::Stem MakeKazakhXapianStem();

}  // namespace izdeu::analyzers::kk
