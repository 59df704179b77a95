// izdeu-org-train: trains the organisation tagger (analyzers/org/org_tagger.h) and writes its
// weights, the file embedded as analyzers/org/data/org_model.tsv.
//
//   izdeu-org-train --data ../shared/data --out analyzers/org/data/org_model.tsv
//   izdeu-org-train --data ../shared/data --scorer-out analyzers/org/data/org_scorer.tsv
//     (the mention scorer, org_scorer.h, instead of the tagger)
//   izdeu-org-train --help   (the options; writes nothing)
//
// Training data: half A of the KazNERD validation split (ner-kaznerd/org_gold_valid.tsv, halved
// by FNV-1a-32 of the sent_id digits as bench/eval/eval_org.cpp and build_gazetteer.py do), so
// half B stays unseen for the evaluation. The rules run with the gazetteer *without* its
// kaznerd-valid-A rows: on half A those rows would make the rules look perfect, and the model
// would learn to trust them more than it should on unseen text. Tokens inside a gold POSITION,
// EVENT or FACILITY span (KazNERD tags "Ақтау қалалық мәслихатының депутаты" as one POSITION and
// leaves the organisation inside unannotated) are not learnt from. Deterministic: same data, same
// weights.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyzers/org/org_candidates.h"
#include "analyzers/org/org_gazetteer.h"
#include "analyzers/org/org_tagger.h"
#include "analyzers/org/tools/kaznerd_tags.h"
#include "analyzers/org/tools/scorer_training.h"
#include "common/embedded.h"

IZDEU_EMBEDDED(org_gazetteer)

namespace {

using namespace izdeu::analyzers;
using namespace izdeu::analyzers::org_internal;

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  return out;
}

struct Sentence {
  std::string id, text;
  std::vector<std::string> gold_surfaces;
  std::vector<uint32_t> tok_start, tok_end;  // KazNERD tokens, byte offsets in text
  std::vector<std::pair<int, int>> gold;     // token spans
};

