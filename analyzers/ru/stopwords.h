// Russian stopwords: function words that should not decide ranking (Snowball's Russian list,
// shortened to the words that carry no topic). Thread-safe.
#pragma once

#include <string_view>

namespace izdeu::analyzers::ru {

// REQUIRES: `norm` normalised by NormalizeWord (lower case, ё folded to е).
bool IsRussianStopword(std::string_view norm);

}  // namespace izdeu::analyzers::ru
