// DocDataCodec: document data as stored in the index. With a dictionary (learnt from the
// index's own first articles, index_profile.h) the EncodeDocData bytes are compressed with zstd.
// Why: Xapian compresses each document's data on its own with zlib, and a 3 KB article gives
// zlib too little text to learn from (41% of the size on the benchmark corpus). A dictionary of
// the archive's common words brings it to 26%, and zstd decodes several times faster, which
// every search pays for each hit it shows.
// Stored form (PERSISTENT): kCompressedFormat + one zstd frame of the EncodeDocData bytes when
// the codec has a dictionary; the EncodeDocData bytes as they are otherwise (older indexes, and
// samples too small to learn a dictionary from). Decode reads both.
// Stored place (PERSISTENT): compressed bytes in the value slot schema::kDocDataSlot, plain bytes
// in Xapian's document data (whose zlib helps them); Store and Load keep to it, and Load also
// reads the compressed document data of schema 3 indexes.
// Thread-safety: not thread-safe (owns zstd contexts); one codec per thread.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "schema/doc_data.h"

namespace izdeu::schema {

class DocDataCodec {
 public:
  // An empty `dictionary` stores documents uncompressed (Xapian's own zlib then applies).
  // `compressed_in_slot` false keeps compressed data in the document data, as schema 3 did.
  // `format`: the plain encoding (doc_data.h); older ones for an update of an older index.
  explicit DocDataCodec(std::string dictionary = {}, bool compressed_in_slot = true,
                        int format = kDocDataFormat);
  ~DocDataCodec();
  DocDataCodec(const DocDataCodec&) = delete;
  DocDataCodec& operator=(const DocDataCodec&) = delete;

  std::string Encode(const DocData& data);
  // CorruptInput when `stored` is damaged, or compressed with a dictionary this codec lacks.
  Result<DocData> Decode(std::string_view stored);

  // Encode into the document's stored place, and Decode from it.
  void Store(const DocData& data, Xapian::Document* doc);
  Result<DocData> Load(const Xapian::Document& doc);
  const std::string& dictionary() const;

  // A dictionary learnt from `samples` (EncodeDocData results); empty when they are too few or
  // too small to learn one from.
  static std::string TrainDictionary(const std::vector<std::string>& samples);

 private:
  struct Contexts;
  std::unique_ptr<Contexts> z_;
  bool compressed_in_slot_;
  int format_;
};

}  // namespace izdeu::schema
