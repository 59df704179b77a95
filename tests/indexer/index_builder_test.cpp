// Index round trip: articles -> BuildIndex -> SearchService, and re-indexing without duplicates.
#include "indexer/index_builder.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <tuple>

#include "analyzers/analyzer.h"
#include "corpus/reader.h"
#include "schema/index_profile.h"
#include "schema/schema.h"
#include "searchd/service/search_service.h"
#include "tests/test_paths.h"

namespace izdeu::indexer {
namespace {

namespace fs = std::filesystem;

class IndexRoundTripTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("izdeu-rt-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name) << content;
    return (dir_ / name).string();
  }
  Result<IndexSummary> Index(const std::vector<std::string>& inputs,
                             std::vector<std::string>* issues = nullptr,
                             unsigned segment_size = 50000, const std::string& db = "db",
                             double pair_share = schema::CommonStems::kDefaultPairShare) {
    IndexerOptions options;
    options.segment_size = segment_size;
    options.pair_share = pair_share;
    options.db_path = (dir_ / db).string();
    options.threads = 2;
    IndexProgress progress;
    return BuildIndex(inputs, options, &progress, [&](const corpus::ReadIssue& i) {
      if (issues) issues->push_back(i.ToString());
    });
  }
  std::unique_ptr<searchd::SearchService> Open(const std::string& db = "db",
                                               const searchd::ServiceOptions& options = {}) {
    auto s = searchd::SearchService::Open((dir_ / db).string(), options);
    EXPECT_TRUE(s.ok()) << s.status().message();
    return std::move(s.value());
  }
  searchd::SearchResponse Search(searchd::SearchService& s, const std::string& q) {
    searchd::SearchRequest req;
    req.query = q;
    auto r = s.Search(req);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? r.value() : searchd::SearchResponse{};
  }
  // For each (query, first, second): the query finds exactly two articles, in that order.
  void ExpectTwoInOrder(
      searchd::SearchService& s,
      const std::vector<std::tuple<std::string, std::string, std::string>>& cases) {
    for (const auto& [query, first, second] : cases) {
      auto r = Search(s, query);
      ASSERT_EQ(r.hits.size(), 2u) << query;
      EXPECT_EQ(r.hits[0].id, first) << query;
      EXPECT_EQ(r.hits[1].id, second) << query;
    }
  }

  fs::path dir_;
};

const char* kArticles =
    R"({"id":"kk-1","date":"2015-09-29","title":"Қоғамдық кеңестің отырысы өтті","body":"Алматы облысының қоғамдық кеңестері бюджетті талқылады.","lang":"kk"})"
    "\n"
    R"({"id":"kk-2","date":"2016-03-01","title":"Мәслихат сессиясы","body":"Депутаттар жергілікті бюджет туралы шешім қабылдады.\n\nКеңестерге ұсыныстар жіберілді."})"
    "\n"
    R"({"id":"ru-1","date":"2016-05-12","title":"Заседание общественного совета","body":"Члены совета обсудили бюджет области."})"
    "\n"
    "{this line is broken}\n";

TEST_F(IndexRoundTripTest, IndexesSearchesAndReportsBadLines) {
  std::vector<std::string> issues;
  auto summary = Index({Write("a.jsonl", kArticles)}, &issues);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(summary->articles_indexed, 3u);
  EXPECT_EQ(summary->documents_in_db, 3u);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_NE(issues[0].find("a.jsonl:4:"), std::string::npos) << issues[0];

  auto service = Open();
  // кеңестің / кеңестері / Кеңестерге: one stem finds both Kazakh articles, title match first.
  auto r = Search(*service, "кеңес");
  ASSERT_EQ(r.total, 2u);
  EXPECT_EQ(r.hits[0].id, "kk-1");
  EXPECT_EQ(r.hits[0].date, "2015-09-29");
  EXPECT_EQ(r.hits[0].lang, "kk");
  EXPECT_EQ(r.hits[1].id, "kk-2");
  // Russian morphology: "совета" finds "совет", "совета".
  auto ru = Search(*service, "советы");
  ASSERT_EQ(ru.total, 1u);
  EXPECT_EQ(ru.hits[0].id, "ru-1");
  EXPECT_EQ(ru.hits[0].lang, "ru");
  // The article itself comes back whole.
  auto article = service->GetArticle("kk-2");
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->paragraphs.size(), 2u);
  EXPECT_EQ(service->GetArticle("nope").status().code(), Status::Code::kNotFound);
}

