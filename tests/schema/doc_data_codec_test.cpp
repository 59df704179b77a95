// DocDataCodec on the shipped sample corpus: a dictionary learnt from real Kazakh/Russian
// articles, lossless round trips, smaller data, and clear errors for damaged or foreign data.
#include "schema/doc_data_codec.h"

#include <gtest/gtest.h>

#include "corpus/reader.h"
#include "schema/schema.h"
#include "tests/test_paths.h"

namespace izdeu::schema {
namespace {

std::vector<DocData> SampleDocs() {
  std::vector<DocData> docs;
  corpus::ReadInputs(
      {testing::SourcePath("corpus/sample/civic-news.jsonl")},
      [&](corpus::Article&& a) {
        DocData d;
        d.id = a.id;
        d.date = a.date;
        d.title = a.title;
        d.url = a.url;
        d.source = a.source;
        d.lang = a.lang;
        d.orgs = {{"soros-qazaqstan-qory", "Сорос-Қазақстан Қоры", {{0, 0, 4}}}};
        d.paragraphs = a.paragraphs;
        docs.push_back(std::move(d));
      },
      [](const corpus::ReadIssue&) {});
  return docs;
}

std::string TrainedDictionary(const std::vector<DocData>& docs) {
  std::vector<std::string> samples;
  for (const auto& d : docs) samples.push_back(EncodeDocData(d));
  return DocDataCodec::TrainDictionary(samples);
}

TEST(DocDataCodecTest, RoundTripsTheSampleCorpusInLessThanHalfTheBytes) {
  const auto docs = SampleDocs();
  ASSERT_GE(docs.size(), 300u);
  DocDataCodec codec(TrainedDictionary(docs));
  ASSERT_FALSE(codec.dictionary().empty());
  size_t plain = 0, stored = 0;
  for (const auto& d : docs) {
    const std::string bytes = codec.Encode(d);
    plain += EncodeDocData(d).size();
    stored += bytes.size();
    auto back = codec.Decode(bytes);
    ASSERT_TRUE(back.ok()) << back.status().message();
    EXPECT_EQ(back->id, d.id);
    EXPECT_EQ(back->title, d.title);
    EXPECT_EQ(back->date, d.date);
    EXPECT_EQ(back->paragraphs, d.paragraphs);
    ASSERT_EQ(back->orgs.size(), 1u);
    EXPECT_EQ(back->orgs[0].name, "Сорос-Қазақстан Қоры");
  }
  // Measured 0.26-0.35 on such text; zlib per document (what Xapian does) gives about 0.41.
  EXPECT_LT(stored, plain / 2) << "stored " << stored << " of " << plain << " bytes";
}

TEST(DocDataCodecTest, ReadsUncompressedDataOfOlderIndexes) {
  const auto docs = SampleDocs();
  DocDataCodec with_dictionary(TrainedDictionary(docs));
  DocDataCodec without;
  const std::string old_bytes = without.Encode(docs[0]);
  EXPECT_EQ(old_bytes, EncodeDocData(docs[0]));
  auto back = with_dictionary.Decode(old_bytes);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->title, docs[0].title);
}

// Compressed data goes to its value slot, out of reach of glass's zlib; plain data stays in the
// document data, where zlib helps. Load finds both, and schema 3's compressed document data.
TEST(DocDataCodecTest, StoresCompressedDataInItsSlotAndLoadsEveryPlace) {
  const auto docs = SampleDocs();
  DocDataCodec codec(TrainedDictionary(docs));
  Xapian::Document compressed;
  codec.Store(docs[2], &compressed);
  EXPECT_TRUE(compressed.get_data().empty());
  EXPECT_EQ(compressed.get_value(kDocDataSlot), codec.Encode(docs[2]));
  auto back = codec.Load(compressed);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->paragraphs, docs[2].paragraphs);

  DocDataCodec without;
  Xapian::Document plain;
  without.Store(docs[3], &plain);
  EXPECT_TRUE(plain.get_value(kDocDataSlot).empty());
  EXPECT_EQ(plain.get_data(), EncodeDocData(docs[3]));
  for (DocDataCodec* reader : {&codec, &without}) {
    auto plain_back = reader->Load(plain);
    ASSERT_TRUE(plain_back.ok());
    EXPECT_EQ(plain_back->title, docs[3].title);
  }

  Xapian::Document schema3;
  schema3.set_data(codec.Encode(docs[4]));
  auto schema3_back = codec.Load(schema3);
  ASSERT_TRUE(schema3_back.ok());
  EXPECT_EQ(schema3_back->title, docs[4].title);
}

