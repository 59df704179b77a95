// Training of the mention scorer (analyzers/org/org_scorer.h), shared by izdeu-org-train (which
// writes the embedded weights from half A) and izdeu-eval org (which cross-validates it inside
// half A, so that its design can be chosen without looking at half B).
// A candidate is a positive example when one of its mentions names a gold organisation of the
// sentence: its id is the id Resolve gives a gold span (name or alias; each gold span counts once),
// or, for bodies coordinated before one plural head, the whole phrase is a gold span (KazNERD tags
// such a phrase as one organisation). That is the measure the evaluation reports as (b).
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "analyzers/org/org_extractor.h"
#include "analyzers/org/org_scorer.h"

namespace izdeu::analyzers::org_tools {

struct ScorerExample {
  std::vector<uint64_t> features;
  bool positive = false;
};

// The labelled candidates of one sentence. `ex` proposes them (its gazetteer should not contain
// the training sentences' own names, or the scorer learns to trust the list too much).
inline std::vector<ScorerExample> LabelCandidates(const OrgExtractor& ex, const std::string& text,
                                                  const std::vector<std::string>& gold_surfaces) {
  std::vector<std::string> gold_ids;
  for (const std::string& g : gold_surfaces) {
    auto info = ex.Resolve(g);
    if (info) gold_ids.push_back(info->id);
  }
  std::vector<ScorerExample> out;
  size_t last = SIZE_MAX;
  for (const OrgExtractor::CandidateMention& cm : ex.Candidates(text)) {
    if (cm.candidate != last) {
      out.push_back({cm.features, false});
      last = cm.candidate;
    }
    const OrgMention& m = cm.mention;
    auto hit = std::find(gold_ids.begin(), gold_ids.end(), m.id);
    if (hit == gold_ids.end() && (m.group_start != m.start || m.group_end != m.end)) {
      auto whole = ex.Resolve(text.substr(m.group_start, m.group_end - m.group_start));
      if (whole) hit = std::find(gold_ids.begin(), gold_ids.end(), whole->id);
    }
    if (hit != gold_ids.end()) {
      out.back().positive = true;
      if (m.group_start == m.start && m.group_end == m.end) gold_ids.erase(hit);
    }
  }
  return out;
}

// One epoch's deterministic shuffle of `order` (xorshift32 on *seed), so trained weights are
// reproducible; the tagger's and the scorer's training both use it.
inline void ShuffleForEpoch(std::vector<size_t>* order, uint32_t* seed) {
  for (size_t i = order->size(); i > 1; --i) {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 17;
    *seed ^= *seed << 5;
    std::swap((*order)[i - 1], (*order)[*seed % i]);
  }
}

// Averaged perceptron over the sentences' examples, `epochs` passes in a fixed shuffled order
// (deterministic); returns the weights' TSV.
inline std::string TrainScorer(const std::vector<std::vector<ScorerExample>>& sents, int epochs) {
  org_internal::ScorerTrainer trainer;
  std::vector<size_t> order(sents.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  uint32_t seed = 2463534242u;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    ShuffleForEpoch(&order, &seed);
    for (size_t k : order) {
      for (const ScorerExample& e : sents[k]) trainer.Train(e.features, e.positive);
    }
  }
  return trainer.Write();
}

}  // namespace izdeu::analyzers::org_tools
