#include "analyzers/org/org_scorer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "analyzers/org/org_features.h"
#include "analyzers/org/org_lexicon.h"
#include "analyzers/org/org_tagger.h"

namespace izdeu::analyzers::org_internal {
namespace {

// The scorer's features: separator 0x1e, another namespace of names than the tagger's.
uint64_t Hash(std::string_view name, std::string_view value) {
  return FeatureHash(name, value, 0x1e);
}

bool IsConjunction(std::string_view lw) {
  return lw == "және" || lw == "мен" || lw == "бен" || lw == "пен" || lw == "и" || lw == "немесе";
}

}  // namespace

std::vector<Cand> LooseCandidates(const TokenList& list, const std::vector<Cand>& chosen) {
  std::vector<Cand> out;
  const size_t n = list.toks.size();
  size_t next = 0;  // first chosen candidate that may overlap
  for (size_t i = 0; i < n; ++i) {
    if (list.toks[i].kind != TokKind::kOpenQuote) continue;
    size_t j = i + 1;
    size_t words = 0;
    while (j < n && list.toks[j].kind == TokKind::kWord && words < 7) {
      ++j;
      ++words;
    }
    if (j >= n || list.toks[j].kind != TokKind::kCloseQuote || words == 0 || words > 6) continue;
    const Tok& first = list.toks[i + 1];
    bool digit = false;
    std::string_view lw = list.Lower(first);
    digit = !lw.empty() && lw[0] >= '0' && lw[0] <= '9';
    if (!first.upper && !first.latin && !digit) continue;
    while (next < chosen.size() && chosen[next].e <= i) ++next;
    bool overlaps = false;
    for (size_t k = next; k < chosen.size() && chosen[k].b <= j && !overlaps; ++k) {
      overlaps = chosen[k].b <= j && i < chosen[k].e;
    }
    if (overlaps) continue;
    Cand c;
    c.b = static_cast<uint32_t>(i);
    c.e = static_cast<uint32_t>(j + 1);
    c.qb = static_cast<uint32_t>(i + 1);
    c.qe = static_cast<uint32_t>(j);
    c.prio = 0;
    out.push_back(c);
    i = j;
  }
  return out;
}

void CandidateFeatures(const OrgGazetteer& gaz, std::string_view text, const TokenList& list,
                       const std::vector<Cand>& cands, const std::vector<bool>& loose, size_t k,
                       std::vector<uint64_t>* out) {
  out->clear();
  const Lexicon& lex = Lexicon::Get();
  const Cand& c = cands[k];
  const long n = static_cast<long>(list.toks.size());
  auto is_word = [&](long i) { return i >= 0 && i < n && list.toks[i].kind == TokKind::kWord; };
  auto word = [&](long i) -> std::string {
    if (i < 0) return "<s>";
    if (i >= n) return "</s>";
    const Tok& t = list.toks[i];
    return t.kind == TokKind::kWord ? std::string(list.Lower(t)) : TokenShape(text, t);
  };
  auto shape = [&](long i) -> std::string {
    if (i < 0) return "<s>";
    if (i >= n) return "</s>";
    return TokenShape(text, list.toks[i]);
  };
  auto facts = [&](long i) -> std::string {
    if (!is_word(i)) return shape(i);
    const Tok& t = list.toks[i];
    return WordFacts(gaz, lex, text.substr(t.start, t.end - t.start), list.Lower(t));
  };
  auto head = [&](long i) -> std::string {
    if (!is_word(i)) return shape(i);
    return HeadCode(lex, list.Lower(list.toks[i]));
  };
  // The candidate's own first and last words (quotes and punctuation at its edges skipped).
  long b = c.b, e = c.e;
  while (b < e && !is_word(b)) ++b;
  while (e > b && !is_word(e - 1)) --e;
  if (b >= e) return;
  long words = 0;
  for (long i = b; i < e; ++i) words += is_word(i);
  std::string src(1, static_cast<char>('0' + c.prio));
  if (c.org >= 0) src += 'L';
  if (loose[k]) src += 'Q';
  if (c.shared_head) src += 'S';
  if (c.ge > c.gb) src += 'G';
  if (c.qe > c.qb) src += 'q';
  const std::string len = std::to_string(std::min<long>(words, 6));
  const std::string hl = head(e - 1), fl = facts(e - 1), k0 = shape(b);
  const std::string w_next = word(c.e), f_next = facts(c.e), w_prev = word(long(c.b) - 1);
  const std::string f_prev = facts(long(c.b) - 1);
  out->push_back(Hash("bias", ""));
  out->push_back(Hash("src", src));
  out->push_back(Hash("len", len));
  out->push_back(Hash("src|len", src + len));
  out->push_back(Hash("k0", k0));
  out->push_back(Hash("src|k0", src + k0));
  out->push_back(Hash("kl", shape(e - 1)));
  out->push_back(Hash("s2l", CodePointSuffix(list.Lower(list.toks[e - 1]), 2)));
  out->push_back(Hash("s3l", CodePointSuffix(list.Lower(list.toks[e - 1]), 3)));
  out->push_back(Hash("hl", hl));
  out->push_back(Hash("fl", fl));
  out->push_back(Hash("f0", facts(b)));
  out->push_back(Hash("hl|k0", hl + k0));
  out->push_back(Hash("w+1", w_next));
  out->push_back(Hash("f+1", f_next));
  out->push_back(Hash("h+1", head(c.e)));
  out->push_back(Hash("k+1", shape(c.e)));
  out->push_back(Hash("w+2", word(long(c.e) + 1)));
  out->push_back(Hash("w+1|w+2", w_next + "|" + word(long(c.e) + 1)));
  if (is_word(c.e)) out->push_back(Hash("s3+1", CodePointSuffix(list.Lower(list.toks[c.e]), 3)));
  out->push_back(Hash("w-1", w_prev));
  out->push_back(Hash("f-1", f_prev));
  out->push_back(Hash("k-1", shape(long(c.b) - 1)));
  out->push_back(Hash("w-2", word(long(c.b) - 2)));
  if (is_word(long(c.b) - 1)) {
    out->push_back(Hash("s3-1", CodePointSuffix(list.Lower(list.toks[c.b - 1]), 3)));
  }
  out->push_back(Hash("src|w+1", src + w_next));
  out->push_back(Hash("src|f+1", src + f_next));
  out->push_back(Hash("src|w-1", src + w_prev));
  out->push_back(Hash("hl|f+1", hl + f_next));
  out->push_back(Hash("hl|w+1", hl + w_next));
  // Coordination with another candidate: "X , Y", "X және Y" (a list of bodies, or of titles).
  auto coord_src = [&](size_t other) {
    std::string s(1, static_cast<char>('0' + cands[other].prio));
    if (cands[other].org >= 0) s += 'L';
    if (loose[other]) s += 'Q';
    return s;
  };
  auto linker = [&](long i) {
    if (i < 0 || i >= n) return false;
    if (is_word(i)) return IsConjunction(list.Lower(list.toks[i]));
    return list.toks[i].kind == TokKind::kPunct && text[list.toks[i].start] == ',';
  };
  if (k > 0 && cands[k - 1].e + 1 == c.b && linker(long(c.b) - 1)) {
    out->push_back(Hash("coord<", coord_src(k - 1)));
    out->push_back(Hash("src|coord<", src + coord_src(k - 1)));
  }
  if (k + 1 < cands.size() && c.e + 1 == cands[k + 1].b && linker(c.e)) {
    out->push_back(Hash("coord>", coord_src(k + 1)));
    out->push_back(Hash("src|coord>", src + coord_src(k + 1)));
  }
}

void MentionScorer::Load(std::string_view tsv) {
  weights_.clear();
  org_internal::ForEachWeightRow(tsv, 1,
                                 [&](uint64_t key, const float* w) { weights_[key] = w[0]; });
}

float MentionScorer::Score(const std::vector<uint64_t>& feats) const {
  float s = 0;
  for (uint64_t f : feats) {
    auto it = weights_.find(f);
    if (it != weights_.end()) s += it->second;
  }
  return s;
}

void ScorerTrainer::Train(const std::vector<uint64_t>& feats, bool positive) {
  // One step of stochastic gradient descent on the logistic loss, with L2 regularisation applied
  // lazily (each weight decays for the steps since it was last touched).
  ++clock_;
  float s = 0;
  for (uint64_t f : feats) {
    Acc& a = acc_[f];
    if (a.stamp < clock_ - 1) {
      a.w *= static_cast<float>(
          std::pow(1.0 - kRate * kL2, static_cast<double>(clock_ - 1 - a.stamp)));
      a.stamp = clock_ - 1;
    }
    s += a.w;
  }
  const double p = 1.0 / (1.0 + std::exp(-static_cast<double>(s)));
  const double g = (positive ? 1.0 : 0.0) - p;
  for (uint64_t f : feats) {
    Acc& a = acc_[f];
    a.w = static_cast<float>(a.w * (1.0 - kRate * kL2) + kRate * g);
    a.stamp = clock_;
  }
}

std::string ScorerTrainer::Write() const {
  std::vector<std::pair<uint64_t, float>> rows;
  for (const auto& [f, a] : acc_) {
    const float w = static_cast<float>(
        a.w * std::pow(1.0 - kRate * kL2, static_cast<double>(clock_ - a.stamp)));
    if (std::fabs(w) >= 1e-4f) rows.emplace_back(f, w);
  }
  std::sort(rows.begin(), rows.end());
  std::string out = "# izdeu mention scorer weights: hash(hex) weight; see org_scorer.h\n";
  char buf[64];
  for (const auto& [f, w] : rows) {
    std::snprintf(buf, sizeof buf, "%llx\t%.5g\n", static_cast<unsigned long long>(f), w);
    out += buf;
  }
  return out;
}

}  // namespace izdeu::analyzers::org_internal
