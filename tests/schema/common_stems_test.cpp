// CommonStems: which stems are common, which adjacent pairs get a pair term, and that the table
// stored in an index reads back the same (ranks name stems in pair terms, so they must not move).
#include "schema/common_stems.h"

#include <gtest/gtest.h>

#include "schema/schema.h"

namespace izdeu::schema {
namespace {

CommonStems Table() {
  // Shares of 100 articles: және 90%, қазақстан 50%, жоба 30%, кеңес 8%, сирек 3%.
  return CommonStems::FromDocumentFrequencies(
      {{"және", 90}, {"қазақстан", 50}, {"жоба", 30}, {"кеңес", 8}, {"сирек", 3}}, 100, 0.05);
}

TEST(CommonStemsTest, KeepsStemsThatCanReachThePairShareRankedByShare) {
  CommonStems t = Table();
  EXPECT_EQ(t.size(), 4u);
  ASSERT_NE(t.Find("және"), nullptr);
  EXPECT_EQ(t.Find("және")->rank, 0u);
  EXPECT_EQ(t.Find("қазақстан")->rank, 1u);
  EXPECT_EQ(t.Find("кеңес")->rank, 3u);
  EXPECT_DOUBLE_EQ(t.Find("жоба")->share, 0.3);
  EXPECT_EQ(t.Find("сирек"), nullptr);  // 3% < 5%: no partner can lift it to the pair share
}

TEST(CommonStemsTest, PairsAreIndexedWhenTheirSharesMultiplyToThePairShare) {
  CommonStems t = Table();
  EXPECT_TRUE(t.PairIndexed(t.Find("қазақстан"), t.Find("жоба")));  // 0.15
  EXPECT_TRUE(t.PairIndexed(t.Find("және"), t.Find("кеңес")));      // 0.072
  EXPECT_FALSE(t.PairIndexed(t.Find("жоба"), t.Find("кеңес")));     // 0.024
  EXPECT_FALSE(t.PairIndexed(t.Find("және"), t.Find("сирек")));     // not common
  EXPECT_FALSE(t.PairIndexed(nullptr, t.Find("және")));
}

TEST(CommonStemsTest, PairTermsAreShortOrderedAndDistinct) {
  CommonStems t = Table();
  const std::string ab = CommonStems::PairTerm(*t.Find("қазақстан"), *t.Find("жоба"));
  const std::string ba = CommonStems::PairTerm(*t.Find("жоба"), *t.Find("қазақстан"));
  EXPECT_EQ(ab.size(), kPairPrefix.size() + 4);
  EXPECT_EQ(ab.substr(0, kPairPrefix.size()), kPairPrefix);
  EXPECT_NE(ab, ba);
}

TEST(CommonStemsTest, SerializedTableReadsBackWithTheSameRanksAndPairShare) {
  CommonStems t = Table();
  CommonStems back = CommonStems::Parse(t.Serialize());
  ASSERT_EQ(back.size(), t.size());
  for (const char* stem : {"және", "қазақстан", "жоба", "кеңес"}) {
    ASSERT_NE(back.Find(stem), nullptr) << stem;
    EXPECT_EQ(back.Find(stem)->rank, t.Find(stem)->rank) << stem;
    EXPECT_NEAR(back.Find(stem)->share, t.Find(stem)->share, 1e-6) << stem;
  }
  EXPECT_FALSE(back.PairIndexed(back.Find("жоба"), back.Find("кеңес")));
  EXPECT_EQ(CommonStems::PairTerm(*back.Find("және"), *back.Find("жоба")),
            CommonStems::PairTerm(*t.Find("және"), *t.Find("жоба")));
}

// Builds store their share; a table without it was written when every build used 0.2, and must
// keep looking pairs up as that build wrote them (a pair the index lacks would find no phrase).
TEST(CommonStemsTest, ATableWithoutItsShareReadsAsTheOldDefault) {
  CommonStems legacy = CommonStems::Parse("және\t0.9\nқазақстан\t0.5\nжоба\t0.3\n");
  ASSERT_EQ(legacy.size(), 3u);
  EXPECT_TRUE(legacy.PairIndexed(legacy.Find("және"), legacy.Find("жоба")));        // 0.27
  EXPECT_FALSE(legacy.PairIndexed(legacy.Find("қазақстан"), legacy.Find("жоба")));  // 0.15
  CommonStems current =
      CommonStems::Parse("pair_share\t0.100000\nжәне\t0.9\nқазақстан\t0.5\nжоба\t0.3\n");
  EXPECT_TRUE(current.PairIndexed(current.Find("қазақстан"), current.Find("жоба")));
}

TEST(CommonStemsTest, DamagedTablesReadAsFarAsTheyMakeSense) {
  EXPECT_TRUE(CommonStems::Parse("").empty());
  EXPECT_TRUE(CommonStems::Parse("garbage\n\tno stem\nstem\tnot-a-number\nx\t7\n").empty());
  CommonStems partial = CommonStems::Parse("pair_share\t0.05\nжәне\t0.9\nбұзық\n");
  EXPECT_EQ(partial.size(), 1u);
}

}  // namespace
}  // namespace izdeu::schema
