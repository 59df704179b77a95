// Fuzzes word normalisation (analyzers/normalizer.h). Invariants: the result is valid UTF-8
// (invalid input bytes become U+FFFD) and NormalizeWordInto agrees with NormalizeWord.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "analyzers/normalizer.h"
#include "common/utf8.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view word(reinterpret_cast<const char*>(data), size);
  std::string normalized = izdeu::analyzers::NormalizeWord(word);
  FUZZ_CHECK(izdeu::IsValidUtf8(normalized));
  std::string into = "stale";
  izdeu::analyzers::NormalizeWordInto(word, &into);
  FUZZ_CHECK(into == normalized);
  return 0;
}
