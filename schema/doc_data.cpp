#include "schema/doc_data.h"

#include <cassert>
#include <functional>

#include "schema/schema.h"

namespace izdeu::schema {
namespace {

// Format version bytes: 1, 3 and 4 (2 is DocDataCodec's compressed form).
constexpr uint64_t kInTitleFlag = 1;

void PutVarint(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

void PutString(std::string_view s, std::string* out) {
  PutVarint(s.size(), out);
  out->append(s);
}

// Reads from a view, consuming it; every Get returns false on truncated or malformed input.
class Decoder {
 public:
  explicit Decoder(std::string_view in) : in_(in) {}
  bool GetVarint(uint64_t* v) {
    *v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (in_.empty()) return false;
      auto byte = static_cast<unsigned char>(in_.front());
      in_.remove_prefix(1);
      *v |= static_cast<uint64_t>(byte & 0x7F) << shift;
      if (byte < 0x80) return true;
    }
    return false;
  }
  bool GetString(std::string* s) {
    uint64_t n;
    if (!GetVarint(&n) || n > in_.size()) return false;
    s->assign(in_.substr(0, n));
    in_.remove_prefix(n);
    return true;
  }
  bool GetCount(uint64_t* n) { return GetVarint(n) && *n <= in_.size(); }
  bool AtEnd() const { return in_.empty(); }

 private:
  std::string_view in_;
};

}  // namespace

std::string IdTerm(std::string_view article_id) {
  std::string term(kIdPrefix);
  if (kIdPrefix.size() + article_id.size() <= kMaxTermBytes) {
    term.append(article_id);
  } else {
    // Keep a readable head and make the tail unique with a hash of the whole id.
    term.append(article_id.substr(0, 200));
    term += '#';
    term += std::to_string(std::hash<std::string_view>{}(article_id));
  }
  return term;
}

int DocDataFormatForSchema(int schema_version) {
  return schema_version >= 7 ? 4 : schema_version >= 5 ? 3 : 1;
}

std::string EncodeDocData(const DocData& data, int format) {
  assert(format == 1 || format == 3 || format == 4);  // 2 is the codec's compressed form
  const bool format3 = format >= 3;
  std::string out;
  size_t body = 0;
  for (const auto& p : data.paragraphs) body += p.size() + 2;
  out.reserve(64 + data.title.size() + body);
  out.push_back(static_cast<char>(format));
  for (const std::string* field :
       {&data.id, &data.date, &data.title, &data.url, &data.source, &data.lang}) {
    PutString(*field, &out);
  }
  if (format3) {
    PutString(data.date_source, &out);
    PutString(data.date_precision, &out);
  }
  PutVarint(data.orgs.size(), &out);
  for (const OrgRef& org : data.orgs) {
    PutString(org.id, &out);
    PutString(org.name, &out);
    if (!format3) continue;
    PutVarint(org.mentions.size(), &out);
    for (const OrgMentionRef& m : org.mentions) {
      PutVarint(static_cast<uint64_t>(m.paragraph + 1), &out);
      PutVarint(m.start, &out);
      PutVarint(m.end, &out);
      if (format >= 4) PutVarint(m.in_title ? kInTitleFlag : 0, &out);
    }
  }
  PutVarint(data.paragraphs.size(), &out);
  for (const std::string& p : data.paragraphs) PutString(p, &out);
  return out;
}

Result<DocData> DecodeDocData(std::string_view bytes) {
  const int format = bytes.empty() ? 0 : bytes.front();
  if (format != 1 && format != 3 && format != 4) {
    return Status::CorruptInput("document data has an unknown format version");
  }
  const bool v3 = format >= 3;
  Decoder in(bytes.substr(1));
  DocData data;
  uint64_t n = 0;
  bool ok = in.GetString(&data.id) && in.GetString(&data.date) && in.GetString(&data.title) &&
            in.GetString(&data.url) && in.GetString(&data.source) && in.GetString(&data.lang);
  if (v3) ok = ok && in.GetString(&data.date_source) && in.GetString(&data.date_precision);
  ok = ok && in.GetCount(&n);
  for (uint64_t i = 0; ok && i < n; ++i) {
    OrgRef org;
    ok = in.GetString(&org.id) && in.GetString(&org.name);
    uint64_t m = 0;
    if (v3) ok = ok && in.GetCount(&m);
    for (uint64_t k = 0; ok && k < m; ++k) {
      uint64_t para = 0, start = 0, end = 0, flags = 0;
      ok = in.GetVarint(&para) && in.GetVarint(&start) && in.GetVarint(&end) && para <= INT32_MAX &&
           start <= end && end <= UINT32_MAX;
      if (format >= 4) ok = ok && in.GetVarint(&flags);
      org.mentions.push_back({static_cast<int32_t>(para) - 1, static_cast<uint32_t>(start),
                              static_cast<uint32_t>(end), (flags & kInTitleFlag) != 0});
    }
    data.orgs.push_back(std::move(org));
  }
  ok = ok && in.GetCount(&n);
  for (uint64_t i = 0; ok && i < n; ++i) {
    ok = in.GetString(&data.paragraphs.emplace_back());
  }
  if (!ok || !in.AtEnd()) return Status::CorruptInput("document data is truncated or malformed");
  return data;
}

std::optional<std::string_view> MentionText(const DocData& data, const OrgMentionRef& mention) {
  const std::string* text = mention.paragraph < 0 ? &data.title
                            : static_cast<size_t>(mention.paragraph) < data.paragraphs.size()
                                ? &data.paragraphs[mention.paragraph]
                                : nullptr;
  if (text == nullptr || mention.start > mention.end || mention.end > text->size()) {
    return std::nullopt;
  }
  return std::string_view(*text).substr(mention.start, mention.end - mention.start);
}

}  // namespace izdeu::schema
