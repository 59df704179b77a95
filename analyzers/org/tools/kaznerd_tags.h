// Reads the KazNERD IOB2 file (../shared/data/ner-kaznerd/IOB2_valid2.txt) into sent_id -> one
// tag per token: each sentence starts with an id line ("AID327344 O"), then "token tag" lines,
// and ends with a blank line. Also the split into half A (learnt from: gazetteer, tagger) and
// half B (held out for izdeu-eval org). Shared by the tagger's trainer and izdeu-eval org, so
// the two can never disagree on which sentences are held out.
#pragma once

#include <cstdint>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace izdeu::analyzers::org_tools {

inline std::unordered_map<std::string, std::vector<std::string>> LoadKazNerdTags(
    const std::string& path) {
  std::unordered_map<std::string, std::vector<std::string>> tags;
  std::ifstream in(path);
  std::string line, id;
  while (std::getline(in, line)) {
    if (line.empty()) {
      id.clear();
      continue;
    }
    const size_t sp = line.rfind(' ');
    if (id.empty()) {
      id = line.substr(0, sp);
      tags[id];
      continue;
    }
    tags[id].push_back(line.substr(sp + 1));
  }
  return tags;
}

// True for a sentence of half A: FNV-1a of the digits of its id is even (AID327344 and
// BID327344, two annotations of one sentence, fall in the same half).
inline uint32_t KazNerdIdHash(const std::string& sent_id) {
  uint32_t h = 2166136261u;
  for (unsigned char c : sent_id) {
    if (c < '0' || c > '9') continue;
    h ^= c;
    h *= 16777619u;
  }
  return h;
}
inline bool InKazNerdHalfA(const std::string& sent_id) { return KazNerdIdHash(sent_id) % 2 == 0; }

// The fold (0 or 1) of a sentence inside its half: the next bit of the same hash, so the three
// spellings of one sentence share a fold. Used for cross-validation within half A, and to split
// half B into fold B1 (read for development since session 11) and fold B2 (still held out).
inline int KazNerdFold(const std::string& sent_id) { return (KazNerdIdHash(sent_id) >> 1) & 1; }

}  // namespace izdeu::analyzers::org_tools
