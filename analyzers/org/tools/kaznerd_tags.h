// Reads the KazNERD IOB2 file (../shared/data/ner-kaznerd/IOB2_valid2.txt) into sent_id -> one
// tag per token: each sentence starts with an id line ("AID327344 O"), then "token tag" lines,
// and ends with a blank line. Shared by the tagger's trainer and izdeu-eval org.
#pragma once

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

}  // namespace izdeu::analyzers::org_tools
