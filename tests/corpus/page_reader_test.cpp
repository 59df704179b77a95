#include "corpus/formats/page_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "tests/test_paths.h"

namespace izdeu::corpus {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Collected {
  std::vector<Article> articles;
  std::vector<ReadIssue> issues;
};

Collected ReadPage(std::string_view content, const std::string& name) {
  Collected out;
  PageReader().Read(
      content, name, 1, [&](Article&& a) { out.articles.push_back(std::move(a)); },
      [&](const ReadIssue& i) { out.issues.push_back(i); });
  return out;
}

TEST(PageReaderTest, SeedPageGivesTheArticleNotTheSidebar) {
  const std::string path = testing::SourcePath("corpus/sample/pages/000_8d05277bdd5f4c5e.txt");
  std::string content = ReadFile(path);
  ASSERT_FALSE(content.empty()) << "missing " << path;
  Collected got = ReadPage(content, path);
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_TRUE(got.issues.empty());
  const Article& a = got.articles[0];
  EXPECT_EQ(a.id, "000_8d05277bdd5f4c5e");
  EXPECT_EQ(a.date, "2016-11-12");
  EXPECT_EQ(a.date_source, "page");
  EXPECT_EQ(a.title, "Қоғамдық кеңес: жұмыс тәжірибесі мен өзара байланыс механизмі");
  ASSERT_GE(a.paragraphs.size(), 5u);
  EXPECT_EQ(a.paragraphs[0].rfind("Алматы қ, 11-12 қараша", 0), 0u);
  for (const auto& p : a.paragraphs) {
    EXPECT_EQ(p.find("ерекше қажеттіліктері бар адамдардың"), std::string::npos);
    EXPECT_EQ(p.find("Баррель түбі"), std::string::npos);
  }
  EXPECT_NE(a.paragraphs.back().find("Мекен-жайы"), std::string::npos);
}

TEST(PageReaderTest, PageWithoutDateLineIsReadAndReported) {
  Collected got = ReadPage("Тақырып\n\nБірінші абзац.\n\nЕкінші абзац.\n", "x/no-date.txt");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].id, "no-date");
  EXPECT_EQ(got.articles[0].date, "");
  EXPECT_EQ(got.articles[0].title, "Тақырып");
  EXPECT_EQ(got.articles[0].paragraphs.size(), 2u);
  ASSERT_EQ(got.issues.size(), 1u);
  EXPECT_NE(got.issues[0].ToString().find("x/no-date.txt"), std::string::npos);
}

TEST(PageReaderTest, InvalidUtf8IsRepairedAndReported) {
  Collected got = ReadPage("01/02/2015\n\nАты \xFF\xFE\n\nМәтін.\n", "bad.txt");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].date, "2015-02-01");
  EXPECT_NE(got.articles[0].title.find("\uFFFD"), std::string::npos);
  ASSERT_FALSE(got.issues.empty());
  EXPECT_NE(got.issues[0].reason.find("UTF-8"), std::string::npos);
}

TEST(PageReaderTest, WindowsLineEndingsReadLikeUnixOnes) {
  Collected got =
      ReadPage("11/11/2016\r\nСайдбар\r\n12/11/2016\r\n\r\nТақырып\r\n\r\nМәтін.\r\n", "crlf.txt");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].date, "2016-11-12");
  EXPECT_EQ(got.articles[0].title, "Тақырып");
  EXPECT_EQ(got.articles[0].paragraphs, (std::vector<std::string>{"Мәтін."}));
}

TEST(PageReaderTest, BinaryOrWrongEncodingFilesAreSkipped) {
  std::string binary;
  uint32_t x = 99;
  for (int i = 0; i < 4000; ++i)
    binary.push_back(static_cast<char>((x = x * 1664525 + 1013904223) >> 24));
  Collected got = ReadPage(binary, "blob.txt");
  EXPECT_TRUE(got.articles.empty());
  ASSERT_EQ(got.issues.size(), 1u);
  EXPECT_NE(got.issues[0].reason.find("skipped"), std::string::npos);
  // Cyrillic in CP1251 single bytes ("Когам", "Текст"): not UTF-8 at all.
  std::string cp1251_text = "12/11/2016\n\n\xCA\xEE\xE3\xE0\xEC\n\n";
  for (int i = 0; i < 4; ++i) cp1251_text += "\xD2\xE5\xEA\xF1\xF2 \xCA\xEE\xE3\xE0\xEC\n";
  Collected cp1251 = ReadPage(cp1251_text, "cp.txt");
  EXPECT_TRUE(cp1251.articles.empty());
}

TEST(PageReaderTest, EmptyPageYieldsNothingButAnIssue) {
  Collected got = ReadPage("\n\n  \n", "empty.txt");
  EXPECT_TRUE(got.articles.empty());
  EXPECT_FALSE(got.issues.empty());
}

TEST(PageReaderTest, InvalidDateLineIsNotTakenForADate) {
  Collected got = ReadPage("31/02/2015\n\nТақырып\n\nМәтін.\n", "d.txt");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].date, "");
}

}  // namespace
}  // namespace izdeu::corpus
