// DateOrderedPage ordering each month by the in-memory day column (FacetColumns::day) must give
// exactly the pages of Xapian's sort by the date slot then relevance, which it replaces for
// speed: same articles, same order, for every page cut and both directions.
#include "searchd/service/date_order.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <random>

#include "schema/schema.h"

namespace izdeu::searchd {
namespace {

namespace fs = std::filesystem;

std::vector<Xapian::docid> Ids(const std::vector<Match>& page) {
  std::vector<Xapian::docid> ids;
  for (const auto& m : page) ids.push_back(m.document.get_docid());
  return ids;
}

// 300 articles over three months, many sharing a day, with a word of varied frequency (so
// weights differ, and some tie) and a few undated ones, in a fresh database at `dir`.
void WriteThreeMonths(const fs::path& dir) {
  fs::remove_all(dir);
  Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE_OR_OVERWRITE);
  std::mt19937 rng(5);
  for (int i = 0; i < 300; ++i) {
    Xapian::Document doc;
    doc.add_term("бюджет", 1 + rng() % 3);
    doc.add_term("жыл");
    if (i % 50 == 7) {
      doc.add_boolean_term(std::string(schema::kNoDateTerm));
    } else {
      const std::string month = i % 3 == 0 ? "201509" : i % 3 == 1 ? "201510" : "201603";
      char day[3];
      std::snprintf(day, sizeof day, "%02d", static_cast<int>(1 + rng() % 6));
      doc.add_value(schema::kDateSlot, month + day);
      doc.add_boolean_term(std::string(schema::kMonthPrefix) + month);
    }
    db.add_document(doc);
  }
  db.commit();
}

TEST(DateOrderTest, DayColumnGivesTheSameOrderAsSortingByTheDateSlot) {
  const fs::path dir = fs::temp_directory_path() / ("izdeu-date-order-" + std::to_string(getpid()));
  WriteThreeMonths(dir);
  Xapian::Database db(dir.string());
  const auto columns = FacetColumns::Read(db);
  for (const char* word : {"бюджет", ""}) {  // ranked text, and match-all (weights all 0)
    const Xapian::Query query(word);
    for (bool newest_first : {true, false}) {
      for (Xapian::doccount offset : {0u, 1u, 9u, 95u, 99u, 100u, 101u, 190u, 280u, 299u}) {
        for (Xapian::doccount size : {1u, 10u, 30u}) {
          DatePageRequest request{newest_first, offset, size, "", "", nullptr, nullptr, nullptr};
          auto by_value = DateOrderedPage(db, query, request, nullptr);
          request.columns = columns.get();
          auto by_day = DateOrderedPage(db, query, request, nullptr);
          ASSERT_TRUE(by_value && by_day);
          EXPECT_EQ(Ids(*by_day), Ids(*by_value))
              << "word \"" << word << "\" newest_first " << newest_first << " offset " << offset
              << " size " << size;
          EXPECT_EQ(by_day->size(), std::min<Xapian::doccount>(size, 300 - offset));
        }
      }
    }
  }
  fs::remove_all(dir);
}

// With date bounds, the months wholly inside them are searched without the date range
// (DatePageRequest::query_inside): the pages must be those of the bounded query everywhere,
// edge months (October 2015 from its 3rd day) and undated articles (never inside bounds)
// included.
TEST(DateOrderTest, MonthsInsideTheBoundsNeedNoDateRange) {
  const fs::path dir =
      fs::temp_directory_path() / ("izdeu-date-order-inside-" + std::to_string(getpid()));
  WriteThreeMonths(dir);
  Xapian::Database db(dir.string());
  const auto columns = FacetColumns::Read(db);
  struct Bounds {
    const char *from, *to;
  };
  for (const Bounds bounds : {Bounds{"20151003", ""}, Bounds{"20151001", ""},
                              Bounds{"", "20160331"}, Bounds{"20150901", "20151004"}}) {
    const std::string from = bounds.from, to = bounds.to;
    const Xapian::Query range =
        from.empty() ? Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kDateSlot, to)
        : to.empty() ? Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kDateSlot, from)
                     : Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kDateSlot, from, to);
    for (const char* word : {"бюджет", ""}) {
      // As the query builder makes them: the text filtered by the range, and the text alone
      // (empty: every article) for the months inside.
      const Xapian::Query inside = *word ? Xapian::Query(word) : Xapian::Query();
      const Xapian::Query bounded =
          *word ? Xapian::Query(Xapian::Query::OP_FILTER, inside, range) : range;
      for (bool newest_first : {true, false}) {
        for (Xapian::doccount offset : {0u, 9u, 60u, 99u, 150u}) {
          DatePageRequest request{newest_first, offset, 30, from, to, nullptr, nullptr, nullptr};
          auto everywhere = DateOrderedPage(db, bounded, request, nullptr);
          request.query_inside = &inside;
          request.columns = columns.get();
          auto by_month = DateOrderedPage(db, bounded, request, nullptr);
          ASSERT_TRUE(everywhere && by_month);
          EXPECT_EQ(Ids(*by_month), Ids(*everywhere))
              << "from " << from << " to " << to << " word \"" << word << "\" newest_first "
              << newest_first << " offset " << offset;
          // Xapian sorting every bounded match by date gives the same page.
          Xapian::Enquire enquire(db);
          enquire.set_query(bounded);
          enquire.set_sort_by_value_then_relevance(schema::kDateSlot, newest_first);
          std::vector<Match> sorted;
          const Xapian::MSet mset = enquire.get_mset(offset, 30);
          for (auto it = mset.begin(); it != mset.end(); ++it)
            sorted.push_back({it.get_document(), it.get_weight()});
          EXPECT_EQ(Ids(*by_month), Ids(sorted)) << "from " << from << " word \"" << word << "\"";
        }
      }
    }
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace izdeu::searchd