// Articles alike but for the form of one word: the form the query typed ranks first, either way
// round, so neither the article order nor the form decides (kFormPrefix terms). Both forms are
// still found: the stem matches them all.
TEST_F(IndexRoundTripTest, TheFormAsTypedRanksAboveOtherFormsOfItsWord) {
  const std::string articles =
      R"({"id":"ke","title":"Делегация сапары","body":"Делегация Алматыға ұшып барды.","lang":"kk"})"
      "\n"
      R"({"id":"dan","title":"Делегация сапары","body":"Делегация Алматыдан ұшып келді.","lang":"kk"})"
      "\n"
      R"({"id":"ru-a","title":"Совет","body":"Проект бюджета обсудили на совете.","lang":"ru"})"
      "\n"
      R"({"id":"ru-b","title":"Совет","body":"Проект бюджету вернули на совете.","lang":"ru"})"
      "\n";
  ASSERT_TRUE(Index({Write("forms.jsonl", articles)}).ok());
  auto service = Open();
  ExpectTwoInOrder(*service, {{"Алматыға", "ke", "dan"},
                              {"Алматыдан", "dan", "ke"},
                              {"бюджета", "ru-a", "ru-b"},
                              {"бюджету", "ru-b", "ru-a"}});
}

// The same for a bare form (the stem as written), which has a form term when its stem is not
// among the archive's common stems: here a place name the sample never writes, among the
// sample's 309 articles.
TEST_F(IndexRoundTripTest, TheBareFormAsTypedRanksAboveItsInflectedForms) {
  // Each pair in the other order, so that the order of the articles does not decide.
  const std::string articles =
      R"({"id":"bare","title":"Делегация сапары","body":"Делегация Шардара ауылына келді.","lang":"kk"})"
      "\n"
      R"({"id":"ga","title":"Делегация сапары","body":"Делегация Шардараға тағы келді.","lang":"kk"})"
      "\n"
      R"({"id":"ga-2","title":"Делегация сапары","body":"Делегация Жаңақорғанға тағы келді.","lang":"kk"})"
      "\n"
      R"({"id":"bare-2","title":"Делегация сапары","body":"Делегация Жаңақорған ауылына келді.","lang":"kk"})"
      "\n";
  ASSERT_TRUE(
      Index({testing::SourcePath("corpus/sample/civic-news.jsonl"), Write("forms.jsonl", articles)})
          .ok());
  const auto profile = schema::IndexProfile::Load(Xapian::Database((dir_ / "db").string()));
  ASSERT_FALSE(profile.common_stems.empty());
  analyzers::Analyzer analyzer;
  for (const char* name : {"шардара", "жаңақорған"})
    ASSERT_EQ(profile.common_stems.Find(analyzer.Stem(name, analyzers::Language::kKazakh)),
              nullptr);
  auto service = Open();
  ExpectTwoInOrder(*service, {{"Шардара", "bare", "ga"},
                              {"Шардараға", "ga", "bare"},
                              {"Жаңақорған", "bare-2", "ga-2"},
                              {"Жаңақорғанға", "ga-2", "bare-2"}});
}

