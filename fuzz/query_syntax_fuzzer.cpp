// Fuzzes the user query syntax parser (searchd/query/query_syntax.h).
// Invariants: an accepted query is within the size, depth and term limits; its root is a kAnd;
// date bounds, when set, are 8 digits as ParseDateRange promises.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "searchd/query/query_syntax.h"

namespace {

using izdeu::searchd::NodeKind;
using izdeu::searchd::QueryNode;

bool IsYyyymmdd(const std::string& s) {
  if (s.size() != 8) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Counts the leaves (words, phrases, prefixes, filters) and checks the depth of groups.
size_t Leaves(const QueryNode& node, int depth) {
  FUZZ_CHECK(depth <= izdeu::searchd::kMaxQueryDepth + 2);
  if (node.children.empty()) return node.kind == NodeKind::kAnd ? 0 : 1;
  size_t n = 0;
  for (const auto& child : node.children) n += Leaves(child, depth + 1);
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = izdeu::searchd::ParseQuery(text);
  if (parsed.ok()) {
    FUZZ_CHECK(size <= izdeu::searchd::kMaxQueryBytes);
    FUZZ_CHECK(parsed->kind == NodeKind::kAnd);
    FUZZ_CHECK(Leaves(parsed.value(), 0) <= izdeu::searchd::kMaxQueryTerms);
  }
  std::string from, to;
  if (izdeu::searchd::ParseDateRange(text, &from, &to).ok()) {
    FUZZ_CHECK(from.empty() || IsYyyymmdd(from));
    FUZZ_CHECK(to.empty() || IsYyyymmdd(to));
  }
  return 0;
}
