// Fuzzes query-string parsing and percent-decoding (searchd/http/params.h), which sees every
// request's raw bytes. Invariants: a decoded value is valid UTF-8 and never longer than its input.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/utf8.h"
#include "fuzz/fuzz_check.h"
#include "searchd/http/params.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto decoded = izdeu::searchd::http::PercentDecode(text);
  if (decoded.ok()) {
    FUZZ_CHECK(izdeu::IsValidUtf8(decoded.value()));
    FUZZ_CHECK(decoded.value().size() <= size);
  }
  auto params = izdeu::searchd::http::ParseQueryString(text);
  if (params.ok()) {
    for (const auto& [name, value] : params->items) {
      FUZZ_CHECK(izdeu::IsValidUtf8(name));
      FUZZ_CHECK(izdeu::IsValidUtf8(value));
    }
  }
  return 0;
}
