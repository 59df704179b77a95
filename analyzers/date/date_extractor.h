// Written dates in Kazakh and Russian news text: "29 қыркүйек 2015", "08 Қазан 2015, 14:17",
// "2015 жылдың 6 мамырында", "2015 жылғы 6 мамыр", "11-12 қараша 2016" (a range: its first day),
// "29 сентября 2015 г.", "12.11.2016" and "12/11/2016" (day first), "2015-09-29".
// Every date is validated: year 1900..2100, month 1..12, a day that exists in that month.
// Input: UTF-8, any case, any normalisation form. Thread-safe (pure functions, immutable tables).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace izdeu::analyzers {

struct Date {
  int year = 0, month = 0, day = 0;
  // "YYYY-MM-DD", zero-padded. REQUIRES: a valid date (as FindDateInText returns).
  std::string Iso() const;
  bool operator==(const Date&) const = default;
};

// The first complete written date in `text` (in text order), or nullopt. A date without a year
// ("11-12 қараша", "6 мамырда") is not complete and yields nothing; an invalid one (31 ақпан 2015,
// 1850) is skipped and the search goes on, and so is the date of a cited legal act — "от" before
// it, or an act word (Жарлығы, заңы, қаулысы, бұйрығы, Указ, закон, постановление, приказ...)
// among the next words: "2005 жылғы 3 мамырдағы № 1557 Жарлығы", "Указ от 3 мая 2005 года".
// Invalid UTF-8 is tolerated.
std::optional<Date> FindDateInText(std::string_view text);

// The month (1..12) a Kazakh or Russian month name denotes, in any case and case form: қыркүйек,
// Қыркүйегі, қазанда, қарашаның, мамырында, сентября, сентябре, Мая. nullopt for anything else
// (қазандық, марка). `word` is one word token.
std::optional<int> ParseMonthName(std::string_view word);

}  // namespace izdeu::analyzers