// Date filters read month and year-only terms (schema 6): every range, with bounds on a day, a
// month or a year, open or closed, matches exactly the articles whose date (a month- or
// year-only date counts as its first day) lies within it; and the same with the date-value test
// that older indexes use.
TEST_F(IndexRoundTripTest, DateFiltersMatchExactlyTheArticlesDatedInTheRange) {
  const std::vector<std::pair<std::string, std::string>> dated = {
      {"a", "2014-12-31"}, {"b", "2015-01-31"}, {"c", "2015-02-01"}, {"d", "2015-02-28"},
      {"e", "2015-03"},    {"f", "2015"},       {"g", "2016-01-01"}, {"h", ""}};
  std::string jsonl;
  for (const auto& [id, date] : dated) {
    jsonl += R"({"id":")" + id +
             R"(","title":"Мәслихат сессиясы","body":"Депутаттар бюджетті )"
             R"(бекітті.","lang":"kk")" +
             (date.empty() ? "" : R"(,"date":")" + date + "\"") + "}\n";
  }
  ASSERT_TRUE(Index({Write("dates.jsonl", jsonl)}).ok());
  auto day_of = [](const std::string& date) {
    std::string d = date;
    if (d.size() == 4) d += "-01";
    if (d.size() == 7) d += "-01";
    return d;
  };
  const std::vector<std::pair<std::string, std::string>> ranges = {{"2015", "2015"},
                                                                   {"2015-01", "2015-02"},
                                                                   {"2015-01-31", "2015-02-01"},
                                                                   {"2015-02-02", "2015-02-28"},
                                                                   {"2015-01-02", ""},
                                                                   {"", "2015-01-01"},
                                                                   {"2015-03", ""},
                                                                   {"2014-12-31", "2014-12-31"},
                                                                   {"2016", ""},
                                                                   {"2017", ""},
                                                                   {"", "2014"},
                                                                   {"2015-02-15", "2015-03-15"}};
  auto check_all = [&](const char* index_kind) {
    auto service = Open();
    for (const auto& [from, to] : ranges) {
      std::set<std::string> expected;
      const std::string lo = from.empty() ? "" : day_of(from);
      const std::string hi = to.empty()       ? "9999"
                             : to.size() == 4 ? to + "-12-31"
                             : to.size() == 7 ? to + "-31"
                                              : to;
      for (const auto& [id, date] : dated)
        if (!date.empty() && day_of(date) >= lo && day_of(date) <= hi) expected.insert(id);
      // Parameters without words (newest first) and with a word (by relevance); the query field.
      for (int form : {0, 1, 2}) {
        const bool as_field = form == 2;
        searchd::SearchRequest req;
        if (as_field) {
          req.query = "date:" + from + ".." + to;
        } else {
          req.from = from;
          req.to = to;
          if (form == 1) req.query = "бюджет";
        }
        req.size = 50;
        auto r = service->Search(req);
        ASSERT_TRUE(r.ok()) << r.status().message();
        std::set<std::string> got;
        for (const auto& hit : r->hits) got.insert(hit.id);
        EXPECT_EQ(got, expected) << index_kind << " " << from << ".." << to << " field "
                                 << as_field;
        EXPECT_EQ(r->total, expected.size());
      }
    }
  };
  check_all("this schema");
  Xapian::WritableDatabase((dir_ / "db").string())
      .set_metadata(std::string(schema::kSchemaVersionKey), "5");
  check_all("schema 5");
}

TEST_F(IndexRoundTripTest, ReindexingReplacesInsteadOfDuplicating) {
  ASSERT_TRUE(Index({Write("a.jsonl", kArticles)}).ok());
  // Same ids again, one title changed, one new article: an update of the existing database.
  std::string update =
      R"({"id":"kk-1","date":"2015-09-29","title":"Қоғамдық кеңестің екінші отырысы","body":"Жаңа мәтін."})"
      "\n"
      R"({"id":"kk-3","date":"2017-01-01","title":"Жаңа мақала","body":"Мәтін."})"
      "\n";
  auto summary = Index({Write("b.jsonl", update), (dir_ / "a.jsonl").string()});
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(summary->documents_in_db, 4u);
  auto service = Open();
  auto r = Search(*service, "отырысы");
  ASSERT_EQ(r.total, 1u);  // kk-1 once (a.jsonl re-read after b.jsonl restores its first title)
  EXPECT_EQ(r.hits[0].title, "Қоғамдық кеңестің отырысы өтті");
}

