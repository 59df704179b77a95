#include "corpus/formats/jsonl_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "corpus/reader.h"

namespace izdeu::corpus {
namespace {

struct Collected {
  std::vector<Article> articles;
  std::vector<std::string> issues;
};

TEST(JsonlReaderTest, ReadsArticlesAndReportsMalformedLinesByNumber) {
  const std::string content =
      R"({"id":"a1","date":"2015-09-29","title":"Үкімет отырысы","body":"Бірінші абзац.\n\nЕкінші абзац.","url":"http://gov.kz/1","source":"gov.kz","lang":"kk"})"
      "\n"
      "{not json}\n"
      "\n"
      R"({"id":"a2","date":"29.09.2015","title":"x","body":"y"})"
      "\n"
      R"({"title":"no id","body":"z"})"
      "\n"
      R"({"id":"a3","title":"Совещание","body":"Текст"})"
      "\n";
  Collected got;
  JsonlReader().Read(
      content, "news.jsonl", 1, [&](Article&& a) { got.articles.push_back(std::move(a)); },
      [&](const ReadIssue& i) { got.issues.push_back(i.ToString()); });
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_EQ(got.articles[0].id, "a1");
  EXPECT_EQ(got.articles[0].date, "2015-09-29");
  EXPECT_EQ(got.articles[0].date_source, "record");
  EXPECT_EQ(got.articles[0].paragraphs,
            (std::vector<std::string>{"Бірінші абзац.", "Екінші абзац."}));
  EXPECT_EQ(got.articles[0].url, "http://gov.kz/1");
  EXPECT_EQ(got.articles[0].lang, "kk");
  EXPECT_EQ(got.articles[0].origin, "news.jsonl:1");
  EXPECT_EQ(got.articles[1].id, "a3");
  EXPECT_EQ(got.articles[1].date, "");
  ASSERT_EQ(got.issues.size(), 3u);
  EXPECT_EQ(got.issues[0].rfind("news.jsonl:2: invalid JSON", 0), 0u) << got.issues[0];
  EXPECT_EQ(got.issues[1].rfind("news.jsonl:4: \"date\" is not YYYY, YYYY-MM or YYYY-MM-DD", 0), 0u)
      << got.issues[1];
  EXPECT_EQ(got.issues[2], "news.jsonl:5: missing \"id\"");
}

// Issue 12: records with a year or a month only are read, not rejected whole.
TEST(JsonlReaderTest, AcceptsYearAndMonthPrecisionDates) {
  const std::string content = R"({"id":"y","date":"2020","body":"a"})"
                              "\n"
                              R"({"id":"m","date":"2020-04","body":"b"})"
                              "\n"
                              R"({"id":"bad-month","date":"2020-13","body":"c"})"
                              "\n"
                              R"({"id":"bad-day","date":"2020-02-30","body":"d"})"
                              "\n";
  Collected got;
  JsonlReader().Read(
      content, "p.jsonl", 1, [&](Article&& a) { got.articles.push_back(std::move(a)); },
      [&](const ReadIssue& i) { got.issues.push_back(i.ToString()); });
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_EQ(got.articles[0].date, "2020");
  EXPECT_EQ(got.articles[1].date, "2020-04");
  EXPECT_EQ(got.articles[1].date_source, "record");
  EXPECT_EQ(got.issues.size(), 2u);
}

TEST(JsonlReaderTest, LineNumbersContinueAcrossChunks) {
  Collected got;
  JsonlReader().Read(
      "{bad\n", "big.jsonl", 1001, [&](Article&&) {},
      [&](const ReadIssue& i) { got.issues.push_back(i.ToString()); });
  ASSERT_EQ(got.issues.size(), 1u);
  EXPECT_EQ(got.issues[0].rfind("big.jsonl:1001:", 0), 0u);
}

TEST(ReadInputsTest, LinesLongerThanAReadChunkAndCrlfEndings) {
  // JSON Lines files are read in 1 MiB chunks: a 3 MiB article must come through whole, and
  // line numbers must stay right after it. Windows line endings are accepted.
  namespace fs = std::filesystem;
  fs::path file =
      fs::temp_directory_path() / ("izdeu-long-" + std::to_string(::getpid()) + ".jsonl");
  std::string body(3 << 20, 'a');
  {
    std::ofstream out(file, std::ios::binary);
    out << R"({"id":"long","title":"Ұзын","body":")" << body << "\"}\r\n";
    out << "{broken\r\n";
    out << R"({"id":"after","title":"Кейін","body":"Мәтін."})"
        << "\r\n";
  }
  std::vector<Article> articles;
  std::vector<std::string> issues;
  ReadInputs(
      {file.string()}, [&](Article&& a) { articles.push_back(std::move(a)); },
      [&](const ReadIssue& i) { issues.push_back(i.ToString()); });
  fs::remove(file);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].paragraphs.at(0).size(), body.size());
  EXPECT_EQ(articles[1].id, "after");
  EXPECT_EQ(articles[1].origin, file.string() + ":3");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_NE(issues[0].find(".jsonl:2: invalid JSON"), std::string::npos) << issues[0];
}

TEST(ReadInputsTest, WalksFoldersRecursivelyByExtension) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("izdeu-walk-" + std::to_string(::getpid()));
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "sub" / "p1.txt") << "12/11/2016\n\nАты\n\nМәтін.\n";
  std::ofstream(dir / "a.jsonl") << R"({"id":"j1","title":"t","body":"b"})"
                                 << "\n{broken\n";
  std::ofstream(dir / "README.md") << "not an archive\n";
  std::vector<std::string> ids, issues;
  size_t files = ReadInputs(
      {dir.string(), (dir / "missing").string()}, [&](Article&& a) { ids.push_back(a.id); },
      [&](const ReadIssue& i) { issues.push_back(i.ToString()); });
  fs::remove_all(dir);
  EXPECT_EQ(files, 2u);
  EXPECT_EQ(ids, (std::vector<std::string>{"j1", "p1"}));
  ASSERT_EQ(issues.size(), 2u);
  auto reported = [&](const std::string& text) {
    return std::any_of(issues.begin(), issues.end(),
                       [&](const auto& i) { return i.find(text) != std::string::npos; });
  };
  EXPECT_TRUE(reported("a.jsonl:2: invalid JSON"));
  EXPECT_TRUE(reported("missing: no such file or folder"));
}

}  // namespace
}  // namespace izdeu::corpus
