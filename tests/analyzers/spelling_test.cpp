#include "analyzers/spelling.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "analyzers/analyzer.h"
#include "analyzers/normalizer.h"

namespace izdeu::analyzers {
namespace {

// A spelling dictionary filled as the indexer fills it: the normalised words of real civic
// news sentences and, for Kazakh text, their stems, each counted once per article; and the
// articles themselves, indexed by stem, for the context checks. A temporary glass database.
class SpellingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("izdeu-spelling-test-" + std::to_string(getpid()));
    Xapian::WritableDatabase db(path_.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    Analyzer analyzer;
    struct Article {
      const char* text;
      bool kazakh;
    };
    const Article articles[] = {
        {"Облыстық мәслихаттың сессиясында 2015 жылғы бюджет бекітілді.", true},
        {"Мәслихат депутаттары бюджет жобасын талқылады, бюджет тапшылығы азайды.", true},
        {"Қазақстан Республикасының Президенті Жолдау жариялады.", true},
        {"Президент Администрациясы мен Үкімет қоғамдық кеңес құрды.", true},
        {"Президента Республики Казахстан поддержали депутаты маслихата.", false},
        {"Жазушының жаңа романы жарық көрді, романында соғыс жылдары суреттеледі.", true},
        {"Тірі ағзалардың эволюциясы туралы ілім мектепте оқытылады.", true},
        {"Премьер-Министр Кәрім Мәсімов үкімет отырысын өткізді.", true},
        {"Ақынның әкесінің есімі Құнанбай болған.", true},
        {"Баланың әжесінің үйі ауылда.", true},
        {"Әжесінің айтқан ертегілерін ол әлі ұмытпайды.", true}};
    for (const auto& article : articles) {
      Xapian::Document doc;
      std::set<std::string> spellings;
      analyzer.ForEachWord(article.text, [&](const Word& w) {
        const std::string stem = article.kazakh ? analyzer.Stem(w.norm, Language::kKazakh) : w.norm;
        doc.add_term(stem);
        if (IsSpellingWord(w.norm)) spellings.insert(w.norm);
        if (IsSpellingWord(stem)) spellings.insert(stem);
      });
      db.add_document(doc);
      for (const auto& word : spellings) db.add_spelling(word);
    }
    db.commit();
    db.close();
    db_ = Xapian::Database(path_.string());
  }
  void TearDown() override { std::filesystem::remove_all(path_); }

  std::string Suggest(const char* typed, const std::vector<std::string>& context = {}) {
    return SuggestSpelling(db_, NormalizeWord(typed), context);
  }

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

// Forms the archive does not have, of stems it has: the mistyped stem is repaired and the
// ending kept (романындағы), or the mistyped ending after a known word is repaired
// (эволюциядағы); the stemmer must take the result for a form of that stem.
TEST_F(SpellingTest, RepairsFormsTheArchiveLacks) {
  EXPECT_EQ(Suggest("ромқанындағы"), "романындағы");
  EXPECT_EQ(Suggest("роамнындағы"), "романындағы");
  EXPECT_EQ(Suggest("эволюциядаығ"), "эволюциядағы");
}

// Two words one edit away: alone, the more frequent wins; with the query's other words, the
// one that shares an article with them.
TEST_F(SpellingTest, TheOtherQueryWordsChooseBetweenReadings) {
  EXPECT_EQ(Suggest("әұесінің"), "әжесінің");
  EXPECT_EQ(Suggest("әұесінің", {"ақынның", "әұесінің", "есімі"}), "әкесінің");
  EXPECT_EQ(Suggest("әұесінің", {"баланың", "әұесінің", "үйі"}), "әжесінің");
}

// A name the archive lacks is not turned into another name by a change of its first letter.
TEST_F(SpellingTest, LeavesTheFirstLetterOfNamesAlone) {
  EXPECT_EQ(Suggest("Әсімов"), "");
  EXPECT_EQ(Suggest("Масимов"), "мәсімов");  // Russian keyboard: а for ә, и for і
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
