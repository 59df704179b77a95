// izdeu-eval org: organisation extraction against KazNERD ORGANISATION spans.
//
// Data: ner-kaznerd/org_gold_valid.tsv (sent_id, space-separated tokens, start:end:surface|...).
// The validation split is halved by FNV-1a-32 of the sent_id's digits (the same rule as
// analyzers/org/tools/build_gazetteer.py): half A fed the gazetteer, so the headline numbers are on
// half B; half B's fold B2 (the next bit of the hash) is the part still held out, fold B1 has been
// read for development since session 11. Half A is printed for reference only.
// Scores: (a) exact token span; (a') the same after mapping a predicted «X» + organisation word to
// X, KazNERD's convention for quoted names; (a'') (a') without the predictions that lie wholly
// inside a gold POSITION span (KazNERD tags "Ақтау қалалық мәслихатының депутаты" as one POSITION
// and never the organisation inside it); (b) normalised: per sentence, the multiset of predicted
// ids against the ids Resolve gives the gold surfaces. All but (b') score the bodies the API lists
// as named (OrgMention::in_title false); (b') counts the bodies named inside job titles too. Then
// errors by class (half B's counts by default; IZDEU_ORG_EVAL_ERRORS=B1 lists fold B1's examples,
// the part of half B read for development since session 11; fold B2's are never printed;
// IZDEU_ORG_EVAL_ERRORS=A lists half A's, =A0 half A's with the gazetteer's half-A rows removed,
// the development view), ablations of the gazetteer sources, and throughput.
// IZDEU_ORG_EVAL_DEV=1 prints only the development view and its errors (no half B at all).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyzers/org/org_extractor.h"
#include "analyzers/org/org_gazetteer.h"
#include "analyzers/org/tools/kaznerd_tags.h"
#include "analyzers/org/tools/scorer_training.h"
#include "bench/eval/eval.h"
#include "common/embedded.h"

IZDEU_EMBEDDED(org_gazetteer)

namespace izdeu::eval {
namespace {

using analyzers::GazetteerWithoutSources;
using analyzers::OrgExtractor;
using analyzers::OrgMention;

struct Span {
  int b = 0, e = 0;
  std::string surface;
  bool operator<(const Span& o) const { return b != o.b ? b < o.b : e < o.e; }
  bool operator==(const Span& o) const { return b == o.b && e == o.e; }
};

struct Sentence {
  std::string id, text;
  std::vector<std::string> tokens;
  std::vector<uint32_t> tok_start, tok_end;
  std::vector<Span> gold;
};

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  if (!s.empty() && s.back() == sep) out.emplace_back();
  return out;
}

bool LoadGold(const std::string& path, std::vector<Sentence>* out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    auto cols = Split(line, '\t');
    if (cols.size() < 2) continue;
    Sentence s;
    s.id = cols[0];
    s.text = cols[1];
    s.tokens = Split(s.text, ' ');
    uint32_t pos = 0;
    for (const auto& t : s.tokens) {
      s.tok_start.push_back(pos);
      s.tok_end.push_back(pos + static_cast<uint32_t>(t.size()));
      pos += static_cast<uint32_t>(t.size()) + 1;
    }
    if (cols.size() >= 3 && !cols[2].empty()) {
      for (const auto& g : Split(cols[2], '|')) {
        size_t c1 = g.find(':'), c2 = g.find(':', c1 + 1);
        if (c1 == std::string::npos || c2 == std::string::npos) continue;
        s.gold.push_back({std::stoi(g.substr(0, c1)), std::stoi(g.substr(c1 + 1, c2 - c1 - 1)),
                          g.substr(c2 + 1)});
      }
    }
    out->push_back(std::move(s));
  }
  return true;
}

bool IsQuoteToken(const std::string& t) {
  return t == "«" || t == "»" || t == "\"" || t == "“" || t == "”" || t == "„";
}

