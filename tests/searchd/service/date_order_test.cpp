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

TEST(DateOrderTest, DayColumnGivesTheSameOrderAsSortingByTheDateSlot) {
  const fs::path dir = fs::temp_directory_path() / ("izdeu-date-order-" + std::to_string(getpid()));
  fs::remove_all(dir);
  {
    // 300 articles over three months, many sharing a day, with a word of varied frequency (so
    // weights differ, and some tie) and a few undated ones.
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
  Xapian::Database db(dir.string());
  const auto columns = FacetColumns::Read(db);
  for (const char* word : {"бюджет", ""}) {  // ranked text, and match-all (weights all 0)
    const Xapian::Query query(word);
    for (bool newest_first : {true, false}) {
      for (Xapian::doccount offset : {0u, 1u, 9u, 95u, 99u, 100u, 101u, 190u, 280u, 299u}) {
        for (Xapian::doccount size : {1u, 10u, 30u}) {
          DatePageRequest request{newest_first, offset, size, "", "", nullptr, nullptr};
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

}  // namespace
}  // namespace izdeu::searchd
