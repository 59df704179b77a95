// Tests for analyzers/date/date_extractor.cpp: every written date shape, validation, month names
// in their case forms. Inputs are real lines from ../shared/data/civic-news and the seed page.
#include "analyzers/date/date_extractor.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace izdeu::analyzers {
namespace {

struct DateCase {
  const char* text;
  const char* iso;  // "" when no date must be found
};

class FindDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(FindDateTest, FindsFirstCompleteDate) {
  const DateCase& c = GetParam();
  auto d = FindDateInText(c.text);
  if (std::string(c.iso).empty()) {
    EXPECT_FALSE(d.has_value()) << c.text << " -> " << d->Iso();
  } else {
    ASSERT_TRUE(d.has_value()) << c.text;
    EXPECT_EQ(d->Iso(), c.iso) << c.text;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, FindDateTest,
    ::testing::Values(
        DateCase{"Күні: 29 қыркүйек 2015", "2015-09-29"},
        DateCase{"08 Қазан 2015, 14:17 Қазақстан Республикасының Премьер-Министрі", "2015-10-08"},
        DateCase{"«ҚР Президенті Нұрсултан Назарбаев 2015 жылдың 6 мамырында 5 Институционалды "
                 "реформасын жүзеге асыру бойынша",
                 "2015-05-06"},
        // Dates of cited legal acts are not publication dates (issue 12): skipped, search goes on.
        DateCase{"2015 жылғы 6 мамыр Жарлығымен бекітілген", ""},
        DateCase{"ҚР Президентінің 2005 жылғы 3 мамырдағы № 1557 Жарлығына сәйкес", ""},
        DateCase{"Указ от 3 мая 2005 года о мерах", ""},
        DateCase{"Указом Президента от 3 мая 2005 года № 1557 утверждена", ""},
        DateCase{"«Мемлекеттік қызмет туралы» 2015 жылғы 23 қарашадағы Заңы", ""},
        DateCase{"Үкіметтің 12.11.2016 қаулысымен. Жарияланды: 14.11.2016", "2016-11-14"},
        DateCase{"закон от 23 ноября 2015 года вступил в силу 1 января 2016", "2016-01-01"},
        DateCase{"Астана, 3 мая 2005 года. Министр заявил", "2005-05-03"},
        DateCase{"2015 жылғы 6 мамыр күні Премьер-Министр", "2015-05-06"},
        DateCase{"Алматы қ, 11-12 қараша 2016, «Алатау» шипажайы", "2016-11-11"},
        DateCase{"Дата: 29 сентября 2015", "2015-09-29"},
        DateCase{"Астана, 29 сентября 2015 г. Премьер-Министр", "2015-09-29"},
        DateCase{"12.11.2016", "2016-11-12"},
        DateCase{"12/11/2016\nҚоғамдық кеңес: жұмыс тәжірибесі", "2016-11-12"},
        DateCase{"Обновлено 2015-09-29 в 10:00", "2015-09-29"},
        DateCase{"1 ақпанда 2016 жылы", "2016-02-01"},
        DateCase{"5 қыркүйегінде 2014", "2014-09-05"}, DateCase{"29 февраля 2016", "2016-02-29"},
        // Invalid dates are rejected and the search goes on.
        DateCase{"29 ақпан 2015", ""}, DateCase{"31 сентября 2015, 1 октября 2015", "2015-10-01"},
        DateCase{"32.01.2015", ""}, DateCase{"12 мамыр 1850", ""}, DateCase{"2015-13-01", ""},
        // No year: nothing (ParseMonthName still knows the month).
        DateCase{"Алматы қ, 11-12 қараша, «Алатау» шипажайы", ""},
        DateCase{"телефондары: 8 777 221 82 79, 8 702 695 82 18", ""},
        DateCase{"Қазан қаласында 2015 жылы", ""}, DateCase{"", ""}));

struct MonthCase {
  const char* word;
  int month;  // 0: not a month
};

class MonthNameTest : public ::testing::TestWithParam<MonthCase> {};

TEST_P(MonthNameTest, ParsesCaseForms) {
  auto m = ParseMonthName(GetParam().word);
  if (GetParam().month == 0) {
    EXPECT_FALSE(m.has_value()) << GetParam().word;
  } else {
    ASSERT_TRUE(m.has_value()) << GetParam().word;
    EXPECT_EQ(*m, GetParam().month) << GetParam().word;
  }
}

INSTANTIATE_TEST_SUITE_P(
    KazakhAndRussian, MonthNameTest,
    ::testing::Values(MonthCase{"қаңтар", 1}, MonthCase{"Ақпанда", 2}, MonthCase{"наурыздың", 3},
                      MonthCase{"сәуірде", 4}, MonthCase{"мамырында", 5}, MonthCase{"МАУСЫМ", 6},
                      MonthCase{"шілдесінде", 7}, MonthCase{"тамызға", 8}, MonthCase{"қыркүйек", 9},
                      MonthCase{"қыркүйегі", 9}, MonthCase{"қыркүйекте", 9}, MonthCase{"Қазан", 10},
                      MonthCase{"қазанда", 10}, MonthCase{"қарашаның", 11},
                      MonthCase{"қарашада", 11}, MonthCase{"желтоқсанның", 12},
                      MonthCase{"января", 1}, MonthCase{"Февраль", 2}, MonthCase{"марта", 3},
                      MonthCase{"апреле", 4}, MonthCase{"мая", 5}, MonthCase{"июне", 6},
                      MonthCase{"июля", 7}, MonthCase{"августе", 8}, MonthCase{"сентября", 9},
                      MonthCase{"сентябре", 9}, MonthCase{"октябрь", 10}, MonthCase{"ноября", 11},
                      MonthCase{"декабрём", 12}, MonthCase{"қазандық", 0}, MonthCase{"марка", 0},
                      MonthCase{"мамыражай", 0}, MonthCase{"", 0}, MonthCase{"2015", 0}));

TEST(DateTest, IsoPadsFields) { EXPECT_EQ((Date{2015, 5, 6}.Iso()), "2015-05-06"); }

TEST(DateTest, RandomBytesDoNotCrash) {
  std::mt19937 rng(42);
  for (int round = 0; round < 2000; ++round) {
    std::string s(rng() % 64, '\0');
    for (char& c : s) c = static_cast<char>(rng() % 256);
    if (round % 3 == 0) s += " 12 қазан 2015";
    auto d = FindDateInText(s);
    if (d) {
      EXPECT_EQ(d->Iso().size(), 10u);
    }
    ParseMonthName(s);
  }
}

}  // namespace
}  // namespace izdeu::analyzers
