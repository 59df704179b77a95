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

bool PhraseFilter::operator()(const Xapian::Document& doc) const {
  const std::string sequence = doc.get_value(schema::kWordSequenceSlot);
  for (const auto& c : constraints_) {
    if (SequenceContainsPhrase(sequence, c.words) == c.negated) return false;
  }
  return true;
}

}  // namespace izdeu::searchd
