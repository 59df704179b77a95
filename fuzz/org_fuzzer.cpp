// Fuzzes organisation extraction and name resolution (analyzers/org/org_extractor.h).
// Invariants: mentions ordered by start, never overlapping, inside the text, each with an id;
// an id Extract gives resolves to itself; OrgIdFor is idempotent and at most 60 bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "analyzers/org/org_extractor.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto& extractor = izdeu::analyzers::SharedOrgExtractor();
  auto mentions = extractor.Extract(text);
  uint32_t previous_end = 0;
  for (const auto& m : mentions) {
    FUZZ_CHECK(m.start >= previous_end && m.start < m.end && m.end <= size);
    FUZZ_CHECK(!m.id.empty());
    previous_end = m.end;
  }
  if (!mentions.empty()) {
    auto info = extractor.Resolve(mentions.front().id);
    FUZZ_CHECK(info.has_value() && info->id == mentions.front().id);
  }
  (void)extractor.Resolve(text);
  std::string id = izdeu::analyzers::OrgIdFor(text);
  FUZZ_CHECK(id.size() <= 60);
  FUZZ_CHECK(izdeu::analyzers::OrgIdFor(id) == id);
  return 0;
}
