// Latency percentiles for the benchmark programs. Thread-safe (pure).
#pragma once

#include <algorithm>
#include <vector>

namespace izdeu::bench {

// The p-quantile (0 <= p <= 1) of `v` by rank; 0 for an empty sample.
inline double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * v.size()))];
}

}  // namespace izdeu::bench
