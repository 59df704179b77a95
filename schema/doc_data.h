// DocData: what the index stores for display, and its encoding (stored by DocDataCodec, in
// Xapian's document data or, compressed, in a value slot).
// Encoding (PERSISTENT FORMAT, version byte first): length-prefixed UTF-8 strings (varint
// lengths) in the field order below; lists are a varint count followed by their items.
// Thread-safety: plain values and pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace izdeu::schema {

struct OrgRef {
  std::string id;
  std::string name;
};

struct DocData {
  std::string id;
  std::string date;  // YYYY-MM-DD or empty
  std::string title;
  std::string url;
  std::string source;
  std::string lang;
  std::vector<OrgRef> orgs;
  std::vector<std::string> paragraphs;
};

std::string EncodeDocData(const DocData& data);
// Returns CorruptInput when `bytes` is not an encoding produced by EncodeDocData.
Result<DocData> DecodeDocData(std::string_view bytes);

}  // namespace izdeu::schema