// Byte span -> token span [b, e), without enclosing quote tokens (KazNERD never includes them).
Span ToTokens(const Sentence& s, const OrgMention& m) {
  Span sp{-1, -1, {}};
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    if (s.tok_end[i] > m.start && s.tok_start[i] < m.end) {
      if (sp.b < 0) sp.b = static_cast<int>(i);
      sp.e = static_cast<int>(i) + 1;
    }
  }
  while (sp.b >= 0 && sp.b < sp.e && IsQuoteToken(s.tokens[sp.b])) ++sp.b;
  while (sp.b >= 0 && sp.e > sp.b && IsQuoteToken(s.tokens[sp.e - 1])) --sp.e;
  return sp;
}

// KazNERD's convention: «X» партиясы -> X.
Span QuotedCore(const Sentence& s, const OrgMention& m) {
  Span sp = ToTokens(s, m);
  if (sp.b > 0 && s.tokens[sp.b - 1] == "«" && s.tok_start[sp.b - 1] >= m.start) {
    for (int i = sp.b; i < sp.e; ++i) {
      if (s.tokens[i] == "»") return {sp.b, i, {}};
    }
  }
  return sp;
}

struct Counts {
  long tp = 0, pred = 0, gold = 0;
  void Print(const char* label) const {
    double p = pred ? double(tp) / pred : 0, r = gold ? double(tp) / gold : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::printf("  %-34s P %.3f  R %.3f  F1 %.3f   (tp %ld, predicted %ld, gold %ld)\n", label, p,
                r, f, tp, pred, gold);
  }
  double F1() const {
    double p = pred ? double(tp) / pred : 0, r = gold ? double(tp) / gold : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct Report {
  Counts exact, core, norm;
  Counts core_pos;     // (a'') = (a') without predictions wholly inside a gold POSITION span
  Counts norm_titles;  // (b') = (b) with the bodies named only inside job titles counted too
  std::map<std::string, std::vector<std::string>> errors;  // class -> examples
  // Adds the counts and the error examples of `o`, scored on other sentences.
  void Add(const Report& o) {
    for (auto [to, from] :
         {std::pair{&exact, &o.exact}, std::pair{&core, &o.core}, std::pair{&core_pos, &o.core_pos},
          std::pair{&norm, &o.norm}, std::pair{&norm_titles, &o.norm_titles}}) {
      to->tp += from->tp;
      to->pred += from->pred;
      to->gold += from->gold;
    }
    for (const auto& [cls, examples] : o.errors) {
      errors[cls].insert(errors[cls].end(), examples.begin(), examples.end());
    }
  }
};

long MultisetOverlap(std::vector<std::string> a, std::vector<std::string> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  std::vector<std::string> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  return static_cast<long>(both.size());
}

std::string TokenText(const Sentence& s, int b, int e) {
  std::string out;
  for (int i = b; i < e; ++i) out += (i > b ? " " : "") + s.tokens[i];
  return out;
}

using TagMap = std::unordered_map<std::string, std::vector<std::string>>;

// True when tokens [p.b, p.e) lie inside one gold span of `type` (IOB2 tags of the sentence).
bool InsideGoldSpan(const std::vector<std::string>* tags, const Span& p, const std::string& type) {
  if (tags == nullptr || p.e > static_cast<int>(tags->size())) return false;
  const std::string b_tag = "B-" + type, i_tag = "I-" + type;
  int start = p.b;
  while (start > 0 && (*tags)[start] == i_tag) --start;
  if ((*tags)[start] != b_tag) return false;
  for (int i = p.b; i < p.e; ++i) {
    if (i != start && (*tags)[i] != i_tag) return false;
  }
  return true;
}

// KazNERD's convention for names coordinated before one plural head: one span ("Денсаулық сақтау ,
// Көлік және энергетика министрліктері"), where izdeu gives one mention per body. The bodies of a
// group whose phrase is exactly a gold span count as one prediction of that phrase, with the id
// Resolve gives it (as the gold side's). Other groups are scored body by body.
std::vector<OrgMention> MergeGoldGroups(const OrgExtractor& ex, const Sentence& s,
                                        std::vector<OrgMention> found) {
  std::vector<OrgMention> out;
  for (size_t i = 0; i < found.size();) {
    const OrgMention& m = found[i];
    size_t j = i + 1;
    while (j < found.size() && found[j].group_start == m.group_start &&
           found[j].group_end == m.group_end) {
      ++j;
    }
    bool grouped = j > i + 1 && (m.group_start != m.start || found[j - 1].group_end != m.end);
    if (grouped) {
      OrgMention whole;
      whole.start = m.group_start;
      whole.end = m.group_end;
      Span sp = ToTokens(s, whole);
      bool is_gold = false;
      for (const auto& g : s.gold) is_gold |= g.b == sp.b && g.e == sp.e;
      if (is_gold) {
        auto info = ex.Resolve(s.text.substr(whole.start, whole.end - whole.start));
        whole.id = info ? info->id : "?";
        whole.name = info ? info->name : "?";
        out.push_back(std::move(whole));
        i = j;
        continue;
      }
    }
    for (; i < j; ++i) out.push_back(std::move(found[i]));
  }
  return out;
}

// `tags`: IOB2 tags of every sentence (for (a'') and the error classes); `errors`: collect the
// error listing.
Report Evaluate(const OrgExtractor& ex, const std::vector<const Sentence*>& sents,
                const TagMap& tags, bool errors) {
  Report r;
  for (const Sentence* s : sents) {
    // The bodies the API lists as named (organisations); those named only inside a job title
    // (organisations_in_titles) are KazNERD POSITIONs and count only in (b').
    std::vector<OrgMention> all = ex.Extract(s->text), named;
    std::vector<std::string> all_ids;
    for (auto& m : MergeGoldGroups(ex, *s, all)) all_ids.push_back(m.id);
    for (auto& m : all) {
      if (!m.in_title) named.push_back(std::move(m));
    }
    std::vector<OrgMention> found = MergeGoldGroups(ex, *s, std::move(named));
    std::set<Span> pred, core, gold;
    std::vector<std::string> pred_ids, gold_ids;
    for (const auto& m : found) {
      Span sp = ToTokens(*s, m);
      if (sp.b < 0 || sp.b >= sp.e) continue;
      sp.surface = m.name;
      pred.insert(sp);
      core.insert(QuotedCore(*s, m));
      pred_ids.push_back(m.id);
    }
    for (const auto& g : s->gold) {
      gold.insert(g);
      auto info = ex.Resolve(g.surface);
      gold_ids.push_back(info ? info->id : "?");
    }
    auto it = tags.find(s->id);
    const std::vector<std::string>* sent_tags = it == tags.end() ? nullptr : &it->second;
    long core_tp = 0, in_position = 0;
    for (const auto& g : gold) {
      r.exact.tp += pred.count(g);
      core_tp += core.count(g);
    }
    for (const auto& p : core) {
      if (!gold.count(p) && InsideGoldSpan(sent_tags, p, "POSITION")) ++in_position;
    }
    r.core.tp += core_tp;
    r.core_pos.tp += core_tp;
    r.exact.pred += static_cast<long>(pred.size());
    r.core.pred += static_cast<long>(core.size());
    r.core_pos.pred += static_cast<long>(core.size()) - in_position;
    r.exact.gold += static_cast<long>(gold.size());
    r.core.gold += static_cast<long>(gold.size());
    r.core_pos.gold += static_cast<long>(gold.size());
    r.norm.tp += MultisetOverlap(pred_ids, gold_ids);
    r.norm.pred += static_cast<long>(pred_ids.size());
    r.norm.gold += static_cast<long>(gold_ids.size());
    r.norm_titles.tp += MultisetOverlap(all_ids, gold_ids);
    r.norm_titles.pred += static_cast<long>(all_ids.size());
    r.norm_titles.gold += static_cast<long>(gold_ids.size());
    if (!errors) continue;
    // The target metric's own errors: ids predicted and not in gold, and the reverse.
    {
      std::vector<std::string> p_ids = pred_ids, g_ids = gold_ids;
      std::sort(p_ids.begin(), p_ids.end());
      std::sort(g_ids.begin(), g_ids.end());
      std::vector<std::string> fp, fn;
      std::set_difference(p_ids.begin(), p_ids.end(), g_ids.begin(), g_ids.end(),
                          std::back_inserter(fp));
      std::set_difference(g_ids.begin(), g_ids.end(), p_ids.begin(), p_ids.end(),
                          std::back_inserter(fn));
      for (const auto& id : fp) r.errors["(b) FP id"].push_back(id + "   | " + s->text);
      for (const auto& id : fn) r.errors["(b) FN id"].push_back(id + "   | " + s->text);
    }
    // Error classes (on the quoted-core spans).
    for (const auto& g : gold) {
      if (core.count(g)) continue;
      bool overlap = false;
      for (const auto& p : core) overlap |= p.b < g.e && g.b < p.e;
      std::string cls = overlap ? "FN boundary (a prediction overlaps)" : "FN missed";
      std::string ex_text = TokenText(*s, g.b, g.e) + "   | " + s->text;
      r.errors[cls].push_back(ex_text);
    }
    for (const auto& p : core) {
      if (gold.count(p)) continue;
      bool overlap = false;
      for (const auto& g : gold) overlap |= p.b < g.e && g.b < p.e;
      std::string cls = "FP boundary (overlaps gold)";
      if (!overlap) {
        cls = "FP not an ORGANISATION in gold";
        if (sent_tags != nullptr) {
          for (int i = p.b; i < p.e && i < static_cast<int>(sent_tags->size()); ++i) {
            const std::string& t = (*sent_tags)[i];
            if (t != "O") {
              cls = "FP inside gold " + t.substr(2);
              break;
            }
          }
        }
      }
      r.errors[cls].push_back(TokenText(*s, p.b, p.e) + "   | " + s->text);
    }
  }
  return r;
}

void PrintScores(const Report& r) {
  r.exact.Print("(a) exact span");
  r.core.Print("(a') exact, «X» + org word -> X");
  r.core_pos.Print("(a'') (a') minus preds in POSITION");
  r.norm.Print("(b) normalised ids (multiset)");
  r.norm_titles.Print("(b') (b) + bodies in job titles");
}

double MeasureThroughput(const OrgExtractor& ex, const std::vector<std::string>& docs,
                         size_t* bytes) {
  *bytes = 0;
  for (const auto& d : docs) *bytes += d.size();
  size_t sink = 0;
  auto t0 = std::chrono::steady_clock::now();
  int rounds = 0;
  double secs = 0;
  do {
    for (const auto& d : docs) sink += ex.Extract(d).size();
    ++rounds;
    secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  } while (secs < 1.0);
  if (sink == 1) std::printf(" ");
  return double(*bytes) * rounds / secs / 1e6;
}

std::vector<std::string> GoldSurfaces(const Sentence& s) {
  std::vector<std::string> out;
  for (const Span& g : s.gold) out.push_back(g.surface);
  return out;
}

// The mention scorer cross-validated inside half A (two folds by the next bit of the split's
// hash), with the gazetteer's half-A rows removed as when it is trained: each fold is scored by a
// scorer trained on the other, and the rules alone are scored on the same sentences. Half B is
// not used, so the scorer's design can be chosen here.
void ScorerCrossValidation(const std::vector<const Sentence*>& half_a, const TagMap& tags,
                           std::string_view gazetteer_a0, int epochs, bool keep_before_title) {
  OrgExtractor rules(gazetteer_a0);
  std::vector<std::vector<analyzers::org_tools::ScorerExample>> examples;
  for (const Sentence* s : half_a) {
    examples.push_back(analyzers::org_tools::LabelCandidates(rules, s->text, GoldSurfaces(*s)));
  }
  Report base, learnt;
  for (int fold = 0; fold < 2; ++fold) {
    std::vector<std::vector<analyzers::org_tools::ScorerExample>> train;
    std::vector<const Sentence*> test;
    for (size_t i = 0; i < half_a.size(); ++i) {
      if (analyzers::org_tools::KazNerdFold(half_a[i]->id) == fold) {
        test.push_back(half_a[i]);
      } else {
        train.push_back(examples[i]);
      }
    }
    std::string weights = analyzers::org_tools::TrainScorer(train, epochs);
    const char* th = std::getenv("IZDEU_ORG_SCORER_THRESHOLD");
    OrgExtractor::ScorerWeights sw{weights};
    if (th != nullptr) sw.threshold = std::strtof(th, nullptr);
    sw.keep_before_title = keep_before_title;
    OrgExtractor scored(gazetteer_a0, sw);
    if (std::getenv("IZDEU_ORG_SCORER_DUMP") != nullptr) {
      // The scorer's disagreements with the labels on the test fold (half A only).
      analyzers::org_internal::MentionScorer sc;
      sc.Load(weights);
      for (const Sentence* s : test) {
        auto labelled = analyzers::org_tools::LabelCandidates(rules, s->text, GoldSurfaces(*s));
        auto cms = rules.Candidates(s->text);
        size_t k = 0, last = SIZE_MAX;
        for (const auto& cm : cms) {
          if (cm.candidate == last) continue;
          last = cm.candidate;
          float score = sc.Score(labelled[k].features);
          if ((score > 0) != labelled[k].positive) {
            std::printf("  DUMP %s %+.1f %s | %s | %s\n", labelled[k].positive ? "FN" : "FP", score,
                        cm.loose ? "loose" : "rule",
                        s->text.substr(cm.mention.start, cm.mention.end - cm.mention.start).c_str(),
                        s->text.c_str());
          }
          ++k;
        }
      }
    }
    for (auto [ex, rep] : {std::pair{&rules, &base}, std::pair{&scored, &learnt}}) {
      rep->Add(Evaluate(*ex, test, tags, false));
    }
  }
  std::printf(
      "\nDevelopment half A, 2-fold cross-validation, gazetteer without its half-A rows (%d "
      "epochs, bodies before a title word %s):\n  rules + gazetteer:\n",
      epochs, keep_before_title ? "kept" : "left to the scorer");
  PrintScores(base);
  std::printf("  rules + gazetteer + mention scorer (trained on the other fold):\n");
  PrintScores(learnt);
}

}  // namespace

int RunOrgEval(const std::string& data_dir) {
  std::vector<Sentence> all;
  std::string gold_path = data_dir + "/ner-kaznerd/org_gold_valid.tsv";
  if (!LoadGold(gold_path, &all)) {
    std::fprintf(stderr, "cannot read %s\n", gold_path.c_str());
    return 1;
  }
  auto tags = analyzers::org_tools::LoadKazNerdTags(data_dir + "/ner-kaznerd/IOB2_valid2.txt");
  std::vector<const Sentence*> half_a, half_b;
  for (const auto& s : all)
    (analyzers::org_tools::InKazNerdHalfA(s.id) ? half_a : half_b).push_back(&s);

  const OrgExtractor& ex = analyzers::SharedOrgExtractor();
  std::printf("Organisation extraction, KazNERD validation split (%zu sentences)\n", all.size());
  std::printf(
      "Split by FNV-1a-32 of the sent_id digits: half A %zu sentences (gazetteer source, "
      "development), half B %zu sentences (held out).\n",
      half_a.size(), half_b.size());
  std::printf("Gazetteer: %zu organisations\n\n", ex.GazetteerSize());

  if (std::getenv("IZDEU_ORG_EVAL_DEV") != nullptr) {
    // The development loop: half A with the gazetteer's half-A rows removed, every error listed,
    // and nothing computed on half B (so that tuning never shows a held-out number).
    OrgExtractor dev(GazetteerWithoutSources(org_gazetteer_view(), {"kaznerd-valid-A"}));
    Report a0 = Evaluate(dev, half_a, tags, true);
    std::printf("Development half A, gazetteer without its kaznerd-valid-A rows:\n");
    PrintScores(a0);
    for (const auto& [cls, examples] : a0.errors) {
      std::printf("  %-40s %zu\n", cls.c_str(), examples.size());
      for (const auto& e : examples) std::printf("      %s\n", e.c_str());
    }
    return 0;
  }

  // IZDEU_ORG_EVAL_ERRORS=A lists the errors of the development half instead of the held-out
  // one (for tuning rules without looking at half B); =A0 does so with the gazetteer's
  // kaznerd-valid-A rows removed, so that half A's misses look like half B's (names in no list).
  const char* err_env = std::getenv("IZDEU_ORG_EVAL_ERRORS");
  std::string err_half = err_env == nullptr ? "" : err_env;
  bool dev_errors = err_half == "A" || err_half == "A0";
  // Half B's two folds (the next bit of the split's hash). Until session 10 nobody read half B's
  // sentences; from session 11 on, fold B1's errors are read for development
  // (IZDEU_ORG_EVAL_ERRORS=B1) and only fold B2 is still held out. Half B is their sum.
  std::vector<const Sentence*> half_b1, half_b2;
  for (const Sentence* s : half_b) {
    (analyzers::org_tools::KazNerdFold(s->id) == 0 ? half_b1 : half_b2).push_back(s);
  }
  Report b1 = Evaluate(ex, half_b1, tags, !dev_errors);
  Report b2 = Evaluate(ex, half_b2, tags, !dev_errors);
  Report b = b1;
  b.Add(b2);
  std::printf("HELD-OUT half B, rules + gazetteer (the shipped extractor):\n");
  PrintScores(b);
  std::printf("  fold B1 (%zu sentences; read for development since session 11):\n",
              half_b1.size());
  PrintScores(b1);
  std::printf("  fold B2 (%zu sentences; HELD OUT):\n", half_b2.size());
  PrintScores(b2);
  if (err_half == "B1") b.errors = b1.errors;
  {
    // The learnt tagger in the same run (trained on half A; not the default, see
    // docs/organisations.md).
    OrgExtractor tagged(org_gazetteer_view(), OrgExtractor::EmbeddedTaggerWeights());
    Report t = Evaluate(tagged, half_b, tags, false);
    std::printf(
        "\nHELD-OUT half B, rules + gazetteer + learnt tagger (izdeu-org-train, half A):\n");
    PrintScores(t);
    OrgExtractor filtered(org_gazetteer_view(), OrgExtractor::EmbeddedTaggerWeights(),
                          OrgExtractor::TaggerUse::kFilter);
    Report f = Evaluate(filtered, half_b, tags, false);
    std::printf("\nHELD-OUT half B, rules + gazetteer, the learnt tagger as a filter:\n");
    PrintScores(f);
  }
  {
    // The mention scorer (trained on half A by izdeu-org-train --scorer-out), as shipped (bodies
    // before a title word kept) and deciding those too (KazNERD's convention).
    for (bool keep : {true, false}) {
      OrgExtractor::ScorerWeights sw{OrgExtractor::EmbeddedScorerWeights()};
      sw.keep_before_title = keep;
      OrgExtractor scored(org_gazetteer_view(), sw);
      Report sc = Evaluate(scored, half_b, tags, false);
      std::printf(
          "\nHELD-OUT half B, rules + gazetteer + learnt mention scorer (bodies before a title "
          "word %s):\n",
          keep ? "kept" : "left to the scorer");
      PrintScores(sc);
    }
  }
  {
    const char* ep = std::getenv("IZDEU_ORG_SCORER_EPOCHS");
    for (bool keep : {true, false}) {
      ScorerCrossValidation(half_a, tags,
                            GazetteerWithoutSources(org_gazetteer_view(), {"kaznerd-valid-A"}),
                            ep ? std::atoi(ep) : 10, keep);
    }
  }
  Report a = Evaluate(ex, half_a, tags, err_half == "A");
  std::printf(
      "\nDevelopment half A (its ORGANISATION strings are in the gazetteer; optimistic):\n");
  PrintScores(a);
  std::unique_ptr<OrgExtractor> no_a;
  if (err_half == "A0") {
    no_a = std::make_unique<OrgExtractor>(
        GazetteerWithoutSources(org_gazetteer_view(), {"kaznerd-valid-A"}));
    a = Evaluate(*no_a, half_a, tags, true);
    std::printf("\nDevelopment half A, gazetteer without its kaznerd-valid-A rows:\n");
    PrintScores(a);
  }
  if (dev_errors) b.errors = a.errors;

  std::printf("\nAblations on half B (rules without the tagger, gazetteer sources removed):\n");
  struct Ablation {
    const char* label;
    std::vector<std::string> drop;
  };
  for (const Ablation& abl :
       {Ablation{"no GPL data (drop apertium-kaz rows)", {"apertium-kaz"}},
        Ablation{"rules + curated + apertium", {"kaznerd-valid-A"}},
        Ablation{"rules + kaznerd-valid-A + apertium", {"curated"}},
        Ablation{"rules only (places kept)", {"curated", "kaznerd-valid-A"}}}) {
    std::string tsv = GazetteerWithoutSources(org_gazetteer_view(), abl.drop);
    if (abl.drop.size() == 2) {
      // rules only: keep the place rows, drop every organisation row.
      std::string only_places;
      std::istringstream in(tsv);
      std::string line;
      while (std::getline(in, line)) {
        if (line.find("\tplace\t") != std::string::npos) only_places += line + "\n";
      }
      tsv = only_places;
    }
    OrgExtractor ablated(tsv, std::string_view());
    Report r = Evaluate(ablated, half_b, tags, false);
    std::printf("  %-36s exact F1 %.3f  (a') F1 %.3f  normalised F1 %.3f\n", abl.label,
                r.exact.F1(), r.core.F1(), r.norm.F1());
  }

  const char* listed = err_half == "B1"  ? "B1"
                       : !dev_errors     ? "B"
                       : err_half == "A" ? "A"
                                         : "A (gazetteer without its half-A rows)";
  // Examples only for the development sets (half A, fold B1): a routine run shows half B's class
  // counts, and nothing ever prints a sentence of the held-out fold B2.
  const bool examples_shown = dev_errors || err_half == "B1";
  std::printf(
      "\nErrors on half %s, (a') spans, by class (count%s):\n", listed,
      examples_shown ? ", then examples" : "; fold B1's examples: IZDEU_ORG_EVAL_ERRORS=B1");
  for (const auto& [cls, examples] : b.errors) {
    std::printf("  %-40s %zu\n", cls.c_str(), examples.size());
    for (size_t i = 0; examples_shown && i < examples.size(); ++i) {
      std::printf("      %s\n", examples[i].c_str());
    }
  }

  // Throughput: the KazNERD sentences, and the civic-news scrape as whole files.
  std::vector<std::string> sentences;
  for (const auto& s : all) sentences.push_back(s.text);
  size_t bytes = 0;
  double mbs = MeasureThroughput(ex, sentences, &bytes);
  std::printf("\nThroughput (one core): KazNERD sentences %.1f MB/s over %.1f MB", mbs,
              bytes / 1e6);
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry :
       std::filesystem::directory_iterator(data_dir + "/civic-news/gov-sites-2015", ec)) {
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    files.push_back(ss.str());
  }
  if (!files.empty()) {
    double mbs2 = MeasureThroughput(ex, files, &bytes);
    std::printf("; civic-news files %.1f MB/s over %.1f MB", mbs2, bytes / 1e6);
  }
  std::printf("\n");
  return 0;
}

}  // namespace izdeu::eval
