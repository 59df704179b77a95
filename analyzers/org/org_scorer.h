// Internal to analyzers/org: a learnt scorer of candidate mentions, stacked on the hand-written
// rules. The rules (and the loose proposals below) give candidates; the scorer looks at each one
// as a whole — which rule found it, whether the gazetteer knows it, its first and last words and
// their shapes and suffixes, its head noun, the words around it, quotes, coordination with another
// candidate — and keeps it when its score is positive. So it learns the annotation's conventions
// that no single rule sees (a body named in a job title or an event is no mention of its own in
// KazNERD; a bare quoted name coordinated with a company is a company) from the data.
// Weights: tools/train_org_model.cpp --scorer-out, trained on half A of the KazNERD validation
// split, embedded as analyzers/org/data/org_scorer.tsv. Measured accuracy: docs/organisations.md.
// Thread-safety: a MentionScorer is immutable after Load; a ScorerTrainer belongs to one thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyzers/org/org_candidates.h"
#include "analyzers/org/org_gazetteer.h"
#include "analyzers/org/org_scanner.h"

namespace izdeu::analyzers::org_internal {

// Bare quoted names that no rule took (1-6 words inside « », the first capitalised, Latin or a
// digit, no other candidate overlapping): titles of works and events far more often than
// organisations, so they are proposed only for the scorer to judge. Marked by `loose`.
std::vector<Cand> LooseCandidates(const TokenList& list, const std::vector<Cand>& chosen);

// The feature hashes of candidate `k` of `cands` (ordered by start, not overlapping; `loose`
// marks the loose ones) in the text `list` was scanned from.
void CandidateFeatures(const OrgGazetteer& gaz, std::string_view text, const TokenList& list,
                       const std::vector<Cand>& cands, const std::vector<bool>& loose, size_t k,
                       std::vector<uint64_t>* out);

class MentionScorer {
 public:
  // Parses `hash(hex)<TAB>weight` lines ('#' starts a comment; malformed lines are skipped).
  void Load(std::string_view tsv);
  bool empty() const { return weights_.empty(); }
  float Score(const std::vector<uint64_t>& feats) const;

 private:
  std::unordered_map<uint64_t, float> weights_;
};

// Logistic regression by stochastic gradient descent with L2 regularisation (used by the trainer
// and the evaluation's cross-validation only); a score is then the log-odds of a mention.
class ScorerTrainer {
 public:
  static constexpr double kRate = 0.05;  // learning rate
  static constexpr double kL2 = 0.001;   // L2 weight per step
  // One example, positive or not.
  void Train(const std::vector<uint64_t>& feats, bool positive);
  // The weights as TSV for MentionScorer::Load.
  std::string Write() const;

 private:
  struct Acc {
    float w = 0;
    long stamp = 0;  // the step whose regularisation was last applied
  };
  std::unordered_map<uint64_t, Acc> acc_;
  long clock_ = 0;
};

}  // namespace izdeu::analyzers::org_internal
