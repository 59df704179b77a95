// The query language (docs/query-syntax.md) against the real izdeu-searchd over the sample corpus:
// every example of the document runs and finds something, the operators keep their promises
// (OR adds, NOT and -field exclude, a prefix expands, totals do not depend on the page size), the
// ranked relaxation puts articles with all the words first, and what cannot be honoured is a 400.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <fstream>
#include <set>

#include "tests/searchd/daemon_fixture.h"

namespace izdeu::testing {
namespace {

class QueryLanguageTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_GT(SampleServer::Get().port(), 0); }

  static rapidjson::Document Search(const std::string& q, const std::string& extra = "",
                                    int expected_status = 200) {
    HttpResponse r =
        HttpRequest(SampleServer::Get().port(), "GET", "/search?q=" + PercentEncode(q) + extra);
    EXPECT_EQ(r.status, expected_status) << q << "\n" << r.body;
    rapidjson::Document doc;
    doc.Parse(r.body.c_str());
    return doc;
  }
  static uint64_t Total(const std::string& q) {
    auto doc = Search(q, "&size=0&exact=1");
    EXPECT_TRUE(doc["total_exact"].GetBool()) << q;
    return doc.IsObject() && doc.HasMember("total") ? doc["total"].GetUint64() : ~0ull;
  }
  // Ids of every match (up to 1,000).
  static std::set<std::string> Ids(const std::string& q) {
    auto doc = Search(q, "&size=1000&snippets=0");
    std::set<std::string> ids;
    if (!doc.IsObject() || !doc.HasMember("hits")) return ids;
    for (const auto& h : doc["hits"].GetArray()) ids.insert(h["id"].GetString());
    return ids;
  }
};

// The first `code` span of each row of the examples table in docs/query-syntax.md.
std::vector<std::string> DocumentedExamples() {
  std::ifstream in(std::string(IZDEU_SOURCE_DIR) + "/docs/query-syntax.md");
  std::vector<std::string> examples;
  bool inside = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("<!-- examples", 0) == 0) inside = true;
    if (line.rfind("<!-- /examples", 0) == 0) inside = false;
    if (!inside || line.rfind("| `", 0) != 0) continue;
    size_t end = line.find('`', 3);
    examples.push_back(line.substr(3, end - 3));
  }
  return examples;
}

TEST_F(QueryLanguageTest, EveryDocumentedExampleFindsSomething) {
  const auto examples = DocumentedExamples();
  ASSERT_GE(examples.size(), 15u);
  for (const auto& q : examples) {
    auto doc = Search(q);
    ASSERT_TRUE(doc.IsObject() && doc.HasMember("total")) << q;
    EXPECT_GT(doc["total"].GetUint64(), 0u) << q;
  }
}

TEST_F(QueryLanguageTest, OrGivesAtLeastEachSide) {
  const auto astana = Ids("Астана"), almaty = Ids("Алматы"), either = Ids("Алматы OR Астана");
  ASSERT_FALSE(astana.empty());
  ASSERT_FALSE(almaty.empty());
  for (const auto& id : astana) EXPECT_TRUE(either.count(id)) << id;
  for (const auto& id : almaty) EXPECT_TRUE(either.count(id)) << id;
  EXPECT_LT(either.size(), astana.size() + almaty.size());  // some have both: a union, no copies
}

TEST_F(QueryLanguageTest, NotAndMinusExclude) {
  const auto astana = Ids("Астана"), almaty = Ids("Алматы");
  for (const std::string q : {"Астана NOT Алматы", "Астана -Алматы"}) {
    const auto ids = Ids(q);
    ASSERT_FALSE(ids.empty()) << q;
    size_t expected = 0;
    for (const auto& id : astana) expected += almaty.count(id) ? 0 : 1;
    EXPECT_EQ(ids.size(), expected) << q;
    for (const auto& id : ids) {
      EXPECT_TRUE(astana.count(id)) << q << " " << id;
      EXPECT_FALSE(almaty.count(id)) << q << " " << id;
    }
  }
}

