#include "analyzers/org/org_tagger.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "analyzers/org/org_features.h"
#include "analyzers/org/org_lexicon.h"

namespace izdeu::analyzers::org_internal {
namespace {

// The tagger's features: separator 0x1f (its trained weights depend on it).
uint64_t Hash(std::string_view name, std::string_view value) {
  return FeatureHash(name, value, 0x1f);
}

const char* kTagNames[] = {"O", "B", "I"};

}  // namespace

// Head-noun code of a folded word: "" (none), else K/R (language) + class + p (possessive) + m
// (plural).
std::string HeadCode(const Lexicon& lex, std::string_view lw) {
  const HeadForm* f = lex.FindKazakhHead(lw);
  char lang = 'K';
  if (f == nullptr) {
    f = lex.FindRussianHead(lw);
    lang = 'R';
  }
  if (f == nullptr) return {};
  std::string c(1, lang);
  c += static_cast<char>('0' + static_cast<int>(lex.head(f->head).cls));
  if (f->poss3) c += 'p';
  if (f->plural) c += 'm';
  return c;
}

// Lexical facts of a folded word, one letter each: p place, n person-name word, c common word,
// w word seen inside gazetteer names, a adjective, t title of a person, o oblique case, g genitive,
// x capital stop word, l legal form.
std::string WordFacts(const OrgGazetteer& gaz, const Lexicon& lex, std::string_view surface,
                      std::string_view lw) {
  std::string f;
  const auto& bases = Lexicon::BaseCandidatesOf(lw);
  bool place = false, person = false, common = false;
  for (const std::string& b : bases) {
    place |= gaz.IsPlace(b);
    person |= gaz.IsPersonWord(b);
    common |= gaz.IsCommon(b);
  }
  if (place) f += 'p';
  if (person || Lexicon::LooksLikeSurname(lw)) f += 'n';
  if (common) f += 'c';
  if (gaz.IsNameWord(lw) || lex.IsNameInternalWord(lw)) f += 'w';
  if (lex.IsAdjective(lw)) f += 'a';
  if (Lexicon::IsPositionWord(lw)) f += 't';
  if (Lexicon::HasObliqueCase(lw, true)) f += 'o';
  if (Lexicon::HasGenitive(lw)) f += 'g';
  if (lex.IsCapitalStopWord(lw)) f += 'x';
  if (lex.IsLegalForm(surface)) f += 'l';
  return f;
}

void BuildTaggerInput(const OrgGazetteer& gaz, std::string_view text, const TokenList& list,
                      const std::vector<Cand>& rule_cands, TaggerInput* in) {
  const Lexicon& lex = Lexicon::Get();
  const size_t n = list.toks.size();
  in->feats.assign(n, {});
  in->rule_tag.assign(n, kTagO);
  std::vector<char> rule_src(n, '-');  // '3' gazetteer, '2' quote rule, '1' head rules
  for (const Cand& c : rule_cands) {
    for (uint32_t i = c.b; i < c.e && i < n; ++i) {
      in->rule_tag[i] = i == c.b ? kTagB : kTagI;
      rule_src[i] = static_cast<char>('0' + c.prio);
    }
  }
  std::vector<std::string> shape(n), head(n), facts(n);
  std::vector<bool> in_quotes(n, false);
  bool open = false;
  for (size_t i = 0; i < n; ++i) {
    const Tok& t = list.toks[i];
    shape[i] = TokenShape(text, t);
    if (t.kind == TokKind::kOpenQuote) open = true;
    if (t.kind == TokKind::kCloseQuote || t.kind == TokKind::kSentEnd) open = false;
    in_quotes[i] = open;
    if (t.kind == TokKind::kWord) {
      std::string_view lw = list.Lower(t);
      head[i] = HeadCode(lex, lw);
      facts[i] = WordFacts(gaz, lex, text.substr(t.start, t.end - t.start), lw);
    }
  }
  auto word = [&](long i) -> std::string_view {
    if (i < 0) return "<s>";
    if (static_cast<size_t>(i) >= n) return "</s>";
    return list.toks[i].kind == TokKind::kWord ? list.Lower(list.toks[i])
                                               : std::string_view(shape[i]);
  };
  auto shape_at = [&](long i) -> std::string_view {
    if (i < 0) return "<s>";
    if (static_cast<size_t>(i) >= n) return "</s>";
    return shape[i];
  };
  auto rule_at = [&](long i) -> std::string {
    if (i < 0 || static_cast<size_t>(i) >= n) return "-";
    return std::string(kTagNames[in->rule_tag[i]]) + rule_src[i];
  };
  for (size_t u = 0; u < n; ++u) {
    const long i = static_cast<long>(u);
    std::vector<uint64_t>& f = in->feats[u];
    const std::string r = rule_at(i);
    f.push_back(Hash("bias", ""));
    f.push_back(Hash("k", shape[u]));
    f.push_back(Hash("r", r));
    f.push_back(Hash("r|k", r + shape[u]));
    f.push_back(Hash("r-1", rule_at(i - 1)));
    f.push_back(Hash("r+1", rule_at(i + 1)));
    f.push_back(Hash("r-1|r", rule_at(i - 1) + r));
    f.push_back(Hash("k-1", shape_at(i - 1)));
    f.push_back(Hash("k+1", shape_at(i + 1)));
    f.push_back(Hash("k+2", shape_at(i + 2)));
    f.push_back(Hash("k-1|k", std::string(shape_at(i - 1)) + "|" + shape[u]));
    f.push_back(Hash("k|k+1", shape[u] + "|" + std::string(shape_at(i + 1))));
    f.push_back(Hash("q", in_quotes[u] ? "1" : "0"));
    f.push_back(Hash("w-1", word(i - 1)));
    f.push_back(Hash("w+1", word(i + 1)));
    f.push_back(Hash("h+1", u + 1 < n ? head[u + 1] : "</s>"));
    f.push_back(Hash("h+2", u + 2 < n ? head[u + 2] : "</s>"));
    f.push_back(Hash("h-1", u > 0 ? head[u - 1] : "<s>"));
    f.push_back(Hash("f+1", u + 1 < n ? facts[u + 1] : "</s>"));
    f.push_back(Hash("f-1", u > 0 ? facts[u - 1] : "<s>"));
    if (u + 1 < n && list.toks[u + 1].kind == TokKind::kWord) {
      f.push_back(Hash("s3+1", CodePointSuffix(list.Lower(list.toks[u + 1]), 3)));
    }
    if (list.toks[u].kind != TokKind::kWord) continue;
    std::string_view lw = list.Lower(list.toks[u]);
    f.push_back(Hash("w", lw));
    f.push_back(Hash("s2", CodePointSuffix(lw, 2)));
    f.push_back(Hash("s3", CodePointSuffix(lw, 3)));
    f.push_back(Hash("s4", CodePointSuffix(lw, 4)));
    f.push_back(Hash("p4", CodePointPrefix(lw, 4)));
    f.push_back(Hash("h", head[u]));
    f.push_back(Hash("f", facts[u]));
    f.push_back(Hash("f|k", facts[u] + shape[u]));
    f.push_back(Hash("h|k", head[u] + shape[u]));
    f.push_back(Hash("r|f", r + facts[u]));
  }
}

void DynamicFeatures(const TaggerInput& in, size_t i, uint8_t prev_tag,
                     std::vector<uint64_t>* out) {
  out->clear();
  const std::string_view pt = kTagNames[prev_tag];
  out->push_back(Hash("pt", pt));
  out->push_back(Hash("pt|r", std::string(pt) + kTagNames[in.rule_tag[i]]));
}

void OrgModel::AddScores(uint64_t f, std::array<float, kNumTags>* s) const {
  auto it = weights_.find(f);
  if (it == weights_.end()) return;
  for (int t = 0; t < kNumTags; ++t) (*s)[t] += it->second[t];
}

void OrgModel::Load(std::string_view tsv) {
  weights_.clear();
  org_internal::ForEachWeightRow(tsv, kNumTags, [&](uint64_t key, const float* w) {
    std::copy(w, w + kNumTags, weights_[key].begin());
  });
}

std::vector<uint8_t> OrgModel::Tag(const TaggerInput& in) const {
  std::vector<uint8_t> tags(in.feats.size(), kTagO);
  std::vector<uint64_t> dyn;
  uint8_t prev = kTagO;
  for (size_t i = 0; i < in.feats.size(); ++i) {
    std::array<float, kNumTags> s{};
    for (uint64_t f : in.feats[i]) AddScores(f, &s);
    DynamicFeatures(in, i, prev, &dyn);
    for (uint64_t f : dyn) AddScores(f, &s);
    if (prev == kTagO) s[kTagI] = -1e30f;
    uint8_t best = kTagO;
    for (uint8_t t = 1; t < kNumTags; ++t) {
      if (s[t] > s[best]) best = t;
    }
    tags[i] = best;
    prev = best;
  }
  return tags;
}

std::vector<std::pair<uint32_t, uint32_t>> SpansOf(const TokenList& list,
                                                   const std::vector<uint8_t>& tags) {
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  auto emit = [&](uint32_t b, uint32_t e) {
    while (b < e && list.toks[b].kind != TokKind::kWord) ++b;
    while (e > b && list.toks[e - 1].kind != TokKind::kWord) --e;
    if (b < e) spans.emplace_back(b, e);
  };
  uint32_t b = 0;
  bool open = false;
  for (uint32_t i = 0; i < tags.size(); ++i) {
    if (tags[i] == kTagI && open) continue;
    if (open) emit(b, i);
    open = tags[i] == kTagB;
    b = i;
  }
  if (open) emit(b, static_cast<uint32_t>(tags.size()));
  return spans;
}

void OrgTrainer::Update(uint64_t f, int tag, float delta) {
  Acc& a = acc_[f];
  a.total[tag] += static_cast<double>(clock_ - a.stamp[tag]) * a.w[tag];
  a.stamp[tag] = clock_;
  a.w[tag] += delta;
}

void OrgTrainer::Train(const TaggerInput& in, const std::vector<uint8_t>& gold,
                       const std::vector<bool>& care) {
  std::vector<uint64_t> dyn;
  uint8_t prev = kTagO;
  for (size_t i = 0; i < in.feats.size(); ++i) {
    ++clock_;
    std::array<float, kNumTags> s{};
    auto add = [&](uint64_t f) {
      auto it = acc_.find(f);
      if (it == acc_.end()) return;
      for (int t = 0; t < kNumTags; ++t) s[t] += it->second.w[t];
    };
    for (uint64_t f : in.feats[i]) add(f);
    DynamicFeatures(in, i, prev, &dyn);
    for (uint64_t f : dyn) add(f);
    if (prev == kTagO) s[kTagI] = -1e30f;
    uint8_t best = kTagO;
    for (uint8_t t = 1; t < kNumTags; ++t) {
      if (s[t] > s[best]) best = t;
    }
    uint8_t want = gold[i];
    if (prev == kTagO && want == kTagI) want = kTagB;  // keep the gold sequence decodable
    if (!care[i]) want = best;
    if (best != want) {
      for (uint64_t f : in.feats[i]) {
        Update(f, want, 1.0f);
        Update(f, best, -1.0f);
      }
      for (uint64_t f : dyn) {
        Update(f, want, 1.0f);
        Update(f, best, -1.0f);
      }
    }
    prev = want;
  }
}

std::string OrgTrainer::Write(float min_abs) const {
  std::vector<std::pair<uint64_t, std::array<float, kNumTags>>> rows;
  for (const auto& [f, a] : acc_) {
    std::array<float, kNumTags> avg{};
    bool keep = false;
    for (int t = 0; t < kNumTags; ++t) {
      double total = a.total[t] + static_cast<double>(clock_ - a.stamp[t]) * a.w[t];
      avg[t] = static_cast<float>(total / static_cast<double>(clock_));
      keep |= std::fabs(avg[t]) >= min_abs;
    }
    if (keep) rows.emplace_back(f, avg);
  }
  std::sort(rows.begin(), rows.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  std::string out = "# izdeu organisation tagger weights: hash(hex) wO wB wI; see org_tagger.h\n";
  char buf[96];
  for (const auto& [f, w] : rows) {
    std::snprintf(buf, sizeof buf, "%llx\t%.4g\t%.4g\t%.4g\n", static_cast<unsigned long long>(f),
                  w[0], w[1], w[2]);
    out += buf;
  }
  return out;
}

}  // namespace izdeu::analyzers::org_internal
