#include "analyzers/kk/xapian_stemmer.h"

#include "analyzers/kk/stemmer.h"
#include "analyzers/normalizer.h"

namespace izdeu::analyzers::kk {

std::string KazakhXapianStemmer::operator()(const std::string& word) {
  return SharedKazakhStemmer().Stem(NormalizeWord(word));
}

std::string KazakhXapianStemmer::get_description() const { return "kazakh-izdeu"; }

Xapian::Stem MakeKazakhXapianStem() { return Xapian::Stem(new KazakhXapianStemmer()); }

}  // namespace izdeu::analyzers::kk