TEST_F(QueryLanguageTest, PrefixFindsTheWholeWordAndSaysHowItExpanded) {
  auto doc = Search("мәсли*");
  ASSERT_TRUE(doc.HasMember("expansions"));
  EXPECT_STREQ(doc["expansions"][0]["pattern"].GetString(), "мәсли*");
  EXPECT_GE(doc["expansions"][0]["terms"].GetUint(), 1u);
  EXPECT_EQ(Ids("мәсли*"), Ids("мәслихат"));
  EXPECT_EQ(Total("мәслихатқа*"), 0u);  // no term starts with the inflected form
}

TEST_F(QueryLanguageTest, ExcludedOrganisationIsGoneWhateverThePageSize) {
  const uint64_t all = Total("бюджет"), with_org = Total("бюджет org:ukimet");
  ASSERT_GT(with_org, 0u);
  EXPECT_EQ(Total("бюджет -org:ukimet"), all - with_org);
  EXPECT_EQ(Total("бюджет NOT org:ukimet"), all - with_org);
  for (const char* size : {"1", "5", "50"}) {
    auto doc = Search("бюджет -org:ukimet", std::string("&size=") + size);
    EXPECT_EQ(doc["total"].GetUint64(), all - with_org) << size;
    for (const auto& h : doc["hits"].GetArray()) {
      for (const auto& o : h["organisations"].GetArray())
        EXPECT_STRNE(o["id"].GetString(), "ukimet") << h["id"].GetString();
    }
  }
}

TEST_F(QueryLanguageTest, EitherOrganisation) {
  const uint64_t a = Total("org:ukimet"), b = Total("org:mazhilis");
  const uint64_t both = Total("org:ukimet org:mazhilis");
  EXPECT_EQ(Total("org:ukimet OR org:mazhilis"), a + b - both);
}

TEST_F(QueryLanguageTest, AllWordsFirstThenFewerAndNothingLost) {
  // Every article with either word matches; those with both come first.
  const uint64_t both = Total("қоғамдық AND кеңес");
  const auto any = Ids("қоғамдық OR кеңес");
  auto doc = Search("қоғамдық кеңес", "&size=1000&snippets=0");
  EXPECT_EQ(doc["words"].GetUint(), 2u);
  EXPECT_EQ(doc["hits"].Size(), any.size());
  ASSERT_GT(both, 0u);
  ASSERT_GT(any.size(), both);
  for (rapidjson::SizeType i = 0; i < doc["hits"].Size(); ++i) {
    EXPECT_EQ(doc["hits"][i]["matched_words"].GetUint(), i < both ? 2u : 1u) << i;
  }
  EXPECT_FALSE(doc["relaxed"].GetBool());
  // match=all keeps the strict AND.
  EXPECT_EQ(Search("қоғамдық кеңес", "&size=0&exact=1&match=all")["total"].GetUint64(), both);
  Search("қоғамдық кеңес", "&match=most", 400);
}

TEST_F(QueryLanguageTest, UnknownWordsAreSpeltAsTheArchiveSpellsThem) {
  // A dropped vowel and a Russian-keyboard slip: answered for the corrected query, with notice.
  auto doc = Search("бюджт", "&size=3");
  ASSERT_TRUE(doc.HasMember("corrected_from"));
  EXPECT_EQ(std::string(doc["corrected_from"].GetString()), "бюджт");
  EXPECT_EQ(std::string(doc["query"].GetString()), "бюджет");
  EXPECT_EQ(doc["total"].GetUint64(), Total("бюджет"));
  EXPECT_EQ(std::string(Search("мәслихт")["query"].GetString()), "мәслихат");
  EXPECT_EQ(std::string(Search("Призедент")["query"].GetString()), "президент");
  // correct=0 searches as typed and only suggests.
  doc = Search("бюджт мәслихат", "&correct=0");
  EXPECT_FALSE(doc.HasMember("corrected_from"));
  ASSERT_TRUE(doc.HasMember("did_you_mean"));
  EXPECT_EQ(std::string(doc["did_you_mean"].GetString()), "бюджет мәслихат");
  EXPECT_EQ(std::string(doc["query"].GetString()), "бюджт мәслихат");
  // Known words are never "corrected".
  doc = Search("бюджет");
  EXPECT_FALSE(doc.HasMember("did_you_mean") || doc.HasMember("corrected_from"));
  Search("бюджет", "&correct=maybe", 400);
}

