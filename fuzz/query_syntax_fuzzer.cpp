// Fuzzes the user query syntax parser (searchd/query/query_syntax.h).
// Invariants: date bounds, when set, are 8 digits and ordered as ParseDateRange promises.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "searchd/query/query_syntax.h"

namespace {
bool IsYyyymmdd(const std::string& s) {
  if (s.size() != 8) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = izdeu::searchd::ParseQuery(text);
  if (parsed.ok()) {
    FUZZ_CHECK(size <= izdeu::searchd::kMaxQueryBytes);
    FUZZ_CHECK(parsed->date_from.empty() || IsYyyymmdd(parsed->date_from));
    FUZZ_CHECK(parsed->date_to.empty() || IsYyyymmdd(parsed->date_to));
  }
  std::string from, to;
  if (izdeu::searchd::ParseDateRange(text, &from, &to).ok()) {
    FUZZ_CHECK(from.empty() || IsYyyymmdd(from));
    FUZZ_CHECK(to.empty() || IsYyyymmdd(to));
  }
  return 0;
}
