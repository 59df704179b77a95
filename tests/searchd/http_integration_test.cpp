// End-to-end: the real izdeu-indexer indexes the shipped sample corpus, the real izdeu-searchd
// serves it on a free port on 127.0.0.1, and the tests speak HTTP to it.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <memory>
#include <set>

#include "tests/searchd/daemon_fixture.h"
#include "tests/test_paths.h"

namespace izdeu::testing {
namespace {

namespace fs = std::filesystem;
constexpr const char* kSeedId = "000_8d05277bdd5f4c5e";

class HttpIntegrationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GT(Port(), 0) << "izdeu-searchd did not start over the sample corpus";
  }
  static int Port() { return SampleServer::Get().port(); }

  static rapidjson::Document Get(const std::string& target, int expected_status = 200) {
    HttpResponse r = HttpRequest(Port(), "GET", target);
    EXPECT_EQ(r.status, expected_status) << target << "\n" << r.body;
    rapidjson::Document doc;
    doc.Parse(r.body.c_str());
    EXPECT_FALSE(doc.HasParseError()) << target << ": not JSON: " << r.body;
    return doc;
  }
  static rapidjson::Document Search(const std::string& q, const std::string& extra = "") {
    return Get("/search?q=" + PercentEncode(q) + extra);
  }
  static std::vector<std::string> Ids(const rapidjson::Document& doc) {
    std::vector<std::string> ids;
    for (const auto& hit : doc["hits"].GetArray()) ids.emplace_back(hit["id"].GetString());
    return ids;
  }
};

TEST_F(HttpIntegrationTest, SeedArticleRanksFirstForItsTopic) {
  auto doc = Search("Қоғамдық кеңес");
  ASSERT_TRUE(doc.IsObject());
  EXPECT_STREQ(doc["query"].GetString(), "Қоғамдық кеңес");
  ASSERT_GT(doc["total"].GetUint64(), 0u);
  const auto& first = doc["hits"][0];
  EXPECT_STREQ(first["id"].GetString(), kSeedId);
  EXPECT_STREQ(first["date"].GetString(), "2016-11-12");
  EXPECT_STREQ(first["title"].GetString(),
               "Қоғамдық кеңес: жұмыс тәжірибесі мен өзара байланыс механизмі");
  std::string snippet = first["snippet"].GetString();
  EXPECT_NE(snippet.find("<mark>"), std::string::npos) << snippet;
  EXPECT_GT(first["score"].GetDouble(), 0.0);
  EXPECT_TRUE(doc["took_ms"].IsNumber());
}

TEST_F(HttpIntegrationTest, PhraseQueryRequiresWordOrder) {
  auto phrase = Search("\"өзара байланыс механизмі\"");
  auto ids = Ids(phrase);
  EXPECT_NE(std::find(ids.begin(), ids.end(), kSeedId), ids.end());
  auto reversed = Search("\"механизмі байланыс өзара\"");
  auto reversed_ids = Ids(reversed);
  EXPECT_EQ(std::find(reversed_ids.begin(), reversed_ids.end(), kSeedId), reversed_ids.end());
  // The same words unquoted still find it.
  auto loose = Ids(Search("механизмі байланыс өзара"));
  EXPECT_NE(std::find(loose.begin(), loose.end(), kSeedId), loose.end());
}

TEST_F(HttpIntegrationTest, PagesAreDisjointAndConsistent) {
  auto all = Search("Қазақстан", "&size=10");
  ASSERT_GE(all["total"].GetUint64(), 10u);
  auto page1 = Ids(Search("Қазақстан", "&size=5&page=1"));
  auto page2 = Ids(Search("Қазақстан", "&size=5&page=2"));
  ASSERT_EQ(page1.size(), 5u);
  ASSERT_EQ(page2.size(), 5u);
  std::vector<std::string> joined = page1;
  joined.insert(joined.end(), page2.begin(), page2.end());
  EXPECT_EQ(joined, Ids(all));
  std::set<std::string> distinct(joined.begin(), joined.end());
  EXPECT_EQ(distinct.size(), 10u);
}

TEST_F(HttpIntegrationTest, DocReturnsTheWholeArticle) {
  auto doc = Get(std::string("/doc/") + kSeedId);
  EXPECT_STREQ(doc["id"].GetString(), kSeedId);
  EXPECT_STREQ(doc["date"].GetString(), "2016-11-12");
  ASSERT_TRUE(doc["paragraphs"].IsArray());
  EXPECT_GE(doc["paragraphs"].Size(), 5u);
  EXPECT_EQ(std::string(doc["paragraphs"][0].GetString()).rfind("Алматы қ, 11-12 қараша", 0), 0u);
}

TEST_F(HttpIntegrationTest, BadRequestsGetJsonErrors) {
  auto bad_size = Get("/search?q=x&size=abc", 400);
  EXPECT_STREQ(bad_size["error"]["code"].GetString(), "invalid_request");
  EXPECT_TRUE(bad_size["error"]["message"].IsString());
  Get("/search?q=%FF%FE", 400);  // not UTF-8
  Get("/search?q=%E2%82", 400);  // truncated UTF-8
  Get("/search?q=abc%2", 400);   // broken escape
  Get("/search?q=x&page=0", 400);
  Get("/search?q=x&sort=sideways", 400);
  Get("/search?q=date:2015-13", 400);
  Get("/doc/no-such-article", 404);
  Get("/no/such/endpoint", 404);
}