TEST_F(QueryLanguageTest, AWordTheArchiveLacksFindsWordsThatBeginLikeIt) {
  // бюджеттіктер is in no article; its first letters are: articles with бюджет forms match
  // (as typed, without spelling correction), and the snippet marks them.
  auto doc = Search("бюджеттіктер", "&correct=0&size=3");
  ASSERT_GT(doc["total"].GetUint64(), 0u);
  EXPECT_EQ(doc["hits"][0]["matched_words"].GetUint(), 1u);
  EXPECT_NE(std::string(doc["hits"][0]["snippet"].GetString()).find("<mark>бюджет"),
            std::string::npos);
  // Known words search only their own forms: no article with only қоғам forms joins
  // "қоғамдық кеңес" (the count equals the OR of the two words).
  EXPECT_EQ(Ids("қоғамдық кеңес"), Ids("қоғамдық OR кеңес"));
}

TEST_F(QueryLanguageTest, HyphenatedWordsMatchTheirPartsUnlessQuoted) {
  // Outside quotes a hyphenated word is one query word made of its parts: any part matches.
  auto doc = Search("қоғамдық-кеңес", "&size=0&exact=1");
  EXPECT_EQ(doc["words"].GetUint(), 1u);
  EXPECT_EQ(doc["total"].GetUint64(), Total("қоғамдық OR кеңес"));
  // Quoted, it is the phrase.
  EXPECT_EQ(Total("\"қоғамдық-кеңес\""), Total("\"қоғамдық кеңес\""));
  EXPECT_LT(Total("\"қоғамдық-кеңес\""), Total("қоғамдық-кеңес"));
}

TEST_F(QueryLanguageTest, QuestionWordsTypedOnARussianKeyboardStayOptional) {
  // ким is кім (who) without its Kazakh letter: optional like кім, not a word to count.
  EXPECT_EQ(Search("бюджет ким")["words"].GetUint(), 1u);
  EXPECT_EQ(Search("бюджет кім")["words"].GetUint(), 1u);
  EXPECT_EQ(Search("бюджет")["words"].GetUint(), 1u);
}

TEST_F(QueryLanguageTest, PhraseAndNearAreChecked) {
  const uint64_t phrase = Total("\"қоғамдық кеңес\""), near = Total("қоғамдық NEAR/3 кеңес");
  ASSERT_GT(phrase, 0u);
  EXPECT_GE(near, phrase);
  EXPECT_LE(near, Total("қоғамдық AND кеңес"));
  EXPECT_EQ(Total("қоғамдық AND кеңес -\"қоғамдық кеңес\""), Total("қоғамдық AND кеңес") - phrase);
}

TEST_F(QueryLanguageTest, WhatCannotBeHonouredIsA400WithAMessage) {
  for (const std::string& q : std::vector<std::string>{
           "Астана OR", "AND бюджет", "NOT", "(бюджет", "бюджет)", "()", "а*",
           "кеңес OR \"қоғамдық кеңес\"", "бюджет NEAR/x кеңес", "бюджет NEAR/99 кеңес",
           "date:2015-13", "lang:en", std::string(20, '(') + "бюджет" + std::string(20, ')')}) {
    auto doc = Search(q, "", 400);
    ASSERT_TRUE(doc.IsObject() && doc.HasMember("error")) << q;
    EXPECT_GT(std::string(doc["error"]["message"].GetString()).size(), 5u) << q;
  }
  std::string many;
  for (int i = 0; i < 300; ++i) many += "бюджет" + std::to_string(i % 10) + " ";
  Search(many, "", 400);
}

}  // namespace
}  // namespace izdeu::testing
