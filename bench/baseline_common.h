// Shared by the baseline programs (Xapian as it comes, SQLite FTS5): read the same JSONL corpus
// through izdeu's own reader, time the same query file, print one Markdown row.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "bench/percentile.h"
#include "corpus/reader.h"

namespace izdeu::bench {

using Clock = std::chrono::steady_clock;

inline std::vector<std::string> ReadLines(const std::string& path) {
  std::vector<std::string> lines;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

// Times run(query) for each query; returns latencies in ms.
inline std::vector<double> TimeQueries(const std::vector<std::string>& queries,
                                       const std::function<void(const std::string&)>& run) {
  std::vector<double> ms;
  for (const auto& q : queries) {
    auto start = Clock::now();
    run(q);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  return ms;
}

inline uint64_t DirBytes(const std::string& path) {
  std::string cmd = "du -sb '" + path + "' 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  unsigned long long bytes = 0;
  if (p != nullptr) {
    if (std::fscanf(p, "%llu", &bytes) != 1) bytes = 0;
    pclose(p);
  }
  return bytes;
}

}  // namespace izdeu::bench
