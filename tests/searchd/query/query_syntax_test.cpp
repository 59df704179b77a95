#include "searchd/query/query_syntax.h"

#include <gtest/gtest.h>

namespace izdeu::searchd {
namespace {

TEST(QuerySyntaxTest, SplitsWordsPhrasesExclusionsAndFields) {
  auto parsed = ParseQuery(
      R"(бюджет "қоғамдық кеңес" -Алматы title:мәслихат org:"Сорос-Қазақстан Қоры" lang:kk)");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  ASSERT_EQ(parsed->kind, NodeKind::kAnd);
  const auto& c = parsed->children;
  ASSERT_EQ(c.size(), 6u);
  EXPECT_EQ(c[0].kind, NodeKind::kWord);
  EXPECT_EQ(c[0].text, "бюджет");
  EXPECT_EQ(c[0].occur, Occur::kShould);
  EXPECT_EQ(c[1].kind, NodeKind::kPhrase);
  EXPECT_EQ(c[1].text, "қоғамдық кеңес");
  EXPECT_EQ(c[2].text, "Алматы");
  EXPECT_EQ(c[2].occur, Occur::kMustNot);
  EXPECT_EQ(c[3].text, "мәслихат");
  EXPECT_TRUE(c[3].title_only);
  EXPECT_EQ(c[4].kind, NodeKind::kField);
  EXPECT_EQ(c[4].field, "org");
  EXPECT_EQ(c[4].text, "Сорос-Қазақстан Қоры");
  EXPECT_EQ(c[5].field, "lang");
  EXPECT_EQ(c[5].text, "kk");
}

TEST(QuerySyntaxTest, BooleanOperatorsAndGroups) {
  auto p = ParseQuery("(Алматы OR Астана) мәслихат AND бюджет NOT org:ukimet");
  ASSERT_TRUE(p.ok()) << p.status().message();
  const auto& c = p->children;
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].kind, NodeKind::kOr);
  ASSERT_EQ(c[0].children.size(), 2u);
  EXPECT_EQ(c[0].children[1].text, "Астана");
  EXPECT_EQ(c[0].occur, Occur::kShould);
  EXPECT_EQ(c[1].occur, Occur::kMust);  // AND makes both sides required
  EXPECT_EQ(c[2].occur, Occur::kMust);
  EXPECT_EQ(c[3].occur, Occur::kMustNot);
  EXPECT_EQ(c[3].field, "org");
  // OR binds looser than side-by-side words.
  p = ParseQuery("бюджет кеңес OR Астана");
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->children.size(), 1u);
  EXPECT_EQ(p->children[0].kind, NodeKind::kOr);
  EXPECT_EQ(p->children[0].children[0].kind, NodeKind::kAnd);
}

TEST(QuerySyntaxTest, PrefixNearAndSigns) {
  auto p = ParseQuery("мәсли* +бюджет қоғамдық NEAR/3 кеңес title:мәсли*");
  ASSERT_TRUE(p.ok()) << p.status().message();
  const auto& c = p->children;
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].kind, NodeKind::kPrefix);
  EXPECT_EQ(c[0].text, "мәсли");
  EXPECT_EQ(c[1].occur, Occur::kMust);
  EXPECT_EQ(c[2].kind, NodeKind::kNear);
  EXPECT_EQ(c[2].near_distance, 3);
  ASSERT_EQ(c[2].children.size(), 2u);
  EXPECT_EQ(c[3].kind, NodeKind::kPrefix);
  EXPECT_TRUE(c[3].title_only);
  // A lone dash is punctuation; a dash inside a word is part of it.
  p = ParseQuery("Алматы - Сорос-Қазақстан");
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->children.size(), 2u);
  EXPECT_EQ(p->children[1].text, "Сорос-Қазақстан");
  EXPECT_EQ(p->children[1].occur, Occur::kShould);
}

