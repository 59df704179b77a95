// PhraseFilter: exact phrase matching without a positional index. The indexer stores each
// article's word sequence as StemHash values (schema kWordSequenceSlot); a phrase query is run
// (or NEAR/n) as the AND of its words, and this Xapian::MatchDecider keeps the articles whose
// sequence has the words next to each other, in order. Negated phrases reject the articles that
// have them. Not usable on Xapian's remote backend (it refuses a MatchDecider): the way there is a
// PostingSource over kWordSequenceSlot whose check() runs the same test, registered on the server.
// Why: Xapian's positional table cost ~1.2x the raw text here, the sequence ~0.25x
// (bench/RESULTS.md), and checking a candidate's sequence takes about a microsecond.
// Thread-safety: immutable after construction; used by one Enquire at a time.
#pragma once

#include <xapian.h>
#include <cstdint>
#include <string_view>
#include <vector>

namespace izdeu::searchd {

struct PhraseConstraint {
  // One entry per word of the phrase: the StemHash values any of which may stand there
  // (several when a word has several spellings or stems, e.g. a Latin query word).
  std::vector<std::vector<uint32_t>> words;
  bool negated = false;
  // -1: an exact phrase (the words next to each other, in order). n >= 0: NEAR/n, the words in
  // any order with at most n other words between the first and the last of them.
  int near = -1;
};

// True when `sequence` (kWordSequenceSlot bytes) holds `words` consecutively.
bool SequenceContainsPhrase(std::string_view sequence,
                            const std::vector<std::vector<uint32_t>>& words);

// True when `sequence` holds every one of `words` (in any order) within a window of
// words.size() + max_gap words.
bool SequenceContainsNear(std::string_view sequence,
                          const std::vector<std::vector<uint32_t>>& words, int max_gap);

class PhraseFilter : public Xapian::MatchDecider {
 public:
  explicit PhraseFilter(std::vector<PhraseConstraint> constraints)
      : constraints_(std::move(constraints)) {}
  bool operator()(const Xapian::Document& doc) const override;
  bool empty() const { return constraints_.empty(); }

 private:
  std::vector<PhraseConstraint> constraints_;
};

}  // namespace izdeu::searchd
