#include "analyzers/org/org_features.h"

#include <algorithm>
#include <charconv>
#include <vector>

namespace izdeu::analyzers::org_internal {

uint64_t FeatureHash(std::string_view name, std::string_view value, unsigned char separator) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : name) h = (h ^ c) * 1099511628211ull;
  h = (h ^ separator) * 1099511628211ull;
  for (unsigned char c : value) h = (h ^ c) * 1099511628211ull;
  return h;
}

std::string_view CodePointSuffix(std::string_view s, size_t n) {
  size_t i = s.size();
  while (i > 0 && n > 0) {
    --i;
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) --n;
  }
  return s.substr(i);
}

std::string_view CodePointPrefix(std::string_view s, size_t n) {
  size_t i = 0;
  while (i < s.size() && n > 0) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --n;
  }
  return s.substr(0, i);
}

std::string TokenShape(std::string_view text, const Tok& t) {
  switch (t.kind) {
    case TokKind::kOpenQuote:
      return "Q<";
    case TokKind::kCloseQuote:
      return "Q>";
    case TokKind::kSentEnd:
      return ".";
    case TokKind::kPunct: {
      std::string p = "P";
      p.append(text.substr(t.start, std::min<uint32_t>(t.end - t.start, 3)));
      return p;
    }
    case TokKind::kWord:
      break;
  }
  std::string s = "W";
  if (t.upper) s += 'U';
  if (t.allcaps) s += 'A';
  if (t.latin) s += 'L';
  if (t.sent_start) s += 'S';
  for (uint32_t k = t.start; k < t.end; ++k) {
    if (text[k] >= '0' && text[k] <= '9') {
      s += 'D';
      break;
    }
  }
  return s;
}

void ForEachWeightRow(std::string_view tsv, size_t n,
                      const std::function<void(uint64_t key, const float* weights)>& row) {
  std::vector<float> weights(n);
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    if (nl == std::string_view::npos) nl = tsv.size();
    std::string_view line = tsv.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    const char* end = line.data() + line.size();
    uint64_t key = 0;
    auto r = std::from_chars(line.data(), end, key, 16);
    if (r.ec != std::errc()) continue;
    const char* p = r.ptr;
    bool ok = true;
    for (size_t i = 0; i < n && ok; ++i) {
      if (p >= end || *p != '\t') {
        ok = false;
        break;
      }
      auto rf = std::from_chars(p + 1, end, weights[i]);
      ok = rf.ec == std::errc();
      p = rf.ptr;
    }
    if (ok) row(key, weights.data());
  }
}

}  // namespace izdeu::analyzers::org_internal
