// Fuzzes Latin -> Cyrillic candidates and Cyrillic -> Latin (analyzers/translit/).
// Invariants: at most `limit` candidates, ordered by cost; both directions give valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "analyzers/normalizer.h"
#include "analyzers/translit/latin_to_cyrillic.h"
#include "common/utf8.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  std::string word = izdeu::analyzers::NormalizeWord(raw);
  auto candidates = izdeu::analyzers::LatinToCyrillicCandidates(word, 16);
  FUZZ_CHECK(candidates.size() <= 16);
  for (size_t i = 0; i < candidates.size(); ++i) {
    FUZZ_CHECK(izdeu::IsValidUtf8(candidates[i].text));
    if (i > 0) FUZZ_CHECK(candidates[i - 1].cost <= candidates[i].cost);
  }
  if (!candidates.empty()) FUZZ_CHECK(izdeu::analyzers::IsLatinWord(word));
  std::string latin = izdeu::analyzers::CyrillicToLatin2021(word);
  FUZZ_CHECK(izdeu::IsValidUtf8(latin));
  (void)izdeu::analyzers::CyrillicToLatin2021(raw);
  return 0;
}
