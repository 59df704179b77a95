// LengthNormalisation: BM25's document length normalisation, applied when indexing instead of at
// every match.
// Why: Xapian 1.4's BM25 reads each matching document's length from a separate posting list;
// for a common word that doubled the cost of a search (in-process throughput on 1-2 word
// queries 2,274 -> 3,931 queries/s at 100k articles without it). BM25's within-document part is
//     wdf (k1 + 1) / (k1 L + wdf),   L = 1 - b + b * length / mean_length
// so storing wdf' = kScale * wdf / L (rounded, at least 1) and ranking with k1' = kScale * k1
// and b = 0 gives the same ratios with no length look-up: wdf'/(k1' + wdf') =
// wdf/(k1 L + wdf). The mean length comes from the sample a fresh build learns its profile
// from (index_profile.h); an index without it keeps raw wdf and Xapian's own normalisation.
// Thread-safety: plain values and pure functions.
#pragma once

#include <xapian.h>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>

namespace izdeu::schema {

class LengthNormalisation {
 public:
  // Xapian's BM25 defaults (k1 = 1, b = 0.5), and the resolution of the stored wdf: a word seen
  // once in an article of mean length is stored as 16.
  static constexpr double kK1 = 1.0, kB = 0.5, kScale = 16.0;

  // REQUIRES: mean_length > 0.
  explicit LengthNormalisation(double mean_length) : mean_length_(mean_length) {}

  // The wdf to store for a term seen `wdf` times in an article of `length` words.
  Xapian::termcount StoredWdf(Xapian::termcount wdf, double length) const {
    const double l = 1 - kB + kB * length / mean_length_;
    return static_cast<Xapian::termcount>(std::max(1.0, std::round(kScale * wdf / l)));
  }

  // The weighting that ranks a normalised index as BM25 ranks a plain one, made in `*weight`
  // (Xapian weights cannot be copied).
  static void MakeWeighting(std::optional<Xapian::BM25Weight>* weight) {
    weight->emplace(kScale * kK1, 0, 1, 0, 0.5);
  }

 private:
  double mean_length_;
};

}  // namespace izdeu::schema
