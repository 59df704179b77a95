// Fuzzes written-date extraction (analyzers/date/date_extractor.h). Invariant: a date found is
// valid (year 1900..2100, month 1..12, a day of that month), so Iso() is 10 characters.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "analyzers/date/date_extractor.h"
#include "common/calendar.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto date = izdeu::analyzers::FindDateInText(text);
  if (date) {
    FUZZ_CHECK(date->year >= 1900 && date->year <= 2100);
    FUZZ_CHECK(date->month >= 1 && date->month <= 12);
    FUZZ_CHECK(izdeu::IsValidDate(date->year, date->month, date->day));
    FUZZ_CHECK(date->Iso().size() == 10);
  }
  auto month = izdeu::analyzers::ParseMonthName(text);
  if (month) FUZZ_CHECK(*month >= 1 && *month <= 12);
  return 0;
}
