// DocumentBuilder: one article -> the terms, values and data of schema/schema.h, on real
// Kazakh and Russian text.
#include "indexer/document_builder.h"

#include <gtest/gtest.h>

#include <set>

#include "schema/schema.h"

namespace izdeu::indexer {
namespace {

std::set<std::string> Terms(const Xapian::Document& doc, std::string_view prefix) {
  std::set<std::string> out;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    const std::string term = *t;
    if (term.rfind(prefix, 0) == 0) out.insert(term);
  }
  return out;
}

bool HasTerm(const Xapian::Document& doc, const std::string& term) {
  auto t = doc.termlist_begin();
  t.skip_to(term);
  return t != doc.termlist_end() && *t == term;
}

class DocumentBuilderTest : public ::testing::Test {
 protected:
  BuiltDocument Build(const corpus::Article& article) {
    return builder_.Build(article, &counters_);
  }
  schema::IndexProfile profile_;  // an index without a learnt profile: plain data, no pairs
  DocumentBuilder builder_{profile_};
  BuildCounters counters_;
};

TEST_F(DocumentBuilderTest, KazakhArticleGetsIdLanguageMonthTitleAndOrganisationTerms) {
  corpus::Article a;
  a.id = "kk-42";
  a.date = "2015-09-29";
  a.title = "Есеп комитеті бюджетті тексерді";
  a.paragraphs = {"Есеп комитеті республикалық бюджеттің атқарылуын тексерді.",
                  "Мәжіліс депутаттары есепті тыңдады."};
  a.source = "minplan.kz";
  auto built = Build(a);
  const auto& doc = built.document;
  EXPECT_EQ(built.id_term, "Qkk-42");
  EXPECT_TRUE(HasTerm(doc, "Qkk-42"));
  EXPECT_TRUE(HasTerm(doc, "Lkk"));
  EXPECT_TRUE(HasTerm(doc, "XM201509"));
  EXPECT_TRUE(HasTerm(doc, "XSRCminplan.kz"));
  EXPECT_EQ(doc.get_value(schema::kDateSlot), "20150929");
  // Title words have their own prefixed terms; body-only words do not.
  EXPECT_FALSE(Terms(doc, "S").empty());
  // бюджетті (title) and бюджеттің (body) conflate: one unprefixed stem shared by both forms.
  const auto title_terms = Terms(doc, "S");
  size_t shared = 0;
  for (const auto& t : title_terms) shared += HasTerm(doc, t.substr(1));
  EXPECT_EQ(shared, title_terms.size());
  // Organisations: a term each, their ids in the facet slot, their names for the index.
  EXPECT_FALSE(Terms(doc, "XORG").empty());
  EXPECT_FALSE(built.orgs.empty());
  EXPECT_FALSE(doc.get_value(schema::kOrgsSlot).empty());
  // The stored article round-trips.
  schema::DocDataCodec codec(profile_.doc_dictionary);
  auto data = codec.Load(doc);
  ASSERT_TRUE(data.ok()) << data.status().message();
  EXPECT_EQ(data->id, "kk-42");
  EXPECT_EQ(data->title, a.title);
  EXPECT_EQ(data->paragraphs, a.paragraphs);
  EXPECT_EQ(data->lang, "kk");
}

TEST_F(DocumentBuilderTest, UndatedRussianArticleIsDetectedAndMarkedUndated) {
  corpus::Article a;
  a.id = "ru-7";
  a.title = "Заседание общественного совета";
  a.paragraphs = {"Члены совета обсудили бюджет области и план работы на следующий год."};
  auto built = Build(a);
  EXPECT_TRUE(HasTerm(built.document, "Lru"));
  EXPECT_TRUE(HasTerm(built.document, std::string(schema::kNoDateTerm)));
  EXPECT_TRUE(Terms(built.document, "XM").empty());
  EXPECT_EQ(counters_.undated, 1u);
}

TEST_F(DocumentBuilderTest, OverlongWordsAreDroppedNotFatal) {
  corpus::Article a;
  a.id = "long";
  a.title = "Қоғамдық кеңес";
  a.paragraphs = {std::string(600, 'x') + " кеңес"};
  auto built = Build(a);
  for (auto t = built.document.termlist_begin(); t != built.document.termlist_end(); ++t) {
    EXPECT_LE((*t).size(), schema::kMaxTermBytes);
  }
  EXPECT_EQ(counters_.terms_dropped, 1u);
}

}  // namespace
}  // namespace izdeu::indexer