std::vector<Sentence> LoadGold(const std::string& path) {
  std::vector<Sentence> out;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    auto cols = Split(line, '\t');
    if (cols.size() < 2 || !org_tools::InKazNerdHalfA(cols[0])) continue;
    Sentence s;
    s.id = cols[0];
    s.text = cols[1];
    uint32_t pos = 0;
    for (const auto& t : Split(s.text, ' ')) {
      s.tok_start.push_back(pos);
      s.tok_end.push_back(pos + static_cast<uint32_t>(t.size()));
      pos += static_cast<uint32_t>(t.size()) + 1;
    }
    if (cols.size() >= 3) {
      for (const auto& g : Split(cols[2], '|')) {
        size_t c1 = g.find(':'), c2 = g.find(':', c1 + 1);
        if (c1 == std::string::npos || c2 == std::string::npos) continue;
        s.gold.emplace_back(std::stoi(g.substr(0, c1)), std::stoi(g.substr(c1 + 1, c2 - c1 - 1)));
        s.gold_surfaces.push_back(g.substr(c2 + 1));
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = "../shared/data", out_path = "analyzers/org/data/org_model.tsv";
  std::string scorer_out;
  int epochs = 3, scorer_epochs = 10;
  bool learn_nested = true, full_gazetteer = false;
  CLI::App app{
      "izdeu-org-train: trains the organisation tagger (default) or, with --scorer-out, the "
      "mention scorer on half A of the KazNERD validation split, and writes its weights "
      "(docs/organisations.md)."};
  app.add_option("--data", data, "folder of the shared evaluation data")->capture_default_str();
  app.add_option("--out", out_path, "where the tagger's weights are written")
      ->capture_default_str();
  app.add_option("--epochs", epochs, "tagger epochs")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  app.add_option("--scorer-out", scorer_out,
                 "train the mention scorer instead and write its weights here");
  app.add_option("--scorer-epochs", scorer_epochs, "scorer epochs")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  app.add_option("--learn-nested", learn_nested,
                 "1: learn from tokens inside gold POSITION/EVENT/FACILITY spans too")
      ->capture_default_str();
  app.add_option("--full-gazetteer", full_gazetteer,
                 "1: keep the gazetteer's kaznerd-valid-A rows (the model then over-trusts them)")
      ->capture_default_str();
  // --help prints the usage and exits 0 before anything is read or written; a usage error
  // (unknown option, missing or bad value) exits 2, like the other tools' usage errors.
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  std::vector<Sentence> sents = LoadGold(data + "/ner-kaznerd/org_gold_valid.tsv");
  auto tags = org_tools::LoadKazNerdTags(data + "/ner-kaznerd/IOB2_valid2.txt");
  if (sents.empty()) {
    std::fprintf(stderr, "no training sentences under %s\n", data.c_str());
    return 1;
  }
  OrgGazetteer gaz(org_gazetteer_view(), full_gazetteer
                                             ? std::vector<std::string>{}
                                             : std::vector<std::string>{"kaznerd-valid-A"});

  if (!scorer_out.empty()) {
    // The mention scorer (org_scorer.h): candidates from the rules with the same gazetteer.
    OrgExtractor rules(full_gazetteer
                           ? std::string(org_gazetteer_view())
                           : GazetteerWithoutSources(org_gazetteer_view(), {"kaznerd-valid-A"}));
    std::vector<std::vector<org_tools::ScorerExample>> examples;
    for (const Sentence& s : sents) {
      examples.push_back(org_tools::LabelCandidates(rules, s.text, s.gold_surfaces));
    }
    std::ofstream out(scorer_out);
    out << org_tools::TrainScorer(examples, scorer_epochs);
    std::fprintf(stderr, "mention scorer: %zu sentences (half A), %d epochs -> %s\n",
                 examples.size(), scorer_epochs, scorer_out.c_str());
    return out ? 0 : 1;
  }

  // Inputs once; the epochs only re-run the perceptron.
  struct Example {
    TaggerInput in;
    std::vector<uint8_t> gold;
    std::vector<bool> care;
  };
  std::vector<Example> examples;
  examples.reserve(sents.size());
  for (const Sentence& s : sents) {
    CandidatePass pass(gaz, s.text);
    std::vector<Cand> cands = pass.Run();
    const TokenList& list = pass.list();
    Example ex;
    BuildTaggerInput(gaz, s.text, list, cands, &ex.in);
    const size_t n = list.toks.size();
    ex.gold.assign(n, kTagO);
    ex.care.assign(n, true);
    for (const auto& [b, e] : s.gold) {
      uint32_t lo = s.tok_start[b], hi = s.tok_end[e - 1];
      bool first = true;
      for (size_t i = 0; i < n; ++i) {
        if (list.toks[i].start >= lo && list.toks[i].end <= hi) {
          ex.gold[i] = first ? kTagB : kTagI;
          first = false;
        }
      }
    }
    auto it = tags.find(s.id);
    if (it != tags.end()) {
      const auto& t = it->second;
      for (size_t k = 0; k < t.size() && k < s.tok_start.size(); ++k) {
        bool unannotated =
            t[k].size() > 2 && (t[k].substr(2) == "POSITION" || t[k].substr(2) == "EVENT" ||
                                t[k].substr(2) == "FACILITY");
        if (!unannotated || learn_nested) continue;
        for (size_t i = 0; i < n; ++i) {
          if (list.toks[i].start >= s.tok_start[k] && list.toks[i].end <= s.tok_end[k] &&
              ex.gold[i] == kTagO) {
            ex.care[i] = false;
          }
        }
      }
    }
    examples.push_back(std::move(ex));
  }

  OrgTrainer trainer;
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  uint32_t seed = 12345;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    org_tools::ShuffleForEpoch(&order, &seed);  // deterministic, so the weights are reproducible
    for (size_t k : order) trainer.Train(examples[k].in, examples[k].gold, examples[k].care);
  }
  std::ofstream out(out_path);
  out << trainer.Write(0.001f);
  std::fprintf(stderr, "trained on %zu sentences (half A), %d epochs -> %s\n", examples.size(),
               epochs, out_path.c_str());
  return out ? 0 : 1;
}
