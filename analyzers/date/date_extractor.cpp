#include "analyzers/date/date_extractor.h"

#include <unicode/uchar.h>

#include <cstdio>
#include <unordered_map>
#include <vector>

#include "analyzers/normalizer.h"
#include "common/calendar.h"
#include "common/utf8.h"

namespace izdeu::analyzers {
namespace {

// Every case form of the month names, generated once from an explicit table.
class MonthTable {
 public:
  static const MonthTable& Get() {
    static const MonthTable* table = new MonthTable();
    return *table;
  }
  std::optional<int> Find(const std::string& lower) const {
    auto it = forms_.find(lower);
    if (it == forms_.end()) return std::nullopt;
    return it->second;
  }

 private:
  MonthTable() {
    // Kazakh: nominative, 3rd-person possessive (қыркүйегі, шілдесі), front vowels?
    struct K {
      const char* lemma;
      const char* poss3;
      bool front;
    };
    static const K kKazakh[] = {
        {"қаңтар", "қаңтары", false},    {"ақпан", "ақпаны", false},
        {"наурыз", "наурызы", false},    {"сәуір", "сәуірі", true},
        {"мамыр", "мамыры", false},      {"маусым", "маусымы", false},
        {"шілде", "шілдесі", true},      {"тамыз", "тамызы", false},
        {"қыркүйек", "қыркүйегі", true}, {"қазан", "қазаны", false},
        {"қараша", "қарашасы", false},   {"желтоқсан", "желтоқсаны", false}};
    static const char* kBackCases[] = {"",    "ның", "дың",  "тың",  "ға", "қа",  "на",
                                       "ны",  "ды",  "ты",   "да",   "та", "дан", "тан",
                                       "нан", "мен", "дағы", "тағы", "ғы"};
    static const char* kFrontCases[] = {"",    "нің", "дің",  "тің",  "ге", "ке",  "не",
                                        "ні",  "ді",  "ті",   "де",   "те", "ден", "тен",
                                        "нен", "мен", "дегі", "тегі", "гі"};
    static const char* kBackPoss[] = {"", "ның", "на", "н", "нда", "нан", "мен", "ндағы"};
    static const char* kFrontPoss[] = {"", "нің", "не", "н", "нде", "нен", "мен", "ндегі"};
    int month = 1;
    for (const K& k : kKazakh) {
      for (const char* c : k.front ? kFrontCases : kBackCases)
        forms_[std::string(k.lemma) + c] = month;
      for (const char* c : k.front ? kFrontPoss : kBackPoss)
        forms_[std::string(k.poss3) + c] = month;
      ++month;
    }
    // Russian: stem + endings.
    static const char* kSoft[] = {"январ",   "феврал", "апрел", "июн",   "июл",
                                  "сентябр", "октябр", "ноябр", "декабр"};
    static const int kSoftMonth[] = {1, 2, 4, 6, 7, 9, 10, 11, 12};
    for (int i = 0; i < 9; ++i) {
      for (const char* e : {"ь", "я", "е", "ю", "ем", "ём"})
        forms_[std::string(kSoft[i]) + e] = kSoftMonth[i];
    }
    for (const char* e : {"", "а", "е", "у", "ом"}) {
      forms_[std::string("март") + e] = 3;
      forms_[std::string("август") + e] = 8;
    }
    for (const char* f : {"май", "мая", "мае", "маю", "маем"}) forms_[f] = 5;
  }
  std::unordered_map<std::string, int> forms_;
};

enum class Kind { kNum, kWord, kPunct };

struct DTok {
  Kind kind;
  std::string_view text;
  bool space_before = false;
};

std::vector<DTok> Tokenize(std::string_view text) {
  std::vector<DTok> out;
  size_t pos = 0;
  bool space = true;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t cp = DecodeUtf8(text, &pos);
    if (cp >= '0' && cp <= '9') {
      while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
      out.push_back({Kind::kNum, text.substr(start, pos - start), space});
    } else if (u_isalpha(static_cast<UChar32>(cp))) {
      size_t end = pos;
      while (end < text.size()) {
        size_t next = end;
        char32_t c = DecodeUtf8(text, &next);
        if (!u_isalpha(static_cast<UChar32>(c))) break;
        end = next;
      }
      pos = end;
      out.push_back({Kind::kWord, text.substr(start, pos - start), space});
    } else if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x202F) {
      space = true;
      continue;
    } else {
      out.push_back({Kind::kPunct, text.substr(start, pos - start), space});
    }
    space = false;
  }
  return out;
}

bool Valid(int y, int m, int d) { return y >= 1900 && y <= 2100 && IsValidDate(y, m, d); }

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

// Words that follow a year: "2015 жылдың 6 мамырында", "2015 жылғы", "2015 ж.", "2015 года".
bool IsYearWord(std::string_view word) {
  std::string w = NormalizeWord(word);
  for (const char* y : {"жылдың", "жылғы", "жылы", "жыл", "ж", "года", "год", "г", "гг"}) {
    if (w == y) return true;
  }
  return false;
}

