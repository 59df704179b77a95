// Facet counts and date-ordered pages of SearchService over a small real index: Kazakh and
// Russian articles with known dates and organisations, indexed by the real indexer.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "searchd/service/search_service.h"
#include "tests/test_index.h"

namespace izdeu::searchd {
namespace {

namespace fs = std::filesystem;

class FacetsAndDatesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("izdeu-fd-" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_);
    std::ofstream out(*dir_ / "news.jsonl");
    // Dates spread over three years and one undated article; Есеп комитеті in three articles.
    out << R"({"id":"a1","date":"2015-09-29","lang":"kk","title":"Есеп комитеті бюджетті тексерді","body":"Есеп комитеті республикалық бюджеттің атқарылуын тексерді."})"
           "\n"
        << R"({"id":"a2","date":"2015-09-03","lang":"kk","title":"Мәслихат сессиясы","body":"Алматы қалалық мәслихаты бюджет туралы шешім қабылдады."})"
           "\n"
        << R"({"id":"a3","date":"2016-03-01","lang":"kk","title":"Бюджет талқыланды","body":"Есеп комитеті мен Үкімет бюджет жобасын талқылады."})"
           "\n"
        << R"({"id":"a4","date":"2017-12-31","lang":"ru","title":"Бюджет утвержден","body":"Счетный комитет проверил исполнение бюджета."})"
           "\n"
        << R"({"id":"a5","lang":"kk","title":"Бюджет жаңалықтары","body":"Бюджет туралы жаңалықтар, күні көрсетілмеген."})"
           "\n";
    out.close();
    const Status built =
        testing::BuildTestIndex({(*dir_ / "news.jsonl").string()}, (*dir_ / "db").string());
    ASSERT_TRUE(built.ok()) << built.message();
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
  }
  void SetUp() override {
    auto service = SearchService::Open((*dir_ / "db").string());
    ASSERT_TRUE(service.ok()) << service.status().message();
    service_ = std::move(service.value());
  }
  SearchResponse Search(SearchRequest request) {
    auto r = service_->Search(request);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? r.value() : SearchResponse{};
  }
  static std::vector<std::string> Ids(const SearchResponse& r) {
    std::vector<std::string> ids;
    for (const auto& h : r.hits) ids.push_back(h.id);
    return ids;
  }
  static std::map<std::string, uint64_t> Counts(const std::vector<FacetCount>& facet) {
    std::map<std::string, uint64_t> m;
    for (const auto& f : facet) m[f.value] = f.count;
    return m;
  }

  static fs::path* dir_;
  std::unique_ptr<SearchService> service_;
};
fs::path* FacetsAndDatesTest::dir_ = nullptr;

TEST_F(FacetsAndDatesTest, DateOrderBothWaysWithUndatedLastAndPaging) {
  SearchRequest r;
  r.query = "бюджет";
  r.sort = SortOrder::kDateDesc;
  EXPECT_EQ(Ids(Search(r)), (std::vector<std::string>{"a4", "a3", "a1", "a2", "a5"}));
  r.sort = SortOrder::kDateAsc;
  EXPECT_EQ(Ids(Search(r)), (std::vector<std::string>{"a2", "a1", "a3", "a4", "a5"}));
  r.size = 2;
  r.page = 2;
  EXPECT_EQ(Ids(Search(r)), (std::vector<std::string>{"a3", "a4"}));
  r.page = 3;
  EXPECT_EQ(Ids(Search(r)), (std::vector<std::string>{"a5"}));
}

TEST_F(FacetsAndDatesTest, DateRangeKeepsOnlyItsMonths) {
  SearchRequest r;
  r.query = "бюджет";
  r.sort = SortOrder::kDateDesc;
  r.from = "2015-09";
  r.to = "2016";
  EXPECT_EQ(Ids(Search(r)), (std::vector<std::string>{"a3", "a1", "a2"}));
}

// Months wholly inside from/to are walked without the date range (date_order.h): the other
// filters still apply there, edge months keep the range, and undated articles never match.
TEST_F(FacetsAndDatesTest, DateBoundsWithOtherFiltersInWholeAndEdgeMonths) {
  SearchRequest r;
  r.query = "бюджет";
  r.sort = SortOrder::kDateDesc;
  r.from = "2015-09-10";  // September 2015 is an edge month: a2 (the 3rd) is before it
  r.lang = "kk";          // a4 (2017, Russian) is in a whole month but not Kazakh
  EXPECT_EQ(Ids(Search(r)), (std::vector<std::string>{"a3", "a1"}));
  r.lang = "ru";
  EXPECT_EQ(Ids(Search(r)), (std::vector<std::string>{"a4"}));
  r.lang.clear();
  r.to = "2016-02";  // ends on the 29th: February is whole, March (a3) is out
  EXPECT_EQ(Ids(Search(r)), (std::vector<std::string>{"a1"}));
  r.from = "2016-01";
  r.to = "2017-12-31";
  EXPECT_EQ(Ids(Search(r)), (std::vector<std::string>{"a4", "a3"}));
  r.query.clear();  // filters only, newest first by default
  r.sort = SortOrder::kDefault;
  r.lang = "kk";
  EXPECT_EQ(Ids(Search(r)), (std::vector<std::string>{"a3"}));
}

TEST_F(FacetsAndDatesTest, YearAndMonthFacetsCountEveryMatch) {
  SearchRequest r;
  r.query = "бюджет";
  r.size = 1;  // facets count beyond the page
  r.facet_years = r.facet_months = true;
  auto response = Search(r);
  EXPECT_EQ(response.total, 5u);
  auto years = Counts(response.year_facet);
  EXPECT_EQ(years["2015"], 2u);
  EXPECT_EQ(years["2016"], 1u);
  EXPECT_EQ(years["2017"], 1u);
  auto months = Counts(response.month_facet);
  EXPECT_EQ(months["2015-09"], 2u);
  EXPECT_EQ(months["2017-12"], 1u);
}

TEST_F(FacetsAndDatesTest, OrganisationFacetFollowsTheQuery) {
  SearchRequest r;
  r.query = "тексерді";
  r.facet_orgs = true;
  auto response = Search(r);
  auto orgs = Counts(response.org_facet);
  ASSERT_FALSE(orgs.empty());
  // Only a1 matches: each of its organisations is counted once.
  EXPECT_EQ(response.total, 1u);
  for (const auto& [id, count] : orgs) EXPECT_EQ(count, 1u) << id;
  // The whole archive: more articles, larger counts.
  SearchRequest all;
  all.facet_orgs = true;
  auto archive = Counts(Search(all).org_facet);
  uint64_t max_count = 0;
  for (const auto& [id, count] : archive) max_count = std::max(max_count, count);
  EXPECT_GE(max_count, 2u);
}

}  // namespace
}  // namespace izdeu::searchd