TEST_F(IndexRoundTripTest, DuplicateIdsInOneFreshBuildCollapse) {
  std::string twice = std::string(kArticles) + kArticles;
  auto summary = Index({Write("twice.jsonl", twice)});
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->documents_in_db, 3u);
}

TEST_F(IndexRoundTripTest, DuplicateIdsAcrossSegmentsCollapse) {
  // Segments of one article: every repeated id lands in a later segment of the same worker.
  std::string changed =
      R"({"id":"kk-1","date":"2015-09-29","title":"Жаңартылған тақырып","body":"Жаңа мәтін."})"
      "\n";
  auto summary =
      Index({Write("a.jsonl", std::string(kArticles) + kArticles + changed)}, nullptr, 1);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(summary->documents_in_db, 3u);
  auto service = Open();
  auto article = service->GetArticle("kk-1");
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->title, "Жаңартылған тақырып");  // the last copy wins
  EXPECT_EQ(Search(*service, "отырысы").total, 0u);
}

TEST_F(IndexRoundTripTest, UndatedArticlesTakeAPlausibleDateFromTheirText) {
  std::string undated =
      R"({"id":"cv","title":"Әбіқаев Нұртай","body":"1963 жылы 13 қазанда Жамбыл облысында туды.\n\n)"
      R"(2015 жылғы 6 мамырда Комитет төрағасы болып тағайындалды."})"
      "\n"
      R"({"id":"none","title":"Күнсіз мақала","body":"Мұнда күн жоқ."})"
      "\n";
  auto summary = Index({Write("u.jsonl", undated)});
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->dates_from_text, 1u);
  EXPECT_EQ(summary->undated, 1u);
  auto service = Open();
  EXPECT_EQ(service->GetArticle("cv")->date, "2015-05-06");  // not the 1963 birth date
  EXPECT_EQ(service->GetArticle("none")->date, "");          // still searchable, says so
  EXPECT_EQ(Search(*service, "мақала").total, 1u);
}

TEST_F(IndexRoundTripTest, NothingToIndexLeavesNoDatabase) {
  auto summary = Index({Write("empty.jsonl", "{broken\n")});
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->articles_indexed, 0u);
  EXPECT_FALSE(fs::exists(dir_ / "db"));
}

// A fresh build killed outright (SIGKILL) leaves its staging folder behind; the next build of
// the same index removes it, but never the folder of a build that is still running.
TEST_F(IndexRoundTripTest, AFreshBuildRemovesStagingLeftByAKilledBuild) {
  // 4194305 is above Linux's largest pid: no process can own it.
  const fs::path abandoned = dir_ / "db.tmp-4194305";
  fs::create_directories(abandoned / "part-0");
  Write("db.tmp-4194305/part-0/postlist.glass", "half-written shard");
  const fs::path other_index = dir_ / "other.tmp-4194305";
  fs::create_directories(other_index);
  auto summary = Index({Write("a.jsonl", kArticles)});
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(summary->articles_indexed, 3u);
  EXPECT_FALSE(fs::exists(abandoned));
  EXPECT_TRUE(fs::exists(other_index));  // another index's staging is not this build's business
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().filename().string().find("db.tmp-"), std::string::npos) << entry.path();
  }
}

// Length normalisation happens at index time (length_normalisation.h): of two articles that
// mention a word once, the shorter one must still score higher, as with BM25's own b.
TEST_F(IndexRoundTripTest, ShorterArticlesStillWeighMoreForTheSameMention) {
  std::string padding;
  for (int i = 0; i < 60; ++i) padding += "Әкімдік жиналысында тұрғындар жол жөндеуді сұрады. ";
  const std::string articles =
      R"({"id":"short","title":"Жаңалықтар","body":"Облыстық бюджет бекітілді.","lang":"kk"})"
      "\n"
      R"({"id":"long","title":"Жаңалықтар","body":"Облыстық бюджет бекітілді. )" +
      padding + R"(","lang":"kk"})" + "\n";
  ASSERT_TRUE(Index({Write("l.jsonl", articles)}).ok());
  EXPECT_GT(schema::IndexProfile::Load(Xapian::Database((dir_ / "db").string())).mean_length, 0);
  auto service = Open();
  auto r = Search(*service, "бюджет");
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].id, "short");
  EXPECT_GT(r.hits[0].score, r.hits[1].score);
}

