#include "analyzers/kk/xapian_stemmer.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <set>
#include <string>

namespace izdeu::analyzers::kk {
namespace {

TEST(KazakhXapianStemmerTest, StemsLikeTheStemmerAfterNormalising) {
  Xapian::Stem stem = MakeKazakhXapianStem();
  EXPECT_FALSE(stem.is_none());
  EXPECT_EQ(stem("Кеңестерінің"), "кеңес");  // upper case and inflection
  EXPECT_EQ(stem("Алматыда"), "алматы");
  EXPECT_EQ(stem("кeңecтe"), "кеңес");  // Latin e and c typed inside a Cyrillic word
  EXPECT_EQ(stem(""), "");
  EXPECT_EQ(stem.get_description(), "Xapian::Stem(kazakh-izdeu)");
}

TEST(KazakhXapianStemmerTest, TermGeneratorIndexesStems) {
  Xapian::Document doc;
  Xapian::TermGenerator generator;
  generator.set_stemmer(MakeKazakhXapianStem());
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  generator.set_document(doc);
  generator.index_text("Үкімет кеңестерінде Алматыда");
  std::set<std::string> terms(doc.termlist_begin(), doc.termlist_end());
  EXPECT_TRUE(terms.count("Zкеңес")) << "stemmed term";
  EXPECT_TRUE(terms.count("Zүкімет"));
  EXPECT_TRUE(terms.count("кеңестерінде")) << "unstemmed term";
}

}  // namespace
}  // namespace izdeu::analyzers::kk
