// QueryBuilder over a small in-memory index whose terms are made by the same analyzer: what the
// built queries match and in which order (coordination first), without the daemon.
#include "searchd/query/query_builder.h"

#include <gtest/gtest.h>

#include <map>

#include "schema/schema.h"

namespace izdeu::searchd {
namespace {

class QueryBuilderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Add("budget-council", "Қалалық мәслихат бюджетті бекітті, қоғамдық кеңес қолдады.", "ukimet");
    Add("budget", "Облыстың бюджеті үш миллиард теңгеге көбейді.", "");
    Add("council", "Қоғамдық кеңестің отырысы Астанада өтті.", "ukimet");
    Add("astana-almaty", "Астана мен Алматы арасында жаңа пойыз жүреді.", "");
    Add("almaty", "Алматы қалалық мәслихатының сессиясы.", "");
  }

  void Add(const std::string& id, const std::string& text, const std::string& org) {
    Xapian::Document doc;
    analyzer_.ForEachWord(text, [&](const analyzers::Word& w) {
      doc.add_term(analyzer_.Stem(w.norm, analyzers::Language::kKazakh));
    });
    if (!org.empty()) doc.add_boolean_term(std::string(schema::kOrgPrefix) + org);
    doc.set_data(id);
    db_.add_document(doc);
  }

  // The ids that `q` matches, best first; "error: ..." for an InvalidQuery.
  std::vector<std::string> Run(const std::string& q, bool match_all = false) {
    QueryBuilder builder(db_, analyzer_, stems_);
    SearchRequest request;
    request.query = q;
    request.match_all = match_all;
    auto built = builder.Build(request);
    if (!built.ok()) return {"error: " + built.status().message()};
    Xapian::Enquire enquire(db_);
    enquire.set_query(built->query.empty() ? Xapian::Query(std::string()) : built->query);
    std::vector<std::string> ids;
    Xapian::MSet mset = enquire.get_mset(0, 100);
    for (auto it = mset.begin(); it != mset.end(); ++it)
      ids.push_back(it.get_document().get_data());
    return ids;
  }

  Xapian::WritableDatabase db_;
  analyzers::Analyzer analyzer_;
  schema::CommonStems stems_;
};

TEST_F(QueryBuilderTest, PlainWordsRankAllWordsFirstAndKeepTheRest) {
  auto ids = Run("бюджет кеңес");
  ASSERT_EQ(ids.size(), 3u);
  EXPECT_EQ(ids[0], "budget-council");  // both words
  EXPECT_EQ(Run("бюджет кеңес", /*match_all=*/true), std::vector<std::string>{"budget-council"});
}

TEST_F(QueryBuilderTest, OrNotAndPrefix) {
  auto either = Run("Алматы OR Астана");
  EXPECT_EQ(either.size(), 3u);
  EXPECT_EQ(Run("Астана NOT Алматы"), std::vector<std::string>{"council"});
  EXPECT_EQ(Run("Астана -Алматы"), std::vector<std::string>{"council"});
  auto prefix = Run("мәсли*");
  EXPECT_EQ(prefix.size(), 2u);
}

TEST_F(QueryBuilderTest, FieldsFilterAndNegateWithoutRanking) {
  EXPECT_EQ(Run("кеңес org:ukimet").size(), 2u);
  EXPECT_EQ(Run("бюджет -org:ukimet"), std::vector<std::string>{"budget"});
  EXPECT_EQ(Run("org:ukimet").size(), 2u);
}

TEST_F(QueryBuilderTest, PhrasesUnderOrAreRefused) {
  auto r = Run("Астана OR \"қоғамдық кеңес\"");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].rfind("error: ", 0), 0u) << r[0];
}

TEST_F(QueryBuilderTest, CountsTheQueryWordsButNotStopwords) {
  QueryBuilder builder(db_, analyzer_, stems_);
  SearchRequest request;
  request.query = "бюджет мен кеңес org:ukimet";
  auto built = builder.Build(request);
  ASSERT_TRUE(built.ok());
  EXPECT_EQ(built->word_terms.size(), 2u);  // мен is a stopword, org: a filter
  EXPECT_TRUE(built->has_text);
  request.query = "мәсли*";
  built = builder.Build(request);
  ASSERT_TRUE(built.ok());
  ASSERT_EQ(built->expansions.size(), 1u);
  EXPECT_EQ(built->expansions[0].pattern, "мәсли*");
  EXPECT_GE(built->expansions[0].terms, 1u);
  EXPECT_FALSE(built->expansions[0].truncated);
}

// A stopword beside other words changes neither the matches nor their order (it is left out:
// query_builder.h); alone, it is searched.
TEST_F(QueryBuilderTest, StopwordsBesideOtherWordsAreLeftOut) {
  EXPECT_EQ(Run("Алматы мен"), Run("Алматы"));
  EXPECT_EQ(Run("мен Алматы"), Run("Алматы"));
  EXPECT_EQ(Run("кеңес мен бюджет"), Run("кеңес бюджет"));
  EXPECT_EQ(Run("+Алматы мен"), Run("Алматы"));
  EXPECT_EQ(Run("(мен және) Алматы"), Run("Алматы"));  // a group of stopwords only, too
  EXPECT_EQ(Run("мен"), std::vector<std::string>{"astana-almaty"});
  QueryBuilder builder(db_, analyzer_, stems_);
  SearchRequest request;
  request.query = "Алматы мен";
  auto built = builder.Build(request);
  ASSERT_TRUE(built.ok());
  for (auto t = built->query.get_unique_terms_begin(); t != built->query.get_unique_terms_end();
       ++t)
    EXPECT_NE(*t, "мен") << built->query.get_description();
  EXPECT_EQ(built->highlight_stems.count("мен"), 0u);  // nor marked in snippets
  EXPECT_EQ(built->highlight_stems.count("алматы"), 1u);
  request.query = "(мен және) Алматы";
  built = builder.Build(request);
  ASSERT_TRUE(built.ok());
  EXPECT_EQ(built->word_terms.size(), 1u);  // the group of a stopword is no word of the query
}

}  // namespace
}  // namespace izdeu::searchd
