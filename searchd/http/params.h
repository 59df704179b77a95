// Request targets and query strings, parsed by us: Pistache 0.0.5 hands query parameters over
// still percent-encoded and keeps one value per name, but izdeu needs repeated parameters
// (org=...&org=...) and exact UTF-8. Thread-safe (pure functions).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/status.h"

namespace izdeu::searchd::http {

struct Params {
  std::vector<std::pair<std::string, std::string>> items;  // in request order, decoded

  // The last value of `name`, or nullptr.
  const std::string* Get(std::string_view name) const;
  std::vector<std::string> GetAll(std::string_view name) const;
};

// Decodes %XX escapes and '+' (as a space). InvalidQuery for a broken escape or when the result
// is not valid UTF-8.
Result<std::string> PercentDecode(std::string_view text);

// InvalidQuery naming `name` when `value` holds a control character (NUL and the other C0
// codes but tab, line feed and carriage return, and DEL): no parameter has a use for them, and a
// NUL once made a query match every article.
Status CheckParamText(std::string_view name, std::string_view value);

// Splits "a=1&b=%D0%B0" into decoded pairs. InvalidQuery names the parameter that is broken.
Result<Params> ParseQueryString(std::string_view query);

}  // namespace izdeu::searchd::http
