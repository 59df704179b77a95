// Fuzzes the Kazakh stemmer (analyzers/kk/stemmer.h) on normalised words, as the analyzer calls
// it, and on raw bytes (the header promises any input is accepted). Invariant: the answer
// depends on the word only, so the memoised second call returns the same stem.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "analyzers/kk/stemmer.h"
#include "analyzers/normalizer.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  const auto& stemmer = izdeu::analyzers::kk::SharedKazakhStemmer();
  std::string word = izdeu::analyzers::NormalizeWord(raw);
  std::string stem = stemmer.Stem(word);
  FUZZ_CHECK(stemmer.Stem(word) == stem);
  (void)stemmer.IsLexiconWord(word);
  (void)izdeu::analyzers::kk::IsKazakhStopword(word);
  (void)stemmer.Stem(raw);
  return 0;
}