// An update writes with the profile the fresh build learnt: the same dictionary, pair terms and
// length normalisation, so old and new articles are found and ranked alike.
TEST_F(IndexRoundTripTest, UpdatesKeepTheProfileOfTheIndex) {
  const std::string sample = testing::SourcePath("corpus/sample/civic-news.jsonl");
  ASSERT_TRUE(Index({sample}).ok());
  const auto before = schema::IndexProfile::Load(Xapian::Database((dir_ / "db").string()));
  ASSERT_FALSE(before.doc_dictionary.empty());
  ASSERT_GT(before.mean_length, 0);

  const std::string added =
      R"({"id":"new-1","date":"2024-02-01","title":"Жаңа мақала","body":"Қоғамдық кеңес )"
      R"(отырысында облыстың бюджеті талқыланды.","lang":"kk"})"
      "\n";
  ASSERT_TRUE(Index({Write("added.jsonl", added)}).ok());
  Xapian::Database db((dir_ / "db").string());
  const auto after = schema::IndexProfile::Load(db);
  EXPECT_EQ(after.doc_dictionary, before.doc_dictionary);
  EXPECT_EQ(after.common_stems.Serialize(), before.common_stems.Serialize());
  EXPECT_DOUBLE_EQ(after.mean_length, before.mean_length);

  auto service = Open();
  auto article = service->GetArticle("new-1");  // stored with the index's dictionary
  ASSERT_TRUE(article.ok()) << article.status().message();
  EXPECT_EQ(article->title, "Жаңа мақала");
  auto r = Search(*service, "\"қоғамдық кеңес отырысында\"");
  bool found = false;
  for (const auto& hit : r.hits) found = found || hit.id == "new-1";
  EXPECT_TRUE(found) << r.total << " hits";
}

// Schema 4 keeps compressed articles in a value slot. An update of an older index keeps them in
// the document data, where that index's readers (an older searchd serving it) look; searchd
// refuses an index newer than itself rather than answer with hits missing.
TEST_F(IndexRoundTripTest, UpdatesOfAnOlderIndexKeepItsDataPlace) {
  const std::string sample = testing::SourcePath("corpus/sample/civic-news.jsonl");
  auto fresh = Index({sample});
  ASSERT_TRUE(fresh.ok());
  EXPECT_EQ(fresh->older_schema, 0);
  const std::string path = (dir_ / "db").string();
  {
    Xapian::Database db(path);
    ASSERT_EQ(schema::SchemaVersionOf(db), schema::CurrentSchemaVersion());
    ASSERT_FALSE(db.get_document(1).get_value(schema::kDocDataSlot).empty());
    EXPECT_TRUE(db.get_document(1).get_data().empty());
  }
  Xapian::WritableDatabase(path).set_metadata(std::string(schema::kSchemaVersionKey), "3");

  const std::string added =
      R"({"id":"new-3","date":"2024-02-01","title":"Ескі индекске жаңа мақала","body":"Қоғамдық )"
      R"(кеңес отырысында облыстың бюджеті талқыланды.","lang":"kk"})"
      "\n";
  auto update = Index({Write("added.jsonl", added)});
  ASSERT_TRUE(update.ok());
  EXPECT_EQ(update->older_schema, 3);  // izdeu-indexer prints a note: rebuild to get the rest
  {
    Xapian::Database db(path);
    Xapian::PostingIterator it = db.postlist_begin(schema::IdTerm("new-3"));
    ASSERT_NE(it, db.postlist_end(schema::IdTerm("new-3")));
    const Xapian::Document doc = db.get_document(*it);
    EXPECT_TRUE(doc.get_value(schema::kDocDataSlot).empty());
    EXPECT_FALSE(doc.get_data().empty());
  }
  auto service = Open();
  auto article = service->GetArticle("new-3");
  ASSERT_TRUE(article.ok()) << article.status().message();
  EXPECT_EQ(article->title, "Ескі индекске жаңа мақала");

  const int next = schema::CurrentSchemaVersion() + 1;
  Xapian::WritableDatabase(path).set_metadata(std::string(schema::kSchemaVersionKey),
                                              std::to_string(next));
  auto newer = searchd::SearchService::Open(path);
  ASSERT_FALSE(newer.ok());
  EXPECT_NE(newer.status().message().find("newer"), std::string::npos);
}