TEST_F(HttpIntegrationTest, LongCyrillicQueryFitsTheRequestLimit) {
  std::string q;
  while (q.size() < 3000) q += "қоғамдық кеңес ";
  std::string target = "/search?q=" + PercentEncode(q);
  ASSERT_GT(target.size(), 8000u);  // well past Pistache's default 4 KiB
  auto doc = Get(target);
  ASSERT_TRUE(doc.IsObject());
  EXPECT_GT(doc["total"].GetUint64(), 0u);
}

TEST_F(HttpIntegrationTest, HealthCountsTheSampleCorpus) {
  auto doc = Get("/health");
  EXPECT_STREQ(doc["status"].GetString(), "ok");
  EXPECT_GE(doc["documents"].GetUint64(), 300u);
}

TEST_F(HttpIntegrationTest, ResponsesAllowCrossOriginUse) {
  HttpResponse r = HttpRequest(Port(), "GET", "/search?q=x");
  EXPECT_NE(r.headers.find("Access-Control-Allow-Origin: *"), std::string::npos) << r.headers;
  HttpResponse preflight = HttpRequest(Port(), "OPTIONS", "/search");
  EXPECT_EQ(preflight.status, 204);
}

TEST_F(HttpIntegrationTest, LatinQueriesFindTheCyrillicArticle) {
  // The 2021 alphabet, the 2018 apostrophe alphabet, informal ASCII, and capitals.
  for (const char* q : {"Qoğamdyq keñes", "Qog'amdyq ken'es", "qogamdyq kenes", "QOGAMDYQ KENES"}) {
    auto doc = Search(q);
    ASSERT_GT(doc["total"].GetUint64(), 0u) << q;
    EXPECT_STREQ(doc["hits"][0]["id"].GetString(), kSeedId) << q;
    // Snippets mark the Cyrillic words that matched.
    EXPECT_NE(std::string(doc["hits"][0]["snippet"].GetString()).find("<mark>кеңес"),
              std::string::npos)
        << q;
  }
  // Almaty is read as Алматы, which Kazakh and Russian articles both write.
  auto almaty = Search("Almaty");
  EXPECT_GT(almaty["total"].GetUint64(), 10u);
  EXPECT_EQ(almaty["total"].GetUint64(), Search("Алматы")["total"].GetUint64());
}

TEST_F(HttpIntegrationTest, AnInflectedQueryFindsOtherInflections) {
  // The seed has кеңес, кеңестің, кеңестерінің ... but not кеңестерге.
  auto ids = Ids(Search("кеңестерге", "&size=100"));
  EXPECT_NE(std::find(ids.begin(), ids.end(), kSeedId), ids.end());
  // Proper names in Kazakh articles: Алматыда finds Алматы, Қазақстанның finds Қазақстан.
  EXPECT_EQ(Search("Алматыда", "&lang=kk")["total"].GetUint64(),
            Search("Алматы", "&lang=kk")["total"].GetUint64());
  EXPECT_EQ(Search("Қазақстанның", "&lang=kk")["total"].GetUint64(),
            Search("Қазақстан", "&lang=kk")["total"].GetUint64());
}

TEST_F(HttpIntegrationTest, QuestionsAreRelaxedAndStillRankTheAnswerFirst) {
  // "Where does the Soros-Kazakhstan Foundation hold a conference?": жерде is not in the seed,
  // so not every word can be required; the seed has all the others.
  auto doc = Search("Сорос-Қазақстан Қоры қай жерде конференция өткізеді?");
  ASSERT_GT(doc["total"].GetUint64(), 0u);
  EXPECT_TRUE(doc["relaxed"].GetBool());
  EXPECT_STREQ(doc["hits"][0]["id"].GetString(), kSeedId);
  // A keyword query that matches as it is is not relaxed.
  EXPECT_FALSE(Search("Сорос-Қазақстан конференция")["relaxed"].GetBool());
}

TEST_F(HttpIntegrationTest, RandomQueriesNeverBreakTheDaemon) {
  // Query syntax fragments, Kazakh and Latin letters, and raw bytes in random mixtures: every
  // answer is JSON with 200 or 400, and the daemon keeps serving.
  const std::vector<std::string> pieces = {
      "қоғам", "кеңес",  "\"",     "-",  "org:", "date:", "..",      "2015-13", "title:",
      "lang:", "Qog'am", " ",      "?",  "«",    "»",     "\xD2",    "\xFF",    "%",
      "\x00",  "ә",      "ALMATY", "::", "\"\"", "-\"",   "date:..", "org:\""};
  uint32_t seed = 7;
  auto next = [&] { return seed = seed * 1103515245 + 12345, (seed >> 16) & 0x7FFF; };
  for (int i = 0; i < 150; ++i) {
    std::string q;
    for (uint32_t n = 1 + next() % 8; n > 0; --n) q += pieces[next() % pieces.size()];
    HttpResponse r = HttpRequest(Port(), "GET", "/search?q=" + PercentEncode(q));
    ASSERT_TRUE(r.status == 200 || r.status == 400) << r.status << " for " << PercentEncode(q);
    rapidjson::Document doc;
    doc.Parse(r.body.c_str());
    EXPECT_FALSE(doc.HasParseError()) << r.body;
  }
  EXPECT_EQ(HttpRequest(Port(), "GET", "/health").status, 200);
}

}  // namespace
}  // namespace izdeu::testing
