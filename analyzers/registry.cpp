#include "analyzers/registry.h"

#include "analyzers/kk/stemmer.h"
#include "analyzers/ru/stopwords.h"

namespace izdeu::analyzers {

StemmerSet::StemmerSet() = default;

std::string StemmerSet::Stem(const std::string& norm, Language lang) {
  switch (lang) {
    case Language::kKazakh:
      return kk::SharedKazakhStemmer().Stem(norm);
    case Language::kRussian:
      return russian_.Stem(norm);
    default:
      return norm;
  }
}

bool IsStopwordInAnyLanguage(std::string_view norm) {
  return kk::IsKazakhStopword(norm) || ru::IsRussianStopword(norm);
}

}  // namespace izdeu::analyzers
