#include "analyzers/registry.h"

#include "analyzers/kk/stemmer.h"
#include "analyzers/ru/stopwords.h"

namespace izdeu::analyzers {

namespace {

// Xapian::StemImplementation over izdeu's Kazakh stemmer, so Kazakh plugs into Xapian::Stem
// like the built-in Snowball languages do.
class KazakhXapianStem : public Xapian::StemImplementation {
 public:
  std::string operator()(const std::string& word) override {
    return kk::SharedKazakhStemmer().Stem(word);
  }
  std::string get_description() const override { return "kazakh-izdeu"; }
};

}  // namespace

StemmerSet MakeStemmers() {
  return StemmerSet{Xapian::Stem(new KazakhXapianStem()), Xapian::Stem("russian"),
                    Xapian::Stem("none")};
}

bool IsStopwordInAnyLanguage(std::string_view norm) {
  return kk::IsKazakhStopword(norm) || ru::IsRussianStopword(norm);
}

}  // namespace izdeu::analyzers
