#include "searchd/query/query_syntax.h"

#include <algorithm>
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

bool MonthWithin(const std::string& month, const std::string& from, const std::string& to) {
  if (month.size() != 6) return false;
  if (!from.empty() && from > month + "01") return false;
  if (to.empty() || to.compare(0, 6, month) > 0) return true;
  const auto last_day = ParseDateBound(month.substr(0, 4) + "-" + month.substr(4, 2), true);
  return last_day.ok() && to >= last_day.value();
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

namespace {

// A recursive-descent parser over the raw bytes of the query (operators and syntax are ASCII;
// everything else is text for the analyzer).
//   or_expr   := and_expr ("OR" and_expr)*
//   and_expr  := clause+          (clauses side by side, "AND" and "NOT" between them)
//   clause    := ["-" | "+" | "NOT"] near_expr
//   near_expr := primary ("NEAR/n" primary)*
//   primary   := "(" or_expr ")" | '"'phrase'"' | field:value | word | word*
class Parser {
 public:
  explicit Parser(std::string_view q) : q_(q) {}

  Result<QueryNode> Parse() {
    QueryNode root;
    root.kind = NodeKind::kAnd;
    SkipSpace();
    if (pos_ >= q_.size()) return root;
    auto node = OrExpr(0);
    if (!node.ok()) return node.status();
    SkipSpace();
    if (pos_ < q_.size()) return Error("unexpected \")\": no \"(\" opens it");
    if (node->kind == NodeKind::kAnd) return std::move(node.value());
    root.children.push_back(std::move(node.value()));
    return root;
  }

 private:
  static Status Error(const std::string& message) { return Status::InvalidQuery(message); }

  void SkipSpace() {
    while (pos_ < q_.size() && IsSpace(q_[pos_])) ++pos_;
  }

  // True when the keyword `word` (AND, OR, NOT, NEAR/) stands at pos_ as a whole token.
  bool AtKeyword(std::string_view word) const {
    if (q_.substr(pos_, word.size()) != word) return false;
    if (word.back() == '/') return true;
    size_t end = pos_ + word.size();
    return end == q_.size() || IsSpace(q_[end]) || q_[end] == '(' || q_[end] == '"';
  }

  bool AtClauseEnd() const { return pos_ >= q_.size() || q_[pos_] == ')'; }

  Result<QueryNode> OrExpr(int depth) {
    auto first = AndExpr(depth);
    if (!first.ok()) return first;
    SkipSpace();
    if (!AtKeyword("OR")) return first;
    QueryNode any;
    any.kind = NodeKind::kOr;
    any.children.push_back(std::move(first.value()));
    while (AtKeyword("OR")) {
      pos_ += 2;
      SkipSpace();
      if (AtClauseEnd() || AtKeyword("OR") || AtKeyword("AND"))
        return Error("OR needs a term on each side");
      auto next = AndExpr(depth);
      if (!next.ok()) return next;
      any.children.push_back(std::move(next.value()));
      SkipSpace();
    }
    return any;
  }

  Result<QueryNode> AndExpr(int depth) {
    QueryNode all;
    all.kind = NodeKind::kAnd;
    bool and_pending = false;
    for (;;) {
      SkipSpace();
      if (AtClauseEnd() || AtKeyword("OR")) break;
      if (AtKeyword("AND")) {
        if (all.children.empty() || and_pending) return Error("AND needs a term on each side");
        pos_ += 3;
        and_pending = true;
        if (all.children.back().occur == Occur::kShould) all.children.back().occur = Occur::kMust;
        continue;
      }
      Occur occur = and_pending ? Occur::kMust : Occur::kShould;
      bool sign = false;
      if (AtKeyword("NOT")) {
        pos_ += 3;
        occur = Occur::kMustNot;
        SkipSpace();
        sign = true;
      } else if ((q_[pos_] == '-' || q_[pos_] == '+') && pos_ + 1 < q_.size() &&
                 !IsSpace(q_[pos_ + 1])) {
        occur = q_[pos_] == '-' ? Occur::kMustNot : Occur::kMust;
        ++pos_;
        sign = true;
      } else if ((q_[pos_] == '-' || q_[pos_] == '+') &&
                 (pos_ + 1 == q_.size() || IsSpace(q_[pos_ + 1]))) {
        ++pos_;  // a lone dash between words ("Алматы - Астана") is punctuation
        continue;
      }
      if (sign && (AtClauseEnd() || AtKeyword("OR") || AtKeyword("AND")))
        return Error("NOT, - and + need a term after them");
      auto clause = NearExpr(depth);
      if (!clause.ok()) return clause;
      and_pending = false;
      if (clause->kind == NodeKind::kAnd && clause->children.empty()) continue;  // only punctuation
      clause->occur = occur;
      all.children.push_back(std::move(clause.value()));
    }
    if (and_pending) return Error("AND needs a term on each side");
    if (all.children.empty()) return Error("empty group: write words between the parentheses");
    if (all.children.size() == 1 && all.children[0].occur == Occur::kShould)
      return std::move(all.children[0]);
    return all;
  }

  Result<QueryNode> NearExpr(int depth) {
    auto first = Primary(depth);
    if (!first.ok()) return first;
    SkipSpace();
    if (!AtKeyword("NEAR/")) return first;
    QueryNode near;
    near.kind = NodeKind::kNear;
    near.children.push_back(std::move(first.value()));
    while (AtKeyword("NEAR/")) {
      pos_ += 5;
      size_t digits = pos_;
      while (digits < q_.size() && q_[digits] >= '0' && q_[digits] <= '9') ++digits;
      if (digits == pos_ || digits - pos_ > 3) return Error("NEAR/n needs a number n of words");
      int n = std::stoi(std::string(q_.substr(pos_, digits - pos_)));
      if (n > kMaxNearDistance)
        return Error("NEAR/n: n must be at most " + std::to_string(kMaxNearDistance));
      near.near_distance = std::max(near.near_distance, n);
      pos_ = digits;
      SkipSpace();
      if (AtClauseEnd()) return Error("NEAR/n needs a word on each side");
      auto next = Primary(depth);
      if (!next.ok()) return next;
      near.children.push_back(std::move(next.value()));
      SkipSpace();
    }
    for (const auto& child : near.children) {
      if (child.kind != NodeKind::kWord || child.title_only)
        return Error("NEAR/n joins plain words only");
    }
    return near;
  }

  Result<QueryNode> Primary(int depth) {
    if (++terms_ > kMaxQueryTerms)
      return Error("too many terms: at most " + std::to_string(kMaxQueryTerms));
    QueryNode node;
    if (q_[pos_] == '(') {
      if (depth + 1 > kMaxQueryDepth)
        return Error("parentheses nested deeper than " + std::to_string(kMaxQueryDepth));
      ++pos_;
      SkipSpace();
      if (pos_ < q_.size() && q_[pos_] == ')') return Error("empty parentheses");
      auto inner = OrExpr(depth + 1);
      if (!inner.ok()) return inner;
      SkipSpace();
      if (pos_ >= q_.size() || q_[pos_] != ')') return Error("missing \")\"");
      ++pos_;
      return inner;
    }
    if (q_[pos_] == '"') {
      node.kind = NodeKind::kPhrase;
      node.text = ReadValue(q_, &pos_);
      return node;
    }
    // field:value?
    size_t colon = pos_;
    while (colon < q_.size() && std::isalpha(static_cast<unsigned char>(q_[colon]))) ++colon;
    std::string_view field = q_.substr(pos_, colon - pos_);
    if (colon < q_.size() && q_[colon] == ':' && colon + 1 < q_.size() && !IsSpace(q_[colon + 1])) {
      size_t value_pos = colon + 1;
      if (field == "org" || field == "source" || field == "date" || field == "lang") {
        node.kind = NodeKind::kField;
        node.field = std::string(field);
        node.text = ReadValue(q_, &value_pos);
        pos_ = value_pos;
        if (node.text.empty()) return Error(node.field + ": needs a value");
        if (field == "date") {
          std::string from, to;
          Status s = ParseDateRange(node.text, &from, &to);
          if (!s.ok()) return s;
        }
        if (field == "lang" && node.text != "kk" && node.text != "ru" && node.text != "other")
          return Error("lang must be kk, ru or other, not \"" + node.text + "\"");
        return node;
      }
      if (field == "title") {
        node.title_only = true;
        pos_ = value_pos;
        if (q_[pos_] == '"') {
          node.kind = NodeKind::kPhrase;
          node.text = ReadValue(q_, &pos_);
          return node;
        }
      }
    }
    // A word: up to a space, a parenthesis or a quote.
    size_t end = pos_;
    while (end < q_.size() && !IsSpace(q_[end]) && q_[end] != '(' && q_[end] != ')' &&
           q_[end] != '"')
      ++end;
    node.text = std::string(q_.substr(pos_, end - pos_));
    pos_ = end;
    node.kind = NodeKind::kWord;
    if (node.text.size() > 1 && node.text.back() == '*' &&
        node.text.find('*') == node.text.size() - 1) {
      node.kind = NodeKind::kPrefix;
      node.text.pop_back();
    }
    return node;
  }

  std::string_view q_;
  size_t pos_ = 0;
  size_t terms_ = 0;
};

}  // namespace

Result<QueryNode> ParseQuery(std::string_view q) {
  if (q.size() > kMaxQueryBytes) {
    return Status::InvalidQuery("query longer than " + std::to_string(kMaxQueryBytes) + " bytes");
  }
  return Parser(q).Parse();
}

}  // namespace izdeu::searchd