// A page of articles with every query word comes from a run with every word required when no
// article missing one could outrank them (SearchService::PageOfAllWords): it must be the page,
// weights included, that the full run gives. The sample five times over (1,545 articles) makes
// common words match more than the exact count's limit; a service with all_words_run off gives
// the full run. Second pages also ask for facets: counted apart from the page, they must not
// change it, and both services count the same.
TEST_F(IndexRoundTripTest, AllWordsRunGivesTheFullRunsPage) {
  std::ifstream in(testing::SourcePath("corpus/sample/civic-news.jsonl"));
  std::string copies, line;
  while (std::getline(in, line)) {
    ASSERT_EQ(line.rfind("{\"id\": \"", 0), 0u) << line.substr(0, 40);
    const size_t id_end = line.find('"', 8);
    for (int copy = 0; copy < 5; ++copy) {
      copies.append(line, 0, id_end).append(1, '-').append(std::to_string(copy));
      copies.append(line, id_end).append("\n");
    }
  }
  ASSERT_TRUE(Index({Write("copies.jsonl", copies)}).ok());
  auto service = Open();
  searchd::ServiceOptions full_run;
  full_run.all_words_run = false;
  auto full_service = Open("db", full_run);
  const std::vector<std::string> words = {"Қазақстан", "жұмыс", "мемлекеттік", "қоғамдық",
                                          "кеңес",     "облыс", "бағдарлама",  "азаматтар",
                                          "әкімдігі",  "халық"};
  size_t all_words_runs = 0, compared = 0, all_words_runs_with_facets = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    for (size_t j = i + 1; j < words.size(); ++j) {
      for (uint32_t page : {1u, 2u}) {
        searchd::SearchRequest req;
        req.query = words[i] + " " + words[j];
        req.page = page;
        req.facet_orgs = page == 2;
        auto fast = service->Search(req);
        auto full = full_service->Search(req);
        ASSERT_TRUE(fast.ok() && full.ok()) << req.query;
        if (req.facet_orgs) {
          EXPECT_TRUE(fast->total_exact && full->total_exact) << req.query;
          EXPECT_EQ(fast->total, full->total) << req.query;
          ASSERT_EQ(fast->org_facet.size(), full->org_facet.size()) << req.query;
          for (size_t f = 0; f < fast->org_facet.size(); ++f)
            EXPECT_EQ(fast->org_facet[f].count, full->org_facet[f].count) << req.query;
        }
        EXPECT_FALSE(full->all_words_run);
        if (fast->all_words_run) ++(req.facet_orgs ? all_words_runs_with_facets : all_words_runs);
        ++compared;
        ASSERT_EQ(fast->hits.size(), full->hits.size()) << req.query;
        for (size_t h = 0; h < fast->hits.size(); ++h) {
          EXPECT_EQ(fast->hits[h].id, full->hits[h].id) << req.query << " page " << page;
          EXPECT_NEAR(fast->hits[h].score, full->hits[h].score, 1e-9 * full->hits[h].score)
              << req.query;
          EXPECT_EQ(fast->hits[h].matched_words, full->hits[h].matched_words) << req.query;
        }
        EXPECT_EQ(fast->relaxed, full->relaxed) << req.query;
        EXPECT_GE(fast->total, fast->hits.size());
      }
    }
  }
  // Pairs of words that rarely meet, or whose rare articles could outrank, take the full run.
  EXPECT_GE(all_words_runs, compared / 8) << "the all-words run was hardly ever used";
  EXPECT_GE(all_words_runs_with_facets, compared / 8) << "nor with facets";
  EXPECT_LT(all_words_runs + all_words_runs_with_facets, compared);
}

