// The izdeu index schema, shared by the indexer (writes) and searchd (reads): term prefixes,
// value slots and the document data format. Documented for people in docs/schema.md; a test
// checks that the two agree.
//
// PERSISTENT FORMAT: prefixes and slot numbers are stored in every index. Never change the
// meaning of an existing one; add new ones instead (and bump kSchemaVersion for new readers).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace izdeu::schema {

// Version stored in the database metadata under kSchemaVersionKey.
// 2: month terms (kMonthPrefix). 3: pair terms (kPairPrefix), compressed document data
// (kDocDictionaryKey) and length-normalised wdf (kMeanLengthKey). 4: compressed document data
// in kDocDataSlot instead of Xapian's document data. 5: document data format 3 (date source and
// precision, organisation mentions with offsets), kDateSourcePrefix terms, YYYY and YYYY-MM dates.
// 6: word-form terms (kFormPrefix), year-only date terms (kYearOnlyPrefix). 7: document data
// format 4 (mentions inside a person's job title are flagged).
inline constexpr std::string_view kSchemaVersion = "7";
inline constexpr std::string_view kSchemaVersionKey = "izdeu.schema";
// kSchemaVersion as a number, to compare with an index's (SchemaVersionOf).
inline int CurrentSchemaVersion() { return std::stoi(std::string(kSchemaVersion)); }

// --- Term prefixes (Omega's letters where they fit; X... for ours) ---
// Unprefixed terms: stems of title and body words (no positions: phrases use kWordSequenceSlot).
inline constexpr std::string_view kIdPrefix = "Q";          // Q<article id>: the unique id term
inline constexpr std::string_view kTitlePrefix = "S";       // S<stem>: title words, no positions
inline constexpr std::string_view kLangPrefix = "L";        // L<kk|ru|other>: article language
inline constexpr std::string_view kOrgPrefix = "XORG";      // XORG<org id>: organisation mentioned
inline constexpr std::string_view kSourcePrefix = "XSRC";   // XSRC<source>: site or archive name
inline constexpr std::string_view kNoDateTerm = "XNODATE";  // articles whose date is unknown
inline constexpr std::string_view kMonthPrefix = "XM";      // XM<YYYYMM>: the publication month
// XY<YYYY>: the publication year of an article dated by its year only (it has no month term);
// with the month terms, every dated article has one date term, so date filters are posting lists.
inline constexpr std::string_view kYearOnlyPrefix = "XY";
// XDS<record|page|text>: where the article's date came from (text: guessed from its words).
inline constexpr std::string_view kDateSourcePrefix = "XDS";
// W<normalised word>: a title or body word as written (lower case, look-alikes repaired) when it
// is not its own stem (кеңеске, бюджета), or is the bare form of a stem outside the index's
// common stems (Шардара; not кеңес), with the wdf its stem would get; no positions. Ranks the
// exact form a query typed above other forms of its stem (query_builder.h).
// Why not every form: every form cost 38% more index and indexing time on real text, inflected
// forms 26% and ~10%, and bare forms of uncommon stems 2.6% more (bench/RESULTS.md); a bare
// form of a common stem is in too many articles for its bonus to apply (kMaxExactFormShare).
// Indexes built before 2026-12-07 have inflected forms only: bare forms there get no bonus.
inline constexpr std::string_view kFormPrefix = "W";
// XP<rank><rank>: two adjacent words whose stems are both common (common_stems.h); boolean.
inline constexpr std::string_view kPairPrefix = "XP";

// --- Value slots ---
enum Slot : unsigned {
  // "YYYYMMDD" (sorts as a string); empty when unknown. A month- or year-precision date is
  // stored as its first day (2020-04 -> 20200401).
  kDateSlot = 0,
  kOrgsSlot = 1,  // org ids of the article joined by kListSeparator, for facet counts
  // The article's words in order as StemHash values, 4 bytes little-endian each; a 0 separates
  // the title from the body and paragraphs from each other. Phrase queries check it: about 4 bytes
  // a word instead of Xapian's positional index (~20 bytes a word here), see docs/schema.md.
  kWordSequenceSlot = 2,
  // The article's stored data when it is zstd-compressed (doc_data_codec.h). Not Xapian's
  // document data: glass zlib-compresses that on every write and again at compaction, which on
  // zstd output saves nothing and cost 12-17% of the indexer's CPU (bench/RESULTS.md, item 13).
  kDocDataSlot = 3,
};
inline constexpr char kListSeparator = '\x1f';

// Hash of a stem in kWordSequenceSlot: 32-bit FNV-1a, never 0 (0 is the separator).
inline uint32_t StemHash(std::string_view stem) {
  uint32_t h = 2166136261u;
  for (unsigned char c : stem) h = (h ^ c) * 16777619u;
  return h == 0 ? 1 : h;
}

// The kWordSequenceSlot encoding: 4 bytes little-endian per word.
inline void AppendSequenceWord(uint32_t hash, std::string* sequence) {
  for (int i = 0; i < 4; ++i) sequence->push_back(static_cast<char>((hash >> (8 * i)) & 0xFF));
}
inline size_t SequenceLength(std::string_view sequence) { return sequence.size() / 4; }
// REQUIRES: i < SequenceLength(sequence).
inline uint32_t SequenceWordAt(std::string_view sequence, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(sequence.data()) + 4 * i;
  return static_cast<uint32_t>(p[0]) | (static_cast<uint32_t>(p[1]) << 8) |
         (static_cast<uint32_t>(p[2]) << 16) | (static_cast<uint32_t>(p[3]) << 24);
}

// Title words count this many times in the unprefixed terms, so BM25 ranks title matches first.
inline constexpr unsigned kTitleWdf = 3;

// Xapian rejects terms longer than 245 bytes; longer ids are hashed, longer words dropped.
inline constexpr size_t kMaxTermBytes = 240;

// Metadata key for an organisation's display name: "org:" + id -> name.
inline constexpr std::string_view kOrgNameKeyPrefix = "org:";
// Metadata learnt from the first articles of a fresh build (index_profile.h): the zstd
// dictionary of the document data, and the common stems that get pair terms.
inline constexpr std::string_view kDocDictionaryKey = "izdeu.doc_dictionary";
inline constexpr std::string_view kCommonStemsKey = "izdeu.common_stems";
inline constexpr std::string_view kMeanLengthKey = "izdeu.mean_length";

// The unique id term of an article (hashed when the id is too long, as Omega's hashterm does).
std::string IdTerm(std::string_view article_id);

}  // namespace izdeu::schema
