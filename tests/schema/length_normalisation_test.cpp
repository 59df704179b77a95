// LengthNormalisation: stored wdf ranked with b = 0 must give BM25's own within-document weights.
#include "schema/length_normalisation.h"

#include <gtest/gtest.h>

namespace izdeu::schema {
namespace {

using N = LengthNormalisation;

// BM25's within-document part, without its constant (k1 + 1) factor.
double Bm25(double wdf, double length, double mean) {
  const double l = 1 - N::kB + N::kB * length / mean;
  return wdf / (N::kK1 * l + wdf);
}
double Stored(const N& n, double wdf, double length) {
  const double w = n.StoredWdf(static_cast<Xapian::termcount>(wdf), length);
  return w / (N::kScale * N::kK1 + w);
}

TEST(LengthNormalisationTest, StoredWdfRanksAsBm25Does) {
  const double mean = 300;
  N n(mean);
  for (double wdf : {1, 2, 3, 5, 10, 40}) {
    for (double length : {20, 100, 300, 900, 3000}) {
      EXPECT_NEAR(Stored(n, wdf, length), Bm25(wdf, length, mean), 0.035)
          << "wdf " << wdf << " length " << length;
    }
  }
}

TEST(LengthNormalisationTest, ShorterArticlesAndMoreMentionsWeighMore) {
  N n(300);
  EXPECT_GT(n.StoredWdf(1, 100), n.StoredWdf(1, 300));
  EXPECT_GT(n.StoredWdf(1, 300), n.StoredWdf(1, 1200));
  EXPECT_GT(n.StoredWdf(3, 300), n.StoredWdf(1, 300));
  EXPECT_EQ(n.StoredWdf(1, 300), static_cast<Xapian::termcount>(N::kScale));
  EXPECT_GE(n.StoredWdf(1, 1e9), 1u);  // a mention never vanishes
}

}  // namespace
}  // namespace izdeu::schema