// Stems of the words that name a legal act: a date right before one (2005 жылғы 3 мамырдағы
// Жарлығы, 3 мая 2005 года Указ...) is the date of the act cited, not of the article.
bool IsActWord(std::string_view word) {
  std::string w = NormalizeWord(word);
  for (const char* stem :
       {"жарлы",  "заң",       "қаулы",   "бұйры",    "өкім",        "шешім",      "кодекс",
        "хаттам", "келісім",   "указ",    "закон",    "постановлен", "распоряжен", "приказ",
        "решени", "соглашени", "договор", "протокол", "конвенци",    "конвенция"}) {
    if (w.rfind(stem, 0) == 0) return true;
  }
  return false;
}

// "от" before a date: "Указ от 3 мая 2005 года", "постановлением от 12.11.2016".
bool IsFromWord(std::string_view word) { return NormalizeWord(word) == "от"; }

}  // namespace

std::string Date::Iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<int> ParseMonthName(std::string_view word) {
  if (word.empty() || word.size() > 64) return std::nullopt;
  return MonthTable::Get().Find(NormalizeWord(word));
}

std::optional<Date> FindDateInText(std::string_view text) {
  std::vector<DTok> t = Tokenize(text);
  auto num = [&](size_t i, size_t min_len, size_t max_len) {
    return i < t.size() && t[i].kind == Kind::kNum && t[i].text.size() >= min_len &&
           t[i].text.size() <= max_len;
  };
  auto punct = [&](size_t i, std::string_view p) {
    return i < t.size() && t[i].kind == Kind::kPunct && t[i].text == p && !t[i].space_before;
  };
  auto glued = [&](size_t i) { return i < t.size() && !t[i].space_before; };
  auto month = [&](size_t i) -> std::optional<int> {
    if (i >= t.size() || t[i].kind != Kind::kWord) return std::nullopt;
    return ParseMonthName(t[i].text);
  };
  // True when the date in tokens [first, last] is the date of a cited legal act: "от" before it,
  // or an act word among the next few tokens (after year words, a number sign and numbers).
  auto cited = [&](size_t first, size_t last) {
    if (first > 0 && t[first - 1].kind == Kind::kWord && IsFromWord(t[first - 1].text)) return true;
    size_t seen_words = 0;
    for (size_t k = last + 1; k < t.size() && k <= last + 6; ++k) {
      if (t[k].kind == Kind::kNum ||
          (t[k].kind == Kind::kPunct && t[k].text != "," && t[k].text != "." && t[k].text != ";")) {
        continue;  // № 1557, «...»
      }
      if (t[k].kind == Kind::kPunct) return false;
      if (IsYearWord(t[k].text)) continue;
      if (IsActWord(t[k].text)) return true;
      if (++seen_words >= 2) return false;
    }
    return false;
  };
  std::optional<Date> found;
  auto take = [&](Date d, size_t first, size_t last) {
    if (cited(first, last)) return false;
    found = d;
    return true;
  };
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != Kind::kNum) continue;
    // A number glued to a preceding letter, digit group or decimal point is not a date start.
    if (i > 0 && !t[i].space_before && t[i - 1].kind != Kind::kPunct) continue;
    // 12.11.2016, 12/11/2016 (day first)
    for (std::string_view sep : {".", "/"}) {
      if (num(i, 1, 2) && punct(i + 1, sep) && num(i + 2, 1, 2) && glued(i + 2) &&
          punct(i + 3, sep) && num(i + 4, 4, 4) && glued(i + 4) &&
          !(i + 5 < t.size() && t[i + 5].kind == Kind::kNum && !t[i + 5].space_before)) {
        int d = ToInt(t[i].text), m = ToInt(t[i + 2].text), y = ToInt(t[i + 4].text);
        if (Valid(y, m, d) && take(Date{y, m, d}, i, i + 4)) return found;
      }
    }
    // 2015-09-29
    if (num(i, 4, 4) && punct(i + 1, "-") && num(i + 2, 1, 2) && glued(i + 2) &&
        punct(i + 3, "-") && num(i + 4, 1, 2) && glued(i + 4)) {
      int y = ToInt(t[i].text), m = ToInt(t[i + 2].text), d = ToInt(t[i + 4].text);
      if (Valid(y, m, d) && take(Date{y, m, d}, i, i + 4)) return found;
    }
    // 29 қыркүйек 2015, 11-12 қараша 2016, 29 сентября 2015 г.
    if (num(i, 1, 2)) {
      size_t k = i + 1;
      if ((punct(k, "-") || punct(k, "–")) && num(k + 1, 1, 2)) k += 2;  // a range: first day
      if (auto m = month(k)) {
        size_t y = k + 1;
        if (punct(y, ",")) ++y;
        if (num(y, 4, 4)) {
          int d = ToInt(t[i].text), yr = ToInt(t[y].text);
          if (Valid(yr, *m, d) && take(Date{yr, *m, d}, i, y)) return found;
        }
      }
    }
    // 2015 жылдың 6 мамырында, 2015 жылғы 6 мамыр, 2015 ж. 6 мамыр
    if (num(i, 4, 4) && i + 1 < t.size() && t[i + 1].kind == Kind::kWord &&
        IsYearWord(t[i + 1].text)) {
      size_t k = i + 2;
      if (punct(k, ".")) ++k;
      if (num(k, 1, 2)) {
        if (auto m = month(k + 1)) {
          int y = ToInt(t[i].text), d = ToInt(t[k].text);
          if (Valid(y, *m, d) && take(Date{y, *m, d}, i, k + 1)) return found;
        }
      }
    }
  }
  return std::nullopt;
}

}  // namespace izdeu::analyzers
