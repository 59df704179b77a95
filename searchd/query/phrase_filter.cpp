#include "searchd/query/phrase_filter.h"

#include <algorithm>

#include "schema/schema.h"

namespace izdeu::searchd {
namespace {

bool OneOf(uint32_t hash, const std::vector<uint32_t>& choices) {
  return std::find(choices.begin(), choices.end(), hash) != choices.end();
}

}  // namespace

bool SequenceContainsPhrase(std::string_view sequence,
                            const std::vector<std::vector<uint32_t>>& words) {
  const size_t n = schema::SequenceLength(sequence);
  if (words.empty()) return true;
  if (words.size() > n) return false;
  for (size_t start = 0; start + words.size() <= n; ++start) {
    size_t k = 0;
    while (k < words.size() && OneOf(schema::SequenceWordAt(sequence, start + k), words[k])) ++k;
    if (k == words.size()) return true;
  }
  return false;
}

bool SequenceContainsNear(std::string_view sequence,
                          const std::vector<std::vector<uint32_t>>& words, int max_gap) {
  const size_t n = schema::SequenceLength(sequence);
  if (words.empty()) return true;
  const size_t window = words.size() + static_cast<size_t>(std::max(max_gap, 0));
  // For each start position holding one of the words, look for all of them in the window.
  for (size_t start = 0; start < n; ++start) {
    const uint32_t first = schema::SequenceWordAt(sequence, start);
    bool any = false;
    for (const auto& w : words) any = any || OneOf(first, w);
    if (!any) continue;
    size_t found = 0;
    for (const auto& w : words) {
      for (size_t at = start; at < n && at < start + window; ++at) {
        if (OneOf(schema::SequenceWordAt(sequence, at), w)) {
          ++found;
          break;
        }
      }
    }
    if (found == words.size()) return true;
  }
  return false;
}

bool PhraseFilter::operator()(const Xapian::Document& doc) const {
  const std::string sequence = doc.get_value(schema::kWordSequenceSlot);
  for (const auto& c : constraints_) {
    const bool has = c.near < 0 ? SequenceContainsPhrase(sequence, c.words)
                                : SequenceContainsNear(sequence, c.words, c.near);
    if (has == c.negated) return false;
  }
  return true;
}

}  // namespace izdeu::searchd
