// Filters, sorting, facets and organisation endpoints of the real izdeu-searchd over the sample
// corpus. Expected values are computed in the test from corpus/sample itself (record dates and
// languages) or checked for consistency between two independent routes (a facet count against
// the total of the filtered search, a filter against the full /export of its matches).
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <fstream>
#include <map>
#include <set>

#include "tests/searchd/daemon_fixture.h"

namespace izdeu::testing {
namespace {

constexpr const char* kSeedId = "000_8d05277bdd5f4c5e";
constexpr const char* kSoros = "soros-qazaqstan-qory";

struct Record {
  std::string id, date, lang;
};

// The sample corpus as the test reads it, independently of the indexer.
const std::vector<Record>& Corpus() {
  static const std::vector<Record> records = [] {
    std::vector<Record> out{{kSeedId, "2016-11-12", "kk"}};
    std::ifstream in(std::string(IZDEU_SOURCE_DIR) + "/corpus/sample/civic-news.jsonl");
    for (std::string line; std::getline(in, line);) {
      rapidjson::Document d;
      d.Parse(line.c_str());
      out.push_back({d["id"].GetString(), d.HasMember("date") ? d["date"].GetString() : "",
                     d["lang"].GetString()});
    }
    return out;
  }();
  return records;
}

class FiltersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_GT(SampleServer::Get().port(), 0); }

  static rapidjson::Document Get(const std::string& target, int expected_status = 200) {
    HttpResponse r = HttpRequest(SampleServer::Get().port(), "GET", target);
    EXPECT_EQ(r.status, expected_status) << target << "\n" << r.body;
    rapidjson::Document doc;
    doc.Parse(r.body.c_str());
    return doc;
  }
  static uint64_t Total(const std::string& params) {
    auto doc = Get("/search?size=0&exact=1&" + params);
    EXPECT_TRUE(doc["total_exact"].GetBool());
    return doc.IsObject() && doc.HasMember("total") ? doc["total"].GetUint64() : ~0ull;
  }
  // Every match of a search, through /export (JSON Lines).
  static std::vector<rapidjson::Document> Export(const std::string& params) {
    HttpResponse r = HttpRequest(SampleServer::Get().port(), "GET", "/export?" + params);
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<rapidjson::Document> hits;
    size_t begin = 0;
    while (begin < r.body.size()) {
      size_t end = r.body.find('\n', begin);
      if (end == std::string::npos) end = r.body.size();
      hits.emplace_back().Parse(r.body.substr(begin, end - begin).c_str());
      begin = end + 1;
    }
    return hits;
  }
  static std::string DateOf(const rapidjson::Value& hit) {
    return hit["date"].IsString() ? hit["date"].GetString() : "";
  }
  // The organisation filter also matches bodies named only inside job titles.
  static bool HasOrg(const rapidjson::Value& hit, const std::string& id) {
    for (const char* key : {"organisations", "organisations_in_titles"}) {
      for (const auto& o : hit[key].GetArray()) {
        if (id == o["id"].GetString()) return true;
      }
    }
    return false;
  }
};

TEST_F(FiltersTest, DateRangeReturnsExactlyTheArticlesInRange) {
  auto hits = Export("from=2015-09&to=2015-10");
  EXPECT_EQ(hits.size(), Total("from=2015-09&to=2015-10"));
  std::set<std::string> got;
  for (const auto& h : hits) {
    std::string date = DateOf(h);
    EXPECT_GE(date, "2015-09-01") << h["id"].GetString();
    EXPECT_LE(date, "2015-10-31") << h["id"].GetString();
    got.insert(h["id"].GetString());
  }
  size_t expected = 0;
  for (const auto& r : Corpus()) {
    if (r.date >= "2015-09-01" && r.date <= "2015-10-31") {
      ++expected;
      EXPECT_TRUE(got.count(r.id)) << r.id << " dated " << r.date << " is missing";
    }
  }
  EXPECT_GT(expected, 10u);
  // The same range in the query syntax.
  EXPECT_EQ(Total("q=" + PercentEncode("date:2015-09..2015-10")), hits.size());
  // Open-ended and single-year forms.
  EXPECT_EQ(Total("from=2016"), Total("q=" + PercentEncode("date:2016..")));
  EXPECT_EQ(Total("from=2015&to=2015"), Total("q=" + PercentEncode("date:2015")));
}

TEST_F(FiltersTest, LanguageFilterMatchesTheRecordLanguages) {
  size_t ru = 0;
  for (const auto& r : Corpus()) ru += r.lang == "ru";
  ASSERT_GT(ru, 20u);
  EXPECT_EQ(Total("lang=ru"), ru);
  EXPECT_EQ(Total("lang=kk"), Corpus().size() - ru);
  EXPECT_EQ(Total("q=" + PercentEncode("lang:ru")), ru);
  for (const auto& h : Export("lang=ru")) EXPECT_STREQ(h["lang"].GetString(), "ru");
}

