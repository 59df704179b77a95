// Counting every match (match_counter.h) over the shipped sample corpus, indexed by the real
// indexer: the posting-list union must count the same articles, and give the facet spy the same
// organisations and months, as Xapian's matcher running the built query.
#include "searchd/service/match_counter.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "analyzers/analyzer.h"
#include "schema/index_profile.h"
#include "searchd/query/query_builder.h"
#include "tests/test_index.h"
#include "tests/test_paths.h"

namespace izdeu::searchd {
namespace {

namespace fs = std::filesystem;

class MatchCounterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("izdeu-mc-" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    const Status built =
        testing::BuildTestIndex({testing::SourcePath("corpus/sample")}, dir_->string());
    ASSERT_TRUE(built.ok()) << built.message();
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
  }
  void SetUp() override {
    db_ = Xapian::Database(dir_->string());
    profile_ = schema::IndexProfile::Load(db_);
    columns_ = FacetColumns::Read(db_);
  }
  Xapian::Query Built(const std::string& text) {
    QueryBuilder builder(db_, analyzer_, profile_.common_stems, profile_.date_terms);
    SearchRequest request;
    request.query = text;
    auto built = builder.Build(request);
    EXPECT_TRUE(built.ok()) << text;
    return built.ok() ? built->query : Xapian::Query();
  }
  static std::vector<std::pair<std::string, uint64_t>> Flat(const std::vector<FacetCount>& f) {
    std::vector<std::pair<std::string, uint64_t>> out;
    for (const auto& c : f) out.emplace_back(c.value, c.count);
    return out;
  }
  // CountMatches agrees with a ranked run that checks every match (how facets were counted
  // before it) on the number, the organisations and the months; returns the number.
  Xapian::doccount ExpectSameCounts(const std::string& text, const Xapian::Query& query) {
    FacetSpy counted(columns_, true, false, true), ranked(columns_, true, false, true);
    const MatchCount fast = CountMatches(db_, query, nullptr, &counted);
    Xapian::Enquire enquire(db_);
    enquire.set_query(query);
    enquire.add_matchspy(&ranked);
    const Xapian::MSet mset = enquire.get_mset(0, 10, db_.get_doccount());
    EXPECT_TRUE(fast.exact) << text;
    EXPECT_EQ(fast.count, mset.get_matches_estimated()) << text;
    EXPECT_EQ(Flat(counted.TopOrgs(10000)), Flat(ranked.TopOrgs(10000))) << text;
    EXPECT_EQ(Flat(counted.Months()), Flat(ranked.Months())) << text;
    return fast.count;
  }

  static fs::path* dir_;
  Xapian::Database db_;
  schema::IndexProfile profile_;
  analyzers::Analyzer analyzer_;
  std::shared_ptr<const FacetColumns> columns_;
};
fs::path* MatchCounterTest::dir_ = nullptr;

TEST_F(MatchCounterTest, PlainWordsAreAUnionCountedLikeTheMatcher) {
  // One word, words relaxed with the coordination bonus, a stopword beside them (optional: it
  // adds no matches), Russian-keyboard spellings, a word start, a prefix, Russian and Latin.
  for (const std::string text :
       {"бюджет", "қоғамдық кеңес", "мәслихат бюджет жыл", "және бюджет", "когамдык кенес",
        "Казакстан Республикасынын", "бюджт", "мәсли*", "депутаты", "Парламент Мәжілісі",
        "бюджета исполнение", "egov", "title:бюджет",
        // A required word with an optional one matches what the required one does; a phrase of
        // common words, its pair term (the PhraseFilter then checks the order).
        "+бюджет кеңес", "\"қоғамдық кеңес\""}) {
    const Xapian::Query query = Built(text);
    ASSERT_FALSE(query.empty()) << text;
    EXPECT_TRUE(TermsOfUnion(query).has_value()) << text << ": " << query.get_description();
    EXPECT_GT(ExpectSameCounts(text, query), 0u) << text;  // each finds something in the sample
  }
  FacetSpy spy(columns_, true, false, false);
  EXPECT_GT(CountMatches(db_, Built("бюджет"), nullptr, &spy).count, 20u);
}

TEST_F(MatchCounterTest, RequiredExcludedAndFilteredQueriesAreNoUnion) {
  for (const std::string text : {"бюджет -кеңес", "бюджет AND кеңес", "бюджет lang:kk",
                                 "бюджет NEAR/3 кеңес", "бюджет date:2015"}) {
    const Xapian::Query query = Built(text);
    ASSERT_FALSE(query.empty()) << text;
    EXPECT_FALSE(TermsOfUnion(query).has_value()) << text << ": " << query.get_description();
    EXPECT_GT(ExpectSameCounts(text, query), 0u) << text;
  }
  // Every article (the empty term) is not a union of terms either.
  EXPECT_FALSE(TermsOfUnion(Xapian::Query(std::string())).has_value());
  EXPECT_FALSE(TermsOfUnion(Xapian::Query()).has_value());
}

}  // namespace
}  // namespace izdeu::searchd
