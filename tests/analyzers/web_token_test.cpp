#include "analyzers/web_token.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyzers/analyzer.h"

namespace izdeu::analyzers {
namespace {

using Parts = std::vector<std::string>;

// The parts of the first word the analyzer finds in `text`, as the indexer sees it.
Parts PartsOfFirstWord(std::string_view text) {
  Analyzer analyzer;
  Parts parts;
  bool first = true;
  analyzer.ForEachWord(text, [&](const Word& w) {
    if (first) parts = WebTokenParts(w.norm);
    first = false;
  });
  return parts;
}

TEST(WebTokenTest, DomainsGiveTheirNames) {
  EXPECT_EQ(PartsOfFirstWord("eGov.kz порталы арқылы"), Parts({"egov"}));
  EXPECT_EQ(PartsOfFirstWord("www.akorda.kz сайтында"), Parts({"akorda", "akorda.kz"}));
  EXPECT_EQ(PartsOfFirstWord("https://egov.kz/cms/kk"), Parts());  // https: a word of its own
}

TEST(WebTokenTest, EmailsGiveTheirNameAndDomain) {
  EXPECT_EQ(PartsOfFirstWord("info@gov.kz хатқа"), Parts({"info", "gov.kz", "gov"}));
}

TEST(WebTokenTest, WordsGluedToNumbersGiveBoth) {
  EXPECT_EQ(PartsOfFirstWord("#Астана2050 бағдарламасы"), Parts({"астана", "2050"}));
  EXPECT_EQ(PartsOfFirstWord("COVID19"), Parts({"covid", "19"}));
}

TEST(WebTokenTest, PlainWordsAndNumbersGiveNothing) {
  EXPECT_TRUE(PartsOfFirstWord("Қазақстан").empty());
  EXPECT_TRUE(PartsOfFirstWord("2017-жылы").empty());
  EXPECT_TRUE(PartsOfFirstWord("3.5 пайыз").empty());
  EXPECT_TRUE(WebTokenParts("").empty());
  EXPECT_TRUE(WebTokenParts("@").empty());
  EXPECT_TRUE(WebTokenParts("a.").empty());
}

}  // namespace
}  // namespace izdeu::analyzers