TEST_F(FiltersTest, OrganisationFilterAcceptsIdsInflectedAndQueryForms) {
  const uint64_t by_id = Total(std::string("org=") + kSoros);
  ASSERT_GE(by_id, 1u);
  EXPECT_EQ(Total("org=" + PercentEncode("Сорос-Қазақстан Қорының")), by_id);
  EXPECT_EQ(Total("org=" + PercentEncode("сорос-қазақстан қоры")), by_id);
  EXPECT_EQ(Total("q=" + PercentEncode("org:\"Сорос-Қазақстан Қоры\"")), by_id);
  auto hits = Export(std::string("org=") + kSoros);
  ASSERT_EQ(hits.size(), by_id);
  bool seed = false;
  for (const auto& h : hits) {
    EXPECT_TRUE(HasOrg(h, kSoros)) << h["id"].GetString();
    seed |= std::string(h["id"].GetString()) == kSeedId;
  }
  EXPECT_TRUE(seed);
  // An organisation nobody mentions matches nothing (not everything).
  EXPECT_EQ(Total("org=" + PercentEncode("Марс ғарыш агенттігі")), 0u);
}

TEST_F(FiltersTest, SeveralOrganisationsAreAllRequired) {
  auto facets = Get("/search?size=0&facets=org&facet_size=2");
  ASSERT_TRUE(facets.HasMember("facets"));
  const auto& orgs = facets["facets"]["org"];
  ASSERT_EQ(orgs.Size(), 2u);
  std::string a = orgs[0]["id"].GetString(), b = orgs[1]["id"].GetString();
  size_t both = 0;
  for (const auto& h : Export("org=" + a)) both += HasOrg(h, b);
  EXPECT_EQ(Total("org=" + a + "%7C" + b), both);
  EXPECT_EQ(Total("q=" + PercentEncode("org:" + a + " org:" + b)), both);
}

TEST_F(FiltersTest, FacetCountsEqualTheFilteredTotals) {
  const std::string q = "q=" + PercentEncode("бюджет");
  auto doc = Get("/search?size=0&facets=org,year,month&" + q);
  ASSERT_TRUE(doc.HasMember("facets"));
  const uint64_t total = doc["total"].GetUint64();
  ASSERT_GT(total, 5u);
  for (const auto& org : doc["facets"]["org"].GetArray()) {
    EXPECT_EQ(Total(q + "&org=" + std::string(org["id"].GetString())), org["count"].GetUint64())
        << org["id"].GetString();
  }
  uint64_t dated = 0;
  for (const auto& year : doc["facets"]["year"].GetArray()) {
    std::string y = year["value"].GetString();
    EXPECT_EQ(Total(q + "&from=" + y + "&to=" + y), year["count"].GetUint64()) << y;
    dated += year["count"].GetUint64();
  }
  uint64_t months = 0;
  for (const auto& month : doc["facets"]["month"].GetArray()) months += month["count"].GetUint64();
  EXPECT_EQ(months, dated);
  EXPECT_LE(dated, total);
}

TEST_F(FiltersTest, WholeArchiveFacetsEqualCountedFacets) {
  // Without query or filters, facets come from term frequencies; excluding a word that no
  // article has matches the same articles but counts them one by one.
  auto fast = Get("/search?size=0&facets=org,year,month&facet_size=50");
  auto counted =
      Get("/search?size=0&facets=org,year,month&facet_size=50&q=" + PercentEncode("-zzqxvw"));
  ASSERT_TRUE(fast.HasMember("facets") && counted.HasMember("facets"));
  for (const char* facet : {"org", "year", "month"}) {
    std::map<std::string, uint64_t> a, b;
    const char* key = std::string(facet) == "org" ? "id" : "value";
    for (const auto& f : fast["facets"][facet].GetArray())
      a[f[key].GetString()] = f["count"].GetUint64();
    for (const auto& f : counted["facets"][facet].GetArray())
      b[f[key].GetString()] = f["count"].GetUint64();
    if (std::string(facet) == "org") {
      // Top 50 by count: compare the counts of the organisations both list.
      for (const auto& [id, count] : a) {
        if (b.count(id)) {
          EXPECT_EQ(count, b[id]) << id;
        }
      }
      EXPECT_FALSE(a.empty());
    } else {
      EXPECT_EQ(a, b) << facet;
    }
  }
}

TEST_F(FiltersTest, YearHistogramCoversTheCorpusDates) {
  auto doc = Get("/search?size=0&facets=year");
  std::map<std::string, uint64_t> facet;
  for (const auto& y : doc["facets"]["year"].GetArray())
    facet[y["value"].GetString()] = y["count"].GetUint64();
  std::map<std::string, uint64_t> explicit_dates;
  for (const auto& r : Corpus()) {
    if (!r.date.empty()) ++explicit_dates[r.date.substr(0, 4)];
  }
  // Records without a date may get one from their text, so a year can only gain articles.
  for (const auto& [year, count] : explicit_dates) EXPECT_GE(facet[year], count) << year;
}

