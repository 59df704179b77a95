#include "analyzers/spelling.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "analyzers/analyzer.h"
#include "analyzers/normalizer.h"

namespace izdeu::analyzers {
namespace {

// A spelling dictionary filled as the indexer fills it: the normalised words of real civic
// news sentences, in a temporary glass database.
class SpellingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("izdeu-spelling-test-" + std::to_string(getpid()));
    Xapian::WritableDatabase db(path_.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    Analyzer analyzer;
    const char* texts[] = {
        "Облыстық мәслихаттың сессиясында 2015 жылғы бюджет бекітілді.",
        "Мәслихат депутаттары бюджет жобасын талқылады, бюджет тапшылығы азайды.",
        "Қазақстан Республикасының Президенті Жолдау жариялады.",
        "Президент Администрациясы мен Үкімет қоғамдық кеңес құрды.",
        "Президента Республики Казахстан поддержали депутаты маслихата."};
    for (const char* text : texts) {
      analyzer.ForEachWord(text, [&](const Word& w) {
        if (IsSpellingWord(w.norm)) db.add_spelling(w.norm);
      });
    }
    db.commit();
    db.close();
    db_ = Xapian::Database(path_.string());
  }
  void TearDown() override { std::filesystem::remove_all(path_); }

  std::string Suggest(const char* typed) { return SuggestSpelling(db_, NormalizeWord(typed)); }

  std::filesystem::path path_;
  Xapian::Database db_;
};

TEST_F(SpellingTest, CorrectsTheIssuesMisspellings) {
  EXPECT_EQ(Suggest("бюджт"), "бюджет");      // dropped vowel
  EXPECT_EQ(Suggest("мәслихт"), "мәслихат");  // dropped vowel
  EXPECT_EQ(Suggest("Призедент"), "президент");
}

TEST_F(SpellingTest, IsKazakhAware) {
  EXPECT_EQ(Suggest("бюджжет"), "бюджет");           // doubled letter
  EXPECT_EQ(Suggest("маслихаттын"), "мәслихаттың");  // Russian keyboard, far for plain Xapian
  EXPECT_EQ(Suggest("кенес"), "кеңес");
}

TEST_F(SpellingTest, LeavesKnownAndHopelessWordsAlone) {
  EXPECT_EQ(Suggest("бюджет"), "");
  EXPECT_EQ(Suggest("Президент"), "");
  EXPECT_EQ(Suggest("абвгдежз"), "");
  EXPECT_EQ(Suggest("2015"), "");
  EXPECT_EQ(Suggest(""), "");
}

TEST(KazakhEditDistanceTest, WeighsKazakhConfusionsBelowOtherEdits) {
  EXPECT_DOUBLE_EQ(KazakhEditDistance("кеңес", "кеңес"), 0);
  EXPECT_DOUBLE_EQ(KazakhEditDistance("кенес", "кеңес"), 0.5);
  EXPECT_DOUBLE_EQ(KazakhEditDistance("бюджжет", "бюджет"), 0.5);
  EXPECT_DOUBLE_EQ(KazakhEditDistance("бюджт", "бюджет"), 0.7);
  EXPECT_DOUBLE_EQ(KazakhEditDistance("бюджет", "бюджат"), 0.8);
  EXPECT_DOUBLE_EQ(KazakhEditDistance("бюджет", "бюджеп"), 1);
  EXPECT_TRUE(IsSpellingWord("мәслихат"));
  EXPECT_TRUE(IsSpellingWord("egov"));
  EXPECT_FALSE(IsSpellingWord("2015"));
  EXPECT_FALSE(IsSpellingWord("ел"));
  EXPECT_FALSE(IsSpellingWord("egov.kz"));
}

}  // namespace
}  // namespace izdeu::analyzers
