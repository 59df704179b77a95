// Snippets: the passage chosen, the matched words' spans, and the HTML the HTTP layer makes.
#include "searchd/service/snippet.h"

#include <gtest/gtest.h>

#include "schema/schema.h"
#include "searchd/http/json.h"

namespace izdeu::searchd {
namespace {

// The kWordSequenceSlot value the indexer writes: title stems, 0, then each paragraph's stems
// followed by 0.
std::string Sequence(analyzers::Analyzer& analyzer, const std::string& title,
                     const std::vector<std::string>& paragraphs) {
  std::string sequence;
  auto add = [&](const std::string& text) {
    analyzer.ForEachWord(text, [&](const analyzers::Word& w) {
      schema::AppendSequenceWord(
          schema::StemHash(analyzer.Stem(w.norm, analyzers::Language::kKazakh)), &sequence);
    });
    schema::AppendSequenceWord(0, &sequence);
  };
  add(title);
  for (const auto& p : paragraphs) add(p);
  return sequence;
}

TEST(SnippetTest, MarksTheMatchedWordsAsSpans) {
  analyzers::Analyzer analyzer;
  std::vector<std::string> paragraphs = {"Қалалық мәслихат бюджетті бекітті.",
                                         "Қоғамдық кеңес <b>отырысы</b> өтті & аяқталды."};
  std::string seq = Sequence(analyzer, "Тақырып", paragraphs);
  const std::string stem = analyzer.Stem("бюджет", analyzers::Language::kKazakh);
  Snippet s = MakeSnippet(paragraphs, seq, {stem}, analyzer);
  ASSERT_EQ(s.marks.size(), 1u);
  EXPECT_EQ(s.text.substr(s.marks[0].offset, s.marks[0].length), "бюджетті");
  EXPECT_NE(s.text.find("<b>отырысы</b>"), std::string::npos);  // plain text, not escaped
}

TEST(SnippetTest, HttpLayerEscapesEverythingAndMarksSpans) {
  Snippet s;
  s.text = "a <b> & \"бюджетті\" 'x'";
  const size_t at = s.text.find("бюджетті");
  s.marks.push_back({at, std::string("бюджетті").size()});
  EXPECT_EQ(http::SnippetHtml(s),
            "a &lt;b&gt; &amp; &quot;<mark>бюджетті</mark>&quot; &#39;x&#39;");
  s.marks.push_back({s.text.size(), 5});  // out of range: ignored, never read past the text
  EXPECT_EQ(http::SnippetHtml(s),
            "a &lt;b&gt; &amp; &quot;<mark>бюджетті</mark>&quot; &#39;x&#39;");
}

TEST(SnippetTest, OpeningWordsWhenTheSequenceDoesNotFit) {
  analyzers::Analyzer analyzer;
  std::vector<std::string> paragraphs = {"Бірінші сөйлем.", "Екінші сөйлем."};
  Snippet s = MakeSnippet(paragraphs, "", {"бірінші"}, analyzer);
  EXPECT_TRUE(s.marks.empty());
  EXPECT_EQ(s.text.rfind("Бірінші", 0), 0u);
}

}  // namespace
}  // namespace izdeu::searchd
