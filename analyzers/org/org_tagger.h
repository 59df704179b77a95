// Internal to analyzers/org: a learnt sequence model over the scanner's tokens that decides which
// tokens belong to an organisation name. It is a greedy left-to-right averaged perceptron with the
// tags O, B (first token of a name) and I (inside); its features are word shape, suffixes and a
// prefix, the neighbouring words, quotes, head-noun forms, title words, gazetteer facts (place,
// person word, common word) and the candidates the hand-written rules proposed. So the rules are
// one signal among others: the model learns when a rule's candidate is a name (and when it is
// part of a job title, an award or an event), and it can find names no list and no rule knows.
// Weights come from tools/train_org_model.cpp (trained on half A of the KazNERD validation split)
// and are embedded as analyzers/org/data/org_model.tsv. Format and measured accuracy:
// docs/organisations.md.
// Thread-safety: an OrgModel is immutable after Load (reads are thread-safe); an OrgTrainer and a
// TaggerInput belong to one thread.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyzers/org/org_candidates.h"
#include "analyzers/org/org_gazetteer.h"
#include "analyzers/org/org_lexicon.h"
#include "analyzers/org/org_scanner.h"

namespace izdeu::analyzers::org_internal {

enum Tag : uint8_t { kTagO = 0, kTagB = 1, kTagI = 2 };
constexpr int kNumTags = 3;

// The static features of every token of a text (hashes), computed once per text.
struct TaggerInput {
  std::vector<std::vector<uint64_t>> feats;  // per token
  std::vector<uint8_t> rule_tag;             // per token: the rules' tag (kTagO/B/I)
};

// Head-noun code of a folded word: "" (none), else K/R (language) + class + p (possessive) + m
// (plural).
std::string HeadCode(const Lexicon& lex, std::string_view lw);
// Lexical facts of a folded word, one letter each (p place, n person-name word, c common word, w
// word seen inside names, a adjective, t title of a person, o oblique case, g genitive, x capital
// stop word, l legal form). `surface` is the word as written.
std::string WordFacts(const OrgGazetteer& gaz, const Lexicon& lex, std::string_view surface,
                      std::string_view lw);

// Fills *in for the tokens of `list` (scanned from `text`), given the rules' chosen candidates.
void BuildTaggerInput(const OrgGazetteer& gaz, std::string_view text, const TokenList& list,
                      const std::vector<Cand>& rule_cands, TaggerInput* in);

class OrgModel {
 public:
  // Parses the TSV written by OrgTrainer::Write (`hash<TAB>wO<TAB>wB<TAB>wI`, hash in hex; lines
  // starting with '#' are comments). Malformed lines are skipped. An empty model tags nothing.
  void Load(std::string_view tsv);
  bool empty() const { return weights_.empty(); }
  size_t size() const { return weights_.size(); }

  // Greedy decoding: the tag of each token (same size as in.feats). I never follows O.
  std::vector<uint8_t> Tag(const TaggerInput& in) const;

 private:
  friend class OrgTrainer;
  void AddScores(uint64_t f, std::array<float, kNumTags>* s) const;
  std::unordered_map<uint64_t, std::array<float, kNumTags>> weights_;
};

// The features that depend on the previous tag (added to a token's static ones while decoding).
void DynamicFeatures(const TaggerInput& in, size_t i, uint8_t prev_tag, std::vector<uint64_t>* out);

// Token spans [b, e) of the names in a tag sequence (B I*), without leading or trailing quote and
// punctuation tokens.
std::vector<std::pair<uint32_t, uint32_t>> SpansOf(const TokenList& list,
                                                   const std::vector<uint8_t>& tags);

// Averaged perceptron training (used by tools/train_org_model.cpp only).
class OrgTrainer {
 public:
  // One pass over one sentence. `gold` holds a tag per token; a token whose `care` is false (it
  // lies inside a span the gold data leaves unannotated for organisations, such as a job title)
  // takes the predicted tag without an update.
  void Train(const TaggerInput& in, const std::vector<uint8_t>& gold,
             const std::vector<bool>& care);
  // The averaged weights as TSV (see OrgModel::Load); weights below `min_abs` are dropped.
  std::string Write(float min_abs) const;

 private:
  struct Acc {
    std::array<float, kNumTags> w{};
    std::array<double, kNumTags> total{};
    std::array<long, kNumTags> stamp{};
  };
  void Update(uint64_t f, int tag, float delta);
  std::unordered_map<uint64_t, Acc> acc_;
  long clock_ = 0;
};

}  // namespace izdeu::analyzers::org_internal
