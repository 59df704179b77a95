// Internal to analyzers/org: the feature pieces the learnt tagger (org_tagger.h) and the mention
// scorer (org_scorer.h) both use, so that a word's shape or suffix means the same to both.
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "analyzers/org/org_scanner.h"

namespace izdeu::analyzers::org_internal {

// FNV-1a 64 of a feature name, `separator` and the feature's value, so feature strings are never
// stored. Each model has its own separator (its own namespace of names); trained weights depend
// on it.
uint64_t FeatureHash(std::string_view name, std::string_view value, unsigned char separator);

// The last `n` code points of `s` (all of it when shorter).
std::string_view CodePointSuffix(std::string_view s, size_t n);
// The first `n` code points of `s`.
std::string_view CodePointPrefix(std::string_view s, size_t n);

// A short shape code of token `t` of `text`: W (word) + U upper, A all caps, L Latin,
// S sentence start, D digit; quotes, sentence ends and other punctuation by kind (P + up to
// three bytes of it).
std::string TokenShape(std::string_view text, const Tok& t);

// The rows of a weights file (data/org_model.tsv, data/org_scorer.tsv): "<hex key>" and then
// `n` floats, each after a tab. Calls `row(key, weights)` with `n` floats for each such line;
// blank lines, # comments and malformed lines are skipped.
void ForEachWeightRow(std::string_view tsv, size_t n,
                      const std::function<void(uint64_t key, const float* weights)>& row);

}  // namespace izdeu::analyzers::org_internal
