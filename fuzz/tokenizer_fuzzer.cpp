// Fuzzes ICU word segmentation (analyzers/tokenizer.h). Invariant from the header: the segments,
// joined in order, reproduce the input byte for byte.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "analyzers/tokenizer.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  static izdeu::analyzers::Tokenizer tokenizer;  // one thread; reused as the indexer does
  uint32_t expected_start = 0;
  tokenizer.Split(text, [&](const izdeu::analyzers::Segment& seg) {
    FUZZ_CHECK(seg.start == expected_start);
    FUZZ_CHECK(seg.end > seg.start && seg.end <= size);
    expected_start = seg.end;
  });
  FUZZ_CHECK(expected_start == size);
  return 0;
}
