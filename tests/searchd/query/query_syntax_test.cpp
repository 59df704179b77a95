#include "searchd/query/query_syntax.h"

#include <gtest/gtest.h>

namespace izdeu::searchd {
namespace {

TEST(QuerySyntaxTest, SplitsWordsPhrasesExclusionsAndFields) {
  auto parsed = ParseQuery(
      R"(бюджет "қоғамдық кеңес" -Алматы title:мәслихат org:"Сорос-Қазақстан Қоры" lang:kk)");
  ASSERT_TRUE(parsed.ok());
  const auto& c = parsed->clauses;
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].text, "бюджет");
  EXPECT_FALSE(c[0].phrase);
  EXPECT_EQ(c[1].text, "қоғамдық кеңес");
  EXPECT_TRUE(c[1].phrase);
  EXPECT_EQ(c[2].text, "Алматы");
  EXPECT_TRUE(c[2].negated);
  EXPECT_EQ(c[3].text, "мәслихат");
  EXPECT_TRUE(c[3].title_only);
  EXPECT_EQ(parsed->orgs, (std::vector<std::string>{"Сорос-Қазақстан Қоры"}));
  EXPECT_EQ(parsed->lang, "kk");
}

TEST(QuerySyntaxTest, DateRanges) {
  auto p = ParseQuery("date:2015-09..2016-03");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->date_from, "20150901");
  EXPECT_EQ(p->date_to, "20160331");
  p = ParseQuery("date:2016");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->date_from, "20160101");
  EXPECT_EQ(p->date_to, "20161231");
  p = ParseQuery("date:..2016-02");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->date_from, "");
  EXPECT_EQ(p->date_to, "20160229");  // leap year
  EXPECT_FALSE(ParseQuery("date:2015-13").ok());
  EXPECT_FALSE(ParseQuery("date:2015-02-30").ok());
  EXPECT_FALSE(ParseQuery("date:2016..2015").ok());
  EXPECT_FALSE(ParseQuery("date:yesterday").ok());
}

TEST(QuerySyntaxTest, LenientWithUnclosedQuotesAndStrayColons) {
  auto p = ParseQuery("\"қоғамдық кеңес");
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->clauses.size(), 1u);
  EXPECT_TRUE(p->clauses[0].phrase);
  EXPECT_EQ(p->clauses[0].text, "қоғамдық кеңес");
  p = ParseQuery("уақыты: 14:17 foo:bar");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->clauses.size(), 3u);
}

TEST(QuerySyntaxTest, RejectsHugeQueriesAndBadLanguages) {
  EXPECT_FALSE(ParseQuery(std::string(kMaxQueryBytes + 1, 'a')).ok());
  auto bad = ParseQuery("lang:en");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::Code::kInvalidQuery);
}

}  // namespace
}  // namespace izdeu::searchd
