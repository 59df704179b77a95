// CommonStems: the stems found in a large share of an archive's articles, which decide where the
// indexer writes pair terms (schema kPairPrefix) and where phrase queries can use them.
// Why: a phrase of two widespread words ("қазақстан жобасы") has hundreds of thousands of
// candidate articles in a million, each checked against its stored word sequence (~200 ms). Two
// adjacent stems whose shares multiply to at least the pair share (the share of articles
// expected to hold both) get a pair term, as Lucene's CommonGrams filter does for common words;
// rarer pairs have few enough candidates to check one by one.
// The table is learnt from the first articles of a fresh build and stored in the index
// (index_profile.h), so the indexer and every later query decide alike.
// Thread-safety: immutable after construction.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace izdeu::schema {

struct CommonStem {
  double share = 0;   // of the articles that hold the stem
  uint32_t rank = 0;  // 0 for the most common stem; names it in pair terms
};

class CommonStems {
 public:
  // Pairs expected in at least this share of the articles get a pair term (IndexerOptions).
  // A pair below it is checked article by article (PhraseFilter, ~1 us each), so the share
  // bounds a phrase's work: at most about share x archive candidates (10,000 at a million).
  // Measured on real sentences at 100k (bench/RESULTS.md), 0.1 / 0.02 / 0.01 / 0.005: index
  // 419 / 444 / 456 / 467 MB, indexing user CPU 177 / 186 / 194 / 202 s, phrase p99 21-23 /
  // 11 / 7.5-9 / 4.6-5 ms. 0.01 buys most of the phrase time for +9% index.
  static constexpr double kDefaultPairShare = 0.01;
  // The share of a stored table without its pair_share line: what builds used then.
  static constexpr double kLegacyPairShare = 0.2;
  // Pair terms name stems by rank in two characters of a 64-letter alphabet.
  static constexpr uint32_t kMaxStems = 64 * 64;

  CommonStems() = default;
  // From the number of sampled articles holding each stem, out of `sample_size`.
  static CommonStems FromDocumentFrequencies(const std::unordered_map<std::string, uint32_t>& df,
                                             uint32_t sample_size,
                                             double pair_share = kDefaultPairShare);
  // The form Serialize writes; lines it cannot read are skipped (an empty table is valid).
  static CommonStems Parse(std::string_view serialized);
  std::string Serialize() const;

  // The stem's entry when it is common enough to be in a pair; else nullptr.
  const CommonStem* Find(const std::string& stem) const {
    auto it = stems_.find(stem);
    return it == stems_.end() ? nullptr : &it->second;
  }
  // True when two adjacent words with these stems (Find results) have a pair term.
  bool PairIndexed(const CommonStem* first, const CommonStem* second) const {
    return first != nullptr && second != nullptr && first->share * second->share >= pair_share_;
  }
  // The pair term of two adjacent stems: kPairPrefix + their ranks (6 bytes; a term of the two
  // stems spelt out would be ~25 bytes in every posting and term list it is in).
  static std::string PairTerm(const CommonStem& first, const CommonStem& second);

  bool empty() const { return stems_.empty(); }
  size_t size() const { return stems_.size(); }

 private:
  // Builds the table from stems and shares, most common first (ties by stem), at most kMaxStems.
  static CommonStems FromShares(std::vector<std::pair<double, std::string>> rows,
                                double pair_share);

  double pair_share_ = kDefaultPairShare;
  std::unordered_map<std::string, CommonStem> stems_;
};

}  // namespace izdeu::schema
