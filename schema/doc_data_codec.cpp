#include "schema/doc_data_codec.h"

#include <zdict.h>
#include <zstd.h>

#include <algorithm>

#include "schema/schema.h"

namespace izdeu::schema {
namespace {

constexpr char kCompressedFormat = 2;  // EncodeDocData writes formats 1 and 3, never 2
// zstd level 3 (its default) with a dictionary: 26% of the text on the benchmark corpus, where
// level 19 gives 21% at a tenth of the speed.
constexpr int kLevel = 3;
constexpr size_t kDictionaryBytes = 112 * 1024;  // zstd's own default size
constexpr size_t kMinDictionaryBytes = 8 * 1024;
constexpr size_t kMinSamples = 100;
// Documents larger than this are refused when decoding: no article is, and a damaged frame
// header must not make us allocate gigabytes.
constexpr unsigned long long kMaxDocumentBytes = 256ull << 20;

}  // namespace

struct DocDataCodec::Contexts {
  std::string dictionary;
  ZSTD_CCtx* cctx = nullptr;
  ZSTD_DCtx* dctx = nullptr;
  ZSTD_CDict* cdict = nullptr;  // created on first Encode: searchd only decodes
  ZSTD_DDict* ddict = nullptr;
  ~Contexts() {
    ZSTD_freeCCtx(cctx);
    ZSTD_freeDCtx(dctx);
    ZSTD_freeCDict(cdict);
    ZSTD_freeDDict(ddict);
  }
};

DocDataCodec::DocDataCodec(std::string dictionary, bool compressed_in_slot, int format)
    : z_(std::make_unique<Contexts>()), compressed_in_slot_(compressed_in_slot), format_(format) {
  z_->dictionary = std::move(dictionary);
}

DocDataCodec::~DocDataCodec() = default;

const std::string& DocDataCodec::dictionary() const { return z_->dictionary; }

std::string DocDataCodec::Encode(const DocData& data) {
  std::string plain = EncodeDocData(data, format_);
  if (z_->dictionary.empty()) return plain;
  if (z_->cdict == nullptr) {
    z_->cctx = ZSTD_createCCtx();
    z_->cdict = ZSTD_createCDict(z_->dictionary.data(), z_->dictionary.size(), kLevel);
  }
  std::string out(1 + ZSTD_compressBound(plain.size()), '\0');
  out[0] = kCompressedFormat;
  size_t n = ZSTD_compress_usingCDict(z_->cctx, out.data() + 1, out.size() - 1, plain.data(),
                                      plain.size(), z_->cdict);
  if (ZSTD_isError(n)) return plain;  // cannot happen with a bound-sized buffer; stay readable
  out.resize(1 + n);
  return out;
}

Result<DocData> DocDataCodec::Decode(std::string_view stored) {
  if (stored.empty() || stored.front() != kCompressedFormat) return DecodeDocData(stored);
  if (z_->dictionary.empty()) {
    return Status::CorruptInput("document data is compressed but the index has no dictionary");
  }
  if (z_->ddict == nullptr) {
    z_->dctx = ZSTD_createDCtx();
    z_->ddict = ZSTD_createDDict(z_->dictionary.data(), z_->dictionary.size());
  }
  stored.remove_prefix(1);
  const unsigned long long size = ZSTD_getFrameContentSize(stored.data(), stored.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN ||
      size > kMaxDocumentBytes) {
    return Status::CorruptInput("document data has a damaged compressed frame");
  }
  std::string plain(size, '\0');
  size_t n = ZSTD_decompress_usingDDict(z_->dctx, plain.data(), plain.size(), stored.data(),
                                        stored.size(), z_->ddict);
  if (ZSTD_isError(n) || n != size) {
    return Status::CorruptInput(std::string("document data does not decompress: ") +
                                (ZSTD_isError(n) ? ZSTD_getErrorName(n) : "wrong size"));
  }
  return DecodeDocData(plain);
}

void DocDataCodec::Store(const DocData& data, Xapian::Document* doc) {
  std::string stored = Encode(data);
  if (compressed_in_slot_ && !stored.empty() && stored.front() == kCompressedFormat) {
    doc->add_value(kDocDataSlot, std::move(stored));
  } else {
    doc->set_data(std::move(stored));
  }
}

Result<DocData> DocDataCodec::Load(const Xapian::Document& doc) {
  if (!z_->dictionary.empty()) {  // only an index with a dictionary has compressed data
    std::string stored = doc.get_value(kDocDataSlot);
    if (!stored.empty()) return Decode(stored);
  }
  return Decode(doc.get_data());
}

std::string DocDataCodec::TrainDictionary(const std::vector<std::string>& samples) {
  std::string joined;
  std::vector<size_t> sizes;
  for (const auto& s : samples) {
    joined += s;
    sizes.push_back(s.size());
  }
  // zstd wants many samples, and about ten times the dictionary's size in text to learn from; a
  // smaller sample gets a smaller dictionary, and too few samples none (noise, not a vocabulary).
  const size_t capacity = std::min(kDictionaryBytes, joined.size() / 10);
  if (samples.size() < kMinSamples || capacity < kMinDictionaryBytes) return {};
  std::string dictionary(capacity, '\0');
  size_t n = ZDICT_trainFromBuffer(dictionary.data(), dictionary.size(), joined.data(),
                                   sizes.data(), static_cast<unsigned>(sizes.size()));
  if (ZDICT_isError(n)) return {};
  dictionary.resize(n);
  return dictionary;
}

}  // namespace izdeu::schema
