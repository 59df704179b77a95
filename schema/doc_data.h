// DocData: what the index stores for display, and its encoding (stored by DocDataCodec, in
// Xapian's document data or, compressed, in a value slot).
// Encoding (PERSISTENT FORMAT, version byte first): length-prefixed UTF-8 strings (varint
// lengths) in the field order below; lists are a varint count followed by their items.
// Format 1: id, date, title, url, source, lang, orgs (id, name), paragraphs. Format 3 (2 is taken
// by DocDataCodec's compressed form) adds date_source and date_precision after lang, and each
// org's mentions (varint paragraph+1, start, end) after its name. Format 4 (schema 7) adds a
// varint of flags after each mention's end (bit 0: OrgMentionRef::in_title). Decode reads all.
// Thread-safety: plain values and pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <optional>
#include <string_view>

#include "common/status.h"

namespace izdeu::schema {

// One mention of an organisation: where it is in the stored text, as written there.
struct OrgMentionRef {
  int32_t paragraph = -1;  // index into DocData::paragraphs; -1 for the title
  uint32_t start = 0;      // byte offset of the first byte in that paragraph (or title)
  uint32_t end = 0;        // byte offset one past the last byte
  // Named only as part of one person's job title (Ақтау қалалық мәслихатының депутаты): the
  // article still counts for the organisation's filter, but does not name it as a body.
  bool in_title = false;
};

struct OrgRef {
  std::string id;
  std::string name;
  std::vector<OrgMentionRef> mentions;  // in text order; empty in indexes before format 3
  // True when every mention is inside a job title (never for an org without mentions).
  bool OnlyInTitles() const {
    for (const auto& m : mentions) {
      if (!m.in_title) return false;
    }
    return !mentions.empty();
  }
};

struct DocData {
  std::string id;
  std::string date;  // YYYY-MM-DD or empty
  // Where the date came from: "record", "page" or "text" (found in the article's text, a guess);
  // empty when undated or in indexes before format 3.
  std::string date_source;
  // "day", "month" or "year" (a record gave YYYY-MM or YYYY; `date` is then its first day);
  // empty when undated or in indexes before format 3.
  std::string date_precision;
  std::string title;
  std::string url;
  std::string source;
  std::string lang;
  std::vector<OrgRef> orgs;
  std::vector<std::string> paragraphs;
};

// The text of `mention` as written in `data` (its title or paragraph); nullopt when its offsets
// do not fit that text, which only damaged data could hold.
std::optional<std::string_view> MentionText(const DocData& data, const OrgMentionRef& mention);

// The newest format, and the one an index of a given schema version reads.
inline constexpr int kDocDataFormat = 4;
int DocDataFormatForSchema(int schema_version);

// `format` 1 (for an update of an index older than schema 5) leaves out the date source and
// precision and the mentions; 3 (schema 5 and 6) leaves out the mentions' flags.
// REQUIRES: format is 1, 3 or 4.
std::string EncodeDocData(const DocData& data, int format = kDocDataFormat);
// Returns CorruptInput when `bytes` is not an encoding produced by EncodeDocData.
Result<DocData> DecodeDocData(std::string_view bytes);

}  // namespace izdeu::schema
