#include "searchd/query/query_syntax.h"

#include <cctype>

#include "common/calendar.h"

namespace izdeu::searchd {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

// Reads a value that may be quoted, starting at q[*pos]; advances *pos past it.
std::string ReadValue(std::string_view q, size_t* pos) {
  if (*pos < q.size() && q[*pos] == '"') {
    size_t end = q.find('"', *pos + 1);
    if (end == std::string_view::npos) end = q.size();
    std::string value(q.substr(*pos + 1, end - *pos - 1));
    *pos = std::min(q.size(), end + 1);
    return value;
  }
  size_t end = *pos;
  while (end < q.size() && !IsSpace(q[end])) ++end;
  std::string value(q.substr(*pos, end - *pos));
  *pos = end;
  return value;
}

}  // namespace

Result<std::string> ParseDateBound(std::string_view text, bool upper) {
  auto invalid = [&] {
    return Status::InvalidQuery("invalid date \"" + std::string(text) +
                                "\": use YYYY, YYYY-MM or YYYY-MM-DD");
  };
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return invalid();
  std::string_view y = text.substr(0, 4);
  if (!AllDigits(y)) return invalid();
  int year = std::stoi(std::string(y));
  int month = upper ? 12 : 1, day = 0;
  if (text.size() >= 7) {
    if (text[4] != '-' || !AllDigits(text.substr(5, 2))) return invalid();
    month = std::stoi(std::string(text.substr(5, 2)));
    if (month < 1 || month > 12) return invalid();
  }
  if (text.size() == 10) {
    if (text[7] != '-' || !AllDigits(text.substr(8, 2))) return invalid();
    day = std::stoi(std::string(text.substr(8, 2)));
    if (day < 1 || day > DaysInMonth(year, month)) return invalid();
  } else {
    day = upper ? DaysInMonth(year, month) : 1;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", year, month, day);
  return std::string(buf);
}

Status ParseDateRange(std::string_view text, std::string* from, std::string* to) {
  size_t dots = text.find("..");
  std::string_view lo = dots == std::string_view::npos ? text : text.substr(0, dots);
  std::string_view hi = dots == std::string_view::npos ? text : text.substr(dots + 2);
  if (lo.empty() && hi.empty()) return Status::InvalidQuery("empty date range");
  if (!lo.empty()) {
    auto bound = ParseDateBound(lo, false);
    if (!bound.ok()) return bound.status();
    *from = bound.value();
  }
  if (!hi.empty()) {
    auto bound = ParseDateBound(hi, true);
    if (!bound.ok()) return bound.status();
    *to = bound.value();
  }
  if (!from->empty() && !to->empty() && *from > *to) {
    return Status::InvalidQuery("date range \"" + std::string(text) + "\" ends before it starts");
  }
  return Status::Ok();
}

Result<ParsedQuery> ParseQuery(std::string_view q) {
  if (q.size() > kMaxQueryBytes) {
    return Status::InvalidQuery("query longer than " + std::to_string(kMaxQueryBytes) + " bytes");
  }
  ParsedQuery parsed;
  size_t pos = 0;
  while (pos < q.size()) {
    if (IsSpace(q[pos])) {
      ++pos;
      continue;
    }
    TextClause clause;
    if (q[pos] == '-' && pos + 1 < q.size() && !IsSpace(q[pos + 1])) {
      clause.negated = true;
      ++pos;
    }
    if (q[pos] == '"') {
      clause.phrase = true;
      clause.text = ReadValue(q, &pos);
      if (!clause.text.empty()) parsed.clauses.push_back(std::move(clause));
      continue;
    }
    // field:value?
    size_t colon = pos;
    while (colon < q.size() && std::isalpha(static_cast<unsigned char>(q[colon]))) ++colon;
    std::string_view field = q.substr(pos, colon - pos);
    if (colon < q.size() && q[colon] == ':' && colon + 1 < q.size() && !IsSpace(q[colon + 1]) &&
        !clause.negated) {
      size_t value_pos = colon + 1;
      if (field == "org") {
        parsed.orgs.push_back(ReadValue(q, &value_pos));
        pos = value_pos;
        continue;
      }
      if (field == "date") {
        std::string value = ReadValue(q, &value_pos);
        Status s = ParseDateRange(value, &parsed.date_from, &parsed.date_to);
        if (!s.ok()) return s;
        pos = value_pos;
        continue;
      }
      if (field == "lang") {
        parsed.lang = ReadValue(q, &value_pos);
        if (parsed.lang != "kk" && parsed.lang != "ru" && parsed.lang != "other") {
          return Status::InvalidQuery("lang must be kk, ru or other, not \"" + parsed.lang + "\"");
        }
        pos = value_pos;
        continue;
      }
      if (field == "title") {
        clause.title_only = true;
        clause.phrase = value_pos < q.size() && q[value_pos] == '"';
        clause.text = ReadValue(q, &value_pos);
        pos = value_pos;
        if (!clause.text.empty()) parsed.clauses.push_back(std::move(clause));
        continue;
      }
    }
    clause.text = ReadValue(q, &pos);
    parsed.clauses.push_back(std::move(clause));
  }
  return parsed;
}

}  // namespace izdeu::searchd
