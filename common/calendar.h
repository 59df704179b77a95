// Gregorian calendar facts shared by every place that validates a date (archive records, dates
// written in text, query date bounds), so that they cannot disagree. Thread-safe (pure).
#pragma once

namespace izdeu {

inline bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// REQUIRES: 1 <= month <= 12.
inline int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

// True when month and day exist in that year (any year).
inline bool IsValidDate(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

}  // namespace izdeu