TEST_F(FiltersTest, SortByDateBothWaysWithUndatedLast) {
  auto newest = Export("sort=-date");
  ASSERT_EQ(newest.size(), Corpus().size());
  bool undated_seen = false;
  std::string previous = "9999";
  for (const auto& h : newest) {
    std::string date = DateOf(h);
    if (date.empty()) {
      undated_seen = true;
      continue;
    }
    EXPECT_FALSE(undated_seen) << "a dated article after an undated one";
    EXPECT_LE(date, previous);
    previous = date;
  }
  auto oldest = Get("/search?sort=date&size=20&lang=kk");
  std::string last;
  for (const auto& h : oldest["hits"].GetArray()) {
    if (!h["date"].IsString()) continue;
    EXPECT_GE(std::string(h["date"].GetString()), last);
    last = h["date"].GetString();
  }
}

TEST_F(FiltersTest, DateOrderedPagesJoinIntoTheSameOrder) {
  // Date order walks the archive a month at a time (searchd/service/date_order.h); pages must
  // cut that walk consistently, across month boundaries and into the undated tail.
  for (const char* sort : {"-date", "date"}) {
    auto big = Get(std::string("/search?snippets=0&size=150&sort=") + sort);
    std::vector<std::string> paged;
    for (int page = 1; page <= 15; ++page) {
      auto doc = Get(std::string("/search?snippets=0&size=10&sort=") + sort +
                     "&page=" + std::to_string(page));
      for (const auto& h : doc["hits"].GetArray()) paged.emplace_back(h["id"].GetString());
    }
    std::vector<std::string> expected;
    for (const auto& h : big["hits"].GetArray()) expected.emplace_back(h["id"].GetString());
    EXPECT_EQ(paged, expected) << sort;
  }
}

TEST_F(FiltersTest, EmptyQueryWithFiltersListsNewestFirst) {
  auto doc = Get("/search?lang=ru&size=3");
  ASSERT_EQ(doc["hits"].Size(), 3u);
  std::string newest;
  for (const auto& r : Corpus()) {
    if (r.lang == "ru" && r.date > newest) newest = r.date;
  }
  // Text-derived dates can only be newer than the newest record date, never missing.
  EXPECT_GE(std::string(doc["hits"][0]["date"].GetString()), newest);
}

TEST_F(FiltersTest, InvalidFilterValuesAreJsonErrors) {
  for (const char* bad : {"from=2015-13", "to=yesterday", "from=2016&to=2015", "lang=en",
                          "sort=random", "facets=colour", "facet_size=0", "q=date%3A2015-02-30"}) {
    auto doc = Get(std::string("/search?") + bad, 400);
    ASSERT_TRUE(doc.IsObject()) << bad;
    EXPECT_STREQ(doc["error"]["code"].GetString(), "invalid_request") << bad;
  }
}

TEST_F(FiltersTest, OrganisationAutocompleteTakesCyrillicLatinAndInflectedPrefixes) {
  for (const std::string prefix : {"Сорос", "сорос-қаз", "soros", "Сорос-Қазақстан Қорының"}) {
    auto doc = Get("/orgs?prefix=" + PercentEncode(prefix));
    bool found = false;
    for (const auto& o : doc["organisations"].GetArray()) {
      found |= std::string(o["id"].GetString()) == kSoros;
      EXPECT_GE(o["articles"].GetUint64(), 1u);
    }
    EXPECT_TRUE(found) << prefix;
  }
  auto maslihat = Get("/orgs?prefix=" + PercentEncode("мәслихат") + "&size=50");
  EXPECT_GT(maslihat["organisations"].Size(), 1u);
}

TEST_F(FiltersTest, OrganisationPageCountsArticlesPerYear) {
  auto org = Get(std::string("/orgs/") + kSoros);
  EXPECT_STREQ(org["id"].GetString(), kSoros);
  EXPECT_STREQ(org["name"].GetString(), "Сорос-Қазақстан Қоры");
  EXPECT_EQ(org["articles"].GetUint64(), Total(std::string("org=") + kSoros));
  bool has_2016 = false;
  for (const auto& y : org["per_year"].GetArray())
    has_2016 |= std::string(y["value"].GetString()) == "2016";
  EXPECT_TRUE(has_2016);
  auto by_name = Get("/orgs/" + PercentEncode("Сорос-Қазақстан Қорының"));
  EXPECT_STREQ(by_name["id"].GetString(), kSoros);
  Get("/orgs/" + PercentEncode("Марс ғарыш агенттігі"), 404);
}

TEST_F(FiltersTest, HitsAndDocumentsCarryTheirOrganisations) {
  auto doc = Get(std::string("/doc/") + kSeedId);
  std::set<std::string> ids;
  for (const auto& o : doc["organisations"].GetArray()) ids.insert(o["id"].GetString());
  EXPECT_TRUE(ids.count(kSoros));
  EXPECT_GE(ids.size(), 5u);
}

}  // namespace
}  // namespace izdeu::testing