// Pair terms narrow phrases of common words (common_stems.h); they must find exactly what the
// sequence check alone finds. The sample corpus indexed twice, with and without pair terms, and
// phrases of two and three adjacent words from its own text searched in both.
TEST_F(IndexRoundTripTest, PairTermsNarrowPhrasesWithoutChangingTheirMatches) {
  const std::string sample = testing::SourcePath("corpus/sample/civic-news.jsonl");
  ASSERT_TRUE(Index({sample}, nullptr, 50000, "pairs", 0.05).ok());
  ASSERT_TRUE(Index({sample}, nullptr, 50000, "plain", 0.0).ok());
  const auto profile = schema::IndexProfile::Load(Xapian::Database((dir_ / "pairs").string()));
  ASSERT_FALSE(profile.common_stems.empty());
  EXPECT_FALSE(profile.doc_dictionary.empty());  // 309 articles are enough to learn one
  EXPECT_TRUE(
      schema::IndexProfile::Load(Xapian::Database((dir_ / "plain").string())).common_stems.empty());

  // Adjacent words of the Kazakh articles' first paragraphs: up to 40 pairs of common words
  // (narrowed by a pair term) and 40 other pairs.
  analyzers::Analyzer analyzer;
  auto narrowed_by_pair = [&](std::string_view a, std::string_view b) {
    return profile.common_stems.PairIndexed(
        profile.common_stems.Find(analyzer.Stem(std::string(a), analyzers::Language::kKazakh)),
        profile.common_stems.Find(analyzer.Stem(std::string(b), analyzers::Language::kKazakh)));
  };
  std::vector<std::string> phrases;
  size_t narrowed = 0, other = 0;
  corpus::ReadInputs(
      {sample},
      [&](corpus::Article&& a) {
        if (a.lang != "kk" || a.paragraphs.empty()) return;
        std::vector<analyzers::Word> words;
        analyzer.ForEachWord(a.paragraphs[0],
                             [&](const analyzers::Word& w) { words.push_back(w); });
        for (size_t i = 0; i + 1 < words.size(); ++i) {
          const bool pair = narrowed_by_pair(words[i].norm, words[i + 1].norm);
          size_t& count = pair ? narrowed : other;
          if (count >= 40) continue;
          ++count;
          std::string phrase = "\"";
          phrase.append(words[i].raw).append(" ").append(words[i + 1].raw);
          // Every other one with a third word: two pair filters, or one and a plain pair.
          if (count % 2 == 0 && i + 2 < words.size()) phrase.append(" ").append(words[i + 2].raw);
          phrases.push_back(phrase + '"');
        }
      },
      [](const corpus::ReadIssue&) {});
  ASSERT_GE(phrases.size(), 60u);

  auto with_pairs = Open("pairs");
  auto without = Open("plain");
  size_t found = 0;
  for (const auto& phrase : phrases) {
    searchd::SearchRequest req;
    req.query = phrase;
    req.exact_total = true;
    req.size = 50;
    auto a = with_pairs->Search(req);
    auto b = without->Search(req);
    ASSERT_TRUE(a.ok() && b.ok()) << phrase;
    ASSERT_EQ(a->total, b->total) << phrase;
    ASSERT_EQ(a->hits.size(), b->hits.size()) << phrase;
    for (size_t i = 0; i < a->hits.size(); ++i) EXPECT_EQ(a->hits[i].id, b->hits[i].id) << phrase;
    if (a->total > 0) ++found;
  }
  EXPECT_GE(narrowed, 10u) << "too few phrases of common words to test the pair terms";
  EXPECT_GE(found, phrases.size() * 9 / 10);  // words next to each other in the text
}

}  // namespace
}  // namespace izdeu::indexer