TEST(QuerySyntaxTest, DateRanges) {
  std::string from, to;
  ASSERT_TRUE(ParseDateRange("2015-09..2016-03", &from, &to).ok());
  EXPECT_EQ(from, "20150901");
  EXPECT_EQ(to, "20160331");
  from = to = "";
  ASSERT_TRUE(ParseDateRange("..2016-02", &from, &to).ok());
  EXPECT_EQ(from, "");
  EXPECT_EQ(to, "20160229");  // leap year
  EXPECT_TRUE(ParseQuery("date:2016").ok());
  EXPECT_FALSE(ParseQuery("date:2015-13").ok());
  EXPECT_FALSE(ParseQuery("date:2015-02-30").ok());
  EXPECT_FALSE(ParseQuery("date:2016..2015").ok());
  EXPECT_FALSE(ParseQuery("-date:yesterday").ok());
}

// A month is within bounds when all its days are: month ends of 28 to 31 days, open ends.
TEST(QuerySyntaxTest, MonthWithinBounds) {
  EXPECT_TRUE(MonthWithin("201602", "", "20160229"));  // leap February, to its last day
  EXPECT_FALSE(MonthWithin("201602", "", "20160228"));
  EXPECT_TRUE(MonthWithin("201502", "20150201", "20150228"));
  EXPECT_TRUE(MonthWithin("201606", "", "20160630"));  // a 30-day month
  EXPECT_FALSE(MonthWithin("201606", "", "20160629"));
  EXPECT_TRUE(MonthWithin("201512", "20151201", "20151231"));
  EXPECT_FALSE(MonthWithin("201512", "20151202", ""));  // from inside the month
  EXPECT_TRUE(MonthWithin("201512", "", ""));
  EXPECT_TRUE(MonthWithin("201511", "", "20151201"));   // to in a later month
  EXPECT_FALSE(MonthWithin("201601", "", "20151231"));  // to in an earlier month
  EXPECT_FALSE(MonthWithin("2016", "", ""));
}

TEST(QuerySyntaxTest, LenientWithUnclosedQuotesAndStrayColons) {
  auto p = ParseQuery("\"қоғамдық кеңес");
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->children.size(), 1u);
  EXPECT_EQ(p->children[0].kind, NodeKind::kPhrase);
  EXPECT_EQ(p->children[0].text, "қоғамдық кеңес");
  p = ParseQuery("уақыты: 14:17 foo:bar");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->children.size(), 3u);
  EXPECT_TRUE(ParseQuery("").ok());
  EXPECT_TRUE(ParseQuery("*").ok());
}

TEST(QuerySyntaxTest, RefusesWhatItCannotHonour) {
  for (const char* q :
       {"Астана OR", "OR Астана", "AND бюджет", "бюджет AND", "NOT", "-", "(бюджет", "бюджет)",
        "()", "бюджет NEAR/ кеңес", "бюджет NEAR/51 кеңес", "\"а б\" NEAR/2 кеңес", "lang:en"}) {
    auto p = ParseQuery(q);
    EXPECT_FALSE(p.ok()) << q;
    if (!p.ok()) {
      EXPECT_EQ(p.status().code(), Status::Code::kInvalidQuery) << q;
    }
  }
}

TEST(QuerySyntaxTest, BoundsDepthTermsAndLength) {
  EXPECT_FALSE(ParseQuery(std::string(kMaxQueryBytes + 1, 'a')).ok());
  std::string deep = std::string(kMaxQueryDepth, '(') + "а" + std::string(kMaxQueryDepth, ')');
  EXPECT_TRUE(ParseQuery(deep).ok());
  EXPECT_FALSE(ParseQuery("(" + deep + ")").ok());
  std::string many;
  for (size_t i = 0; i < kMaxQueryTerms; ++i) many += "с" + std::to_string(i % 10) + " ";
  EXPECT_TRUE(ParseQuery(many).ok());
  EXPECT_FALSE(ParseQuery(many + "тағы").ok());
  // 2,000 nested parentheses do not recurse beyond the limit.
  EXPECT_FALSE(ParseQuery(std::string(2000, '(')).ok());
}

}  // namespace
}  // namespace izdeu::searchd