// Format 4 (schema 7) keeps the date's source and precision and each organisation's mentions
// with their job-title flag; format 3 (schema 5 and 6) keeps the mentions without the flag;
// format 1, which older indexes hold and updates of them still write, decodes without them.
TEST(DocDataCodecTest, Format4KeepsMentionFlagsAndFormats3And1StillRead) {
  auto docs = SampleDocs();
  DocData d = docs[5];
  d.date_source = "text";
  d.date_precision = "day";
  d.orgs = {{"ukimet", "Үкімет", {{-1, 0, 12, false}, {2, 40, 58, true}}},
            {"majilis", "Мәжіліс", {}}};
  auto back = DecodeDocData(EncodeDocData(d));
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->date_source, "text");
  EXPECT_EQ(back->date_precision, "day");
  ASSERT_EQ(back->orgs.size(), 2u);
  ASSERT_EQ(back->orgs[0].mentions.size(), 2u);
  EXPECT_EQ(back->orgs[0].mentions[0].paragraph, -1);
  EXPECT_EQ(back->orgs[0].mentions[1].paragraph, 2);
  EXPECT_EQ(back->orgs[0].mentions[1].start, 40u);
  EXPECT_EQ(back->orgs[0].mentions[1].end, 58u);
  EXPECT_FALSE(back->orgs[0].mentions[0].in_title);
  EXPECT_TRUE(back->orgs[0].mentions[1].in_title);
  EXPECT_FALSE(back->orgs[0].OnlyInTitles());
  EXPECT_TRUE(back->orgs[1].mentions.empty());
  EXPECT_FALSE(back->orgs[1].OnlyInTitles());
  EXPECT_EQ(back->paragraphs, d.paragraphs);

  const std::string v3 = EncodeDocData(d, /*format=*/3);
  EXPECT_EQ(v3.front(), 3);
  auto v3_back = DecodeDocData(v3);
  ASSERT_TRUE(v3_back.ok()) << v3_back.status().message();
  ASSERT_EQ(v3_back->orgs[0].mentions.size(), 2u);
  EXPECT_EQ(v3_back->orgs[0].mentions[1].end, 58u);
  EXPECT_FALSE(v3_back->orgs[0].mentions[1].in_title);
  EXPECT_EQ(v3_back->paragraphs, d.paragraphs);

  const std::string old = EncodeDocData(d, /*format=*/1);
  EXPECT_EQ(old.front(), 1);
  auto old_back = DecodeDocData(old);
  ASSERT_TRUE(old_back.ok()) << old_back.status().message();
  EXPECT_EQ(old_back->title, d.title);
  EXPECT_EQ(old_back->date_source, "");
  EXPECT_TRUE(old_back->orgs[0].mentions.empty());
  EXPECT_EQ(old_back->orgs[1].name, "Мәжіліс");
  EXPECT_EQ(old_back->paragraphs, d.paragraphs);
}

// Every cut of a format-4 encoding, and its bytes read as another format, are errors; an index's
// schema decides the format its updates write.
TEST(DocDataCodecTest, DamagedFormat4IsAnErrorAndSchemasPickTheirFormat) {
  DocData d = SampleDocs()[5];
  d.orgs = {{"ukimet", "Үкімет", {{-1, 0, 12, true}, {0, 3, 9, false}}}};
  const std::string bytes = EncodeDocData(d);
  ASSERT_EQ(bytes.front(), 4);
  ASSERT_TRUE(DecodeDocData(bytes).ok());
  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    EXPECT_FALSE(DecodeDocData(bytes.substr(0, cut)).ok()) << cut;
  }
  std::string as3 = bytes;
  as3[0] = 3;  // the flags would be read as the next field
  EXPECT_FALSE(DecodeDocData(as3).ok());
  std::string v3 = EncodeDocData(d, 3);
  v3[0] = 4;  // a flag is missing after each mention
  EXPECT_FALSE(DecodeDocData(v3).ok());

  EXPECT_EQ(DocDataFormatForSchema(3), 1);
  EXPECT_EQ(DocDataFormatForSchema(5), 3);
  EXPECT_EQ(DocDataFormatForSchema(6), 3);
  EXPECT_EQ(DocDataFormatForSchema(7), 4);
}

TEST(DocDataCodecTest, DamagedOrForeignDataIsAnErrorNotACrash) {
  const auto docs = SampleDocs();
  DocDataCodec codec(TrainedDictionary(docs));
  const std::string bytes = codec.Encode(docs[1]);

  DocDataCodec without;
  auto no_dictionary = without.Decode(bytes);
  ASSERT_FALSE(no_dictionary.ok());
  EXPECT_NE(no_dictionary.status().message().find("dictionary"), std::string::npos);

  for (size_t keep : {size_t{1}, size_t{3}, bytes.size() / 2, bytes.size() - 1}) {
    EXPECT_FALSE(codec.Decode(std::string_view(bytes).substr(0, keep)).ok()) << keep;
  }
  std::string flipped = bytes;
  for (size_t i = 1; i < flipped.size(); i += 7) flipped[i] = static_cast<char>(~flipped[i]);
  EXPECT_FALSE(codec.Decode(flipped).ok());
  EXPECT_FALSE(codec.Decode("").ok());
}

TEST(DocDataCodecTest, TooFewSamplesLearnNoDictionary) {
  auto docs = SampleDocs();
  docs.resize(20);
  EXPECT_TRUE(TrainedDictionary(docs).empty());
}

}  // namespace
}  // namespace izdeu::schema
