// izdeu-eval stem: how well the Kazakh stemmer conflates the forms of one lemma and keeps
// different lemmas apart, on the shared morphology data (see docs/stemmer.md for the numbers):
//  - conflation recall on UD KTB and Apertium tagged-text form/lemma pairs, per part of speech;
//  - over-merging: stems collecting forms of 2+ lemmas (homograph forms excluded);
//  - paradigm conflation on Apertium's full paradigms of 6 lemmas;
//  - segmentation agreement with the Apertium segmentation corpus (stem == first segment);
//  - coverage: tengrinews tokens whose stem is a lexicon word;
//  - Stem() throughput.
// Set IZDEU_EVAL_VERBOSE=1 to also list the most frequent failures.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyzers/kk/form_stems.h"
#include "analyzers/kk/stemmer.h"
#include "analyzers/normalizer.h"
#include "bench/eval/eval.h"
#include "common/utf8.h"

namespace izdeu::eval {
namespace {

using analyzers::NormalizeWord;
using analyzers::kk::KazakhStemmer;

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  return out;
}

std::string FirstWord(const std::string& s) { return s.substr(0, s.find(' ')); }

// Pads UTF-8 text with spaces to `width` letters (printf's %-10s counts bytes).
std::string PadRight(const std::string& s, size_t width) {
  size_t letters = 0;
  for (unsigned char c : s) letters += (c & 0xC0) != 0x80;
  return letters >= width ? s : s + std::string(width - letters, ' ');
}

// A word for these metrics: letters (Cyrillic or Latin), hyphens, apostrophes; at least one letter.
bool IsLetterWord(const std::string& s) {
  bool letter = false;
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = DecodeUtf8(s, &pos);
    if (IsCyrillic(c) || IsBasicLatinLetter(c)) {
      letter = true;
    } else if (c != '-' && c != '\'') {
      return false;
    }
  }
  return letter;
}

bool Verbose() {
  const char* v = std::getenv("IZDEU_EVAL_VERBOSE");
  return v != nullptr && *v != '\0' && *v != '0';
}

// IZDEU_EVAL_VERBOSE=2 lists every failure, not only the 100 most frequent.
size_t FailuresShown() {
  const char* v = std::getenv("IZDEU_EVAL_VERBOSE");
  return v != nullptr && std::string(v) == "2" ? SIZE_MAX : 100;
}

// The first `n` letters of a normalised word: the plain baseline that every stemmer must beat
// (Xapian "as it comes" with words cut to N letters, as the baselines).
std::string CutToLetters(const std::string& norm, size_t n) {
  size_t pos = 0, letters = 0;
  while (pos < norm.size() && letters < n) {
    DecodeUtf8(norm, &pos);
    ++letters;
  }
  return norm.substr(0, pos);
}

// Memoised stem of a raw (not yet normalised) word: the Kazakh stemmer, or when cut_letters > 0
// the cut-to-N-letters baseline.
class Stems {
 public:
  explicit Stems(const KazakhStemmer& stemmer, size_t cut_letters = 0)
      : stemmer_(stemmer), cut_letters_(cut_letters) {}
  const std::string& Of(const std::string& raw) {
    auto it = cache_.find(raw);
    if (it != cache_.end()) return it->second;
    std::string norm = NormalizeWord(raw);
    std::string stem = cut_letters_ > 0 ? CutToLetters(norm, cut_letters_) : stemmer_.Stem(norm);
    return cache_.emplace(raw, std::move(stem)).first->second;
  }

 private:
  const KazakhStemmer& stemmer_;
  size_t cut_letters_;
  std::unordered_map<std::string, std::string> cache_;
};

struct Pair {
  std::string form, lemma, pos;
};

struct Tally {
  long total = 0, hit = 0;
  double Share() const { return total ? static_cast<double>(hit) / total : 0.0; }
};

// Reads form/lemma pairs: UD (`sent_id form lemma upos feats`) or Apertium (`file form lemma
// tags`).
bool ReadPairs(const std::string& path, bool ud, std::vector<Pair>* out, long* skipped) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    auto f = Split(line, '\t');
    if (f.size() < 4) continue;
    std::string pos = ud ? f[3] : FirstWord(f[3]);
    std::string form = FirstWord(f[1]);  // multi-word forms (деген екен): the search sees words
    bool skip = f[2].find(' ') != std::string::npos  // multi-word lemma (алып кел)
                || !IsLetterWord(form) || !IsLetterWord(f[2]);
    if (ud) skip = skip || pos == "PUNCT" || pos == "NUM";
    if (!ud) skip = skip || pos == "num";
    if (skip) {
      ++*skipped;
      continue;
    }
    out->push_back({form, f[2], pos});
  }
  return true;
}

void ReportConflation(const char* name, const std::vector<Pair>& pairs, Stems& stems, Tally* all,
                      bool details = true) {
  std::map<std::string, Tally> by_pos;
  std::map<std::string, long> failures;
  Tally t;
  for (const Pair& p : pairs) {
    bool ok = stems.Of(p.form) == stems.Of(p.lemma);
    ++t.total;
    t.hit += ok;
    Tally& b = by_pos[p.pos];
    ++b.total;
    b.hit += ok;
    if (!ok)
      ++failures[NormalizeWord(p.form) + " -> " + stems.Of(p.form) + " | " +
                 NormalizeWord(p.lemma) + " -> " + stems.Of(p.lemma) + " (" + p.pos + ")"];
  }
  all->total += t.total;
  all->hit += t.hit;
  std::printf("  %-22s pairs %6ld  recall %.4f\n", name, t.total, t.Share());
  if (!details) return;
  std::vector<std::pair<std::string, Tally>> sorted(by_pos.begin(), by_pos.end());
  std::sort(sorted.begin(), sorted.end(),
            [](auto& a, auto& b) { return a.second.total > b.second.total; });
  std::printf("    by part of speech:");
  int col = 0;
  for (auto& [pos, b] : sorted) {
    if (b.total < 20) continue;
    std::printf("%s %s %.3f (%ld)", col++ % 4 == 0 ? "\n     " : "  ", pos.c_str(), b.Share(),
                b.total);
  }
  std::printf("\n");
  if (Verbose()) {
    std::vector<std::pair<long, std::string>> f;
    for (auto& [k, n] : failures) f.push_back({n, k});
    std::sort(f.rbegin(), f.rend());
    for (size_t i = 0; i < f.size() && i < FailuresShown(); ++i)
      std::printf("      %3ld  %s\n", f[i].first, f[i].second.c_str());
  }
}

// True when the lemmas look derivationally related: each shorter lemma, less its last letter
// when two or more letters remain (дамы -> дам), is a prefix of each longer one. A heuristic to
// split over-merging into derivation (where the gold data itself is inconsistent) and the rest.
bool PrefixRelated(const std::set<std::string>& lemmas) {
  for (const auto& a : lemmas) {
    for (const auto& b : lemmas) {
      if (a.size() > b.size() || a == b) continue;
      std::string head = a;
      size_t cut = head.size();
      while (cut > 0 && (static_cast<unsigned char>(head[cut - 1]) & 0xC0) == 0x80) --cut;
      if (cut > 0) --cut;
      if (cut >= 4) head.resize(cut);  // two Cyrillic letters remain
      if (b.compare(0, head.size(), head) != 0) return false;
    }
  }
  return true;
}

void ReportOverMerging(const std::vector<Pair>& pairs, Stems& stems, bool details = true) {
  std::map<std::string, std::set<std::string>> lemmas_of_form;
  for (const Pair& p : pairs) lemmas_of_form[NormalizeWord(p.form)].insert(NormalizeWord(p.lemma));
  std::map<std::string, std::set<std::string>> lemmas_of_stem;
  std::map<std::string, std::set<std::string>> forms_of_stem;
  long homographs = 0;
  for (const auto& [form, lemmas] : lemmas_of_form) {
    if (lemmas.size() > 1) {
      ++homographs;
      continue;
    }
    const std::string& stem = stems.Of(form);
    lemmas_of_stem[stem].insert(*lemmas.begin());
    forms_of_stem[stem].insert(form);
  }
  long merged = 0, related = 0;
  std::vector<std::string> examples;
  for (const auto& [stem, lemmas] : lemmas_of_stem) {
    if (lemmas.size() < 2) continue;
    ++merged;
    related += PrefixRelated(lemmas);
    std::string ex = stem + ": ";
    for (const auto& l : lemmas) ex += l + " ";
    ex += "<- ";
    for (const auto& f : forms_of_stem[stem]) ex += f + " ";
    examples.push_back(ex);
  }
  std::printf("over-merging (UD + Apertium forms, %ld homograph forms excluded)\n", homographs);
  std::printf("  stems %zu  with 2+ lemmas %ld  share %.4f  (target <= 0.03)\n",
              lemmas_of_stem.size(), merged,
              lemmas_of_stem.empty() ? 0.0 : static_cast<double>(merged) / lemmas_of_stem.size());
  std::printf(
      "    of which lemmas related by prefix (даму/дамы, заң/заңды, айнал/айналыс) %ld, other "
      "%ld\n",
      related, merged - related);
  if (Verbose() && details) {
    for (size_t i = 0; i < examples.size() && i < 200; ++i)
      std::printf("      %s\n", examples[i].c_str());
  }
}

// What search sees for a query of the dictionary word: its stem plus FormStems (the stems of its
// regular forms that the index files elsewhere). A pair counts when the form's stem is among
// them. Reach: query stems that are the stem of some form of another gold lemma (a lemma not
// related to the query's by prefix), i.e. how far the widened query strays.
void ReportQueryConflation(const std::vector<Pair>& pairs, Stems& stems,
                           const KazakhStemmer& stemmer) {
  std::map<std::string, std::vector<std::string>> query_stems;  // lemma -> stems searched
  std::map<std::string, std::set<std::string>> lemmas_of_stem;
  for (const Pair& p : pairs) lemmas_of_stem[stems.Of(p.form)].insert(NormalizeWord(p.lemma));
  Tally t;
  std::map<std::string, long> failures;
  for (const Pair& p : pairs) {
    std::string lemma = NormalizeWord(p.lemma);
    auto it = query_stems.find(lemma);
    if (it == query_stems.end()) {
      std::vector<std::string> q = analyzers::kk::FormStems(stemmer, lemma);
      q.insert(q.begin(), stems.Of(p.lemma));
      it = query_stems.emplace(lemma, std::move(q)).first;
    }
    const std::string& s = stems.Of(p.form);
    bool ok = std::find(it->second.begin(), it->second.end(), s) != it->second.end();
    ++t.total;
    t.hit += ok;
    if (!ok) ++failures[NormalizeWord(p.form) + " -> " + s + " | " + lemma + " (" + p.pos + ")"];
  }
  long extra = 0, stray = 0, lemmas_straying = 0;
  for (const auto& [lemma, q] : query_stems) {
    bool strays = false;
    for (size_t i = 1; i < q.size(); ++i) {
      ++extra;
      auto found = lemmas_of_stem.find(q[i]);
      if (found == lemmas_of_stem.end()) continue;
      std::set<std::string> both = found->second;
      both.insert(lemma);
      if (found->second.count(lemma) == 0 && !PrefixRelated(both)) {
        ++stray;
        strays = true;
      }
    }
    lemmas_straying += strays;
  }
  std::printf("query-side conflation: stem(form) in {stem(lemma)} + FormStems(lemma)\n");
  std::printf("  pairs %6ld  recall %.4f   extra stems per lemma %.2f\n", t.total, t.Share(),
              query_stems.empty() ? 0.0 : static_cast<double>(extra) / query_stems.size());
  std::printf(
      "  lemmas whose extra stems reach forms of an unrelated gold lemma %ld of %zu (%.4f)\n",
      lemmas_straying, query_stems.size(),
      query_stems.empty() ? 0.0 : static_cast<double>(lemmas_straying) / query_stems.size());
  if (Verbose()) {
    std::vector<std::pair<long, std::string>> f;
    for (auto& [k, n] : failures) f.push_back({n, k});
    std::sort(f.rbegin(), f.rend());
    for (size_t i = 0; i < f.size() && i < FailuresShown(); ++i)
      std::printf("      %3ld  %s\n", f[i].first, f[i].second.c_str());
  }
}

// Full paradigms: `form:lemma<tags>` lines, gzip-compressed; read through gzip -dc.
void ReportParadigms(const std::string& path, Stems& stems) {
  std::string cmd = "gzip -dc '" + path + "'";
  FILE* pipe = popen(cmd.c_str(), "r");
  if (pipe == nullptr) {
    std::printf("paradigms: cannot read %s\n", path.c_str());
    return;
  }
  std::map<std::string, std::set<std::string>> forms;  // lemma -> distinct first words
  char buf[4096];
  while (std::fgets(buf, sizeof buf, pipe) != nullptr) {
    std::string line(buf);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    size_t colon = line.find(':', 1);
    if (colon == std::string::npos) continue;
    size_t lt = line.find('<', colon);
    std::string lemma =
        line.substr(colon + 1, lt == std::string::npos ? std::string::npos : lt - colon - 1);
    std::string form = FirstWord(line.substr(0, colon));
    if (lemma.empty() || form.empty()) continue;
    forms[lemma].insert(form);
  }
  pclose(pipe);
  if (forms.empty()) {
    std::printf("paradigms: cannot read %s\n", path.c_str());
    return;
  }
  std::printf("paradigm conflation (apertium current-state, distinct first words of forms)\n");
  long total = 0, hit = 0;
  double macro = 0;
  for (const auto& [lemma, fs] : forms) {
    std::map<std::string, long> count;
    for (const auto& f : fs) ++count[stems.Of(f)];
    auto best = std::max_element(count.begin(), count.end(),
                                 [](auto& a, auto& b) { return a.second < b.second; });
    double share = static_cast<double>(best->second) / fs.size();
    std::printf("  %s forms %6zu  majority stem %s share %.4f\n", PadRight(lemma, 8).c_str(),
                fs.size(), PadRight(best->first, 8).c_str(), share);
    total += fs.size();
    hit += best->second;
    macro += share;
    if (Verbose()) {
      int shown = 0;
      for (const auto& f : fs) {
        if (stems.Of(f) != best->first && shown++ < 25)
          std::printf("      %s -> %s\n", f.c_str(), stems.Of(f).c_str());
      }
    }
  }
  std::printf("  mean over lemmas %.4f  over forms %.4f  (target >= 0.90)\n", macro / forms.size(),
              static_cast<double>(hit) / total);
}

// Segmentation corpus: `sentence<TAB>segmented sentence`, morphemes split by U+00B7.
void ReportSegmentation(const std::string& path, Stems& stems,
                        std::vector<std::string>* running_words) {
  std::ifstream in(path);
  if (!in) {
    std::printf("segmentation: cannot read %s\n", path.c_str());
    return;
  }
  Tally exact, conflate, segmented;
  std::string line;
  while (std::getline(in, line)) {
    auto cols = Split(line, '\t');
    if (cols.size() < 2) continue;
    auto words = Split(cols[0], ' ');
    auto segs = Split(cols[1], ' ');
    if (words.size() != segs.size()) continue;
    for (size_t i = 0; i < words.size(); ++i) {
      if (!IsLetterWord(words[i])) continue;
      running_words->push_back(NormalizeWord(words[i]));
      std::string root = segs[i].substr(0, segs[i].find("\u00b7"));
      bool has_boundary = segs[i].find("\u00b7") != std::string::npos;
      const std::string& stem = stems.Of(words[i]);
      bool e = stem == NormalizeWord(root);
      ++exact.total;
      exact.hit += e;
      ++conflate.total;
      conflate.hit += stem == stems.Of(root);
      if (has_boundary) {
        ++segmented.total;
        segmented.hit += e;
      }
    }
  }
  std::printf("segmentation agreement (apertium segmentation-corpus.dev)\n");
  std::printf("  words %ld  stem == first segment %.4f  (segmented words only: %.4f of %ld)\n",
              exact.total, exact.Share(), segmented.Share(), segmented.total);
  std::printf("  stem(word) == stem(first segment) %.4f\n", conflate.Share());
}

void ReportCoverage(const std::string& path, const KazakhStemmer& stemmer,
                    std::vector<std::string>* vocab) {
  std::ifstream in(path);
  if (!in) {
    std::printf("coverage: cannot read %s\n", path.c_str());
    return;
  }
  Tally all, cyr;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::string norm = NormalizeWord(line);
    vocab->push_back(norm);
    bool known = stemmer.IsLexiconWord(stemmer.Stem(norm));
    ++all.total;
    all.hit += known;
    bool has_cyr = false;
    size_t pos = 0;
    while (pos < norm.size()) has_cyr |= IsCyrillic(DecodeUtf8(norm, &pos));
    if (has_cyr) {
      ++cyr.total;
      cyr.hit += known;
    }
  }
  std::printf("coverage (tengrinews vocabulary: stem is a lexicon word)\n");
  std::printf("  all tokens %ld: %.4f   Cyrillic tokens %ld: %.4f\n", all.total, all.Share(),
              cyr.total, cyr.Share());
}

// Stem() calls per second over `words` for about a second. The stemmer's per-thread memo is on,
// as in production, so repeated words in running text are cheaper than distinct tokens.
void ReportSpeed(const char* name, const std::vector<std::string>& words,
                 const KazakhStemmer& stemmer) {
  if (words.empty()) return;
  size_t bytes = 0;
  for (const auto& w : words) bytes += w.size();
  size_t checksum = 0;
  int rounds = 0;
  auto start = std::chrono::steady_clock::now();
  double secs = 0;
  do {
    for (const auto& w : words) checksum += stemmer.Stem(w).size();
    ++rounds;
    secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  } while (secs < 1.0);
  double n = static_cast<double>(words.size()) * rounds;
  std::printf("  %-34s %8.0f words/s  %6.1f MB/s of word bytes  (checksum %zu)\n", name, n / secs,
              bytes * rounds / secs / 1e6, checksum % 1000);
}

}  // namespace

int RunStemEval(const std::string& data_dir) {
  const std::string morph = data_dir + "/morphology/";
  std::vector<Pair> ud, ap;
  long ud_skipped = 0, ap_skipped = 0;
  if (!ReadPairs(morph + "ud_kazakh_ktb/form_lemma_pairs.tsv", true, &ud, &ud_skipped) ||
      !ReadPairs(morph + "apertium/form_lemma_tagged_texts.tsv", false, &ap, &ap_skipped)) {
    std::fprintf(stderr, "izdeu-eval: form/lemma pairs not found under %s\n", morph.c_str());
    return 1;
  }
  auto t0 = std::chrono::steady_clock::now();
  const KazakhStemmer& stemmer = analyzers::kk::SharedKazakhStemmer();
  double load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  Stems stems(stemmer);

  std::printf("conflation recall: stem(norm(form)) == stem(norm(lemma))  (target >= 0.95)\n");
  Tally all;
  ReportConflation("UD KTB", ud, stems, &all);
  ReportConflation("Apertium tagged texts", ap, stems, &all);
  std::printf(
      "  %-22s pairs %6ld  recall %.4f   (skipped: UD %ld, Apertium %ld punct/num/multi-word)\n",
      "both", all.total, all.Share(), ud_skipped, ap_skipped);

  std::vector<Pair> both = ud;
  both.insert(both.end(), ap.begin(), ap.end());
  ReportOverMerging(both, stems);
  ReportQueryConflation(both, stems, stemmer);

  // The plain baseline in the same run: every word cut to N letters.
  for (size_t n : {4, 5, 6}) {
    std::printf("baseline: words cut to %zu letters\n", n);
    Stems cut(stemmer, n);
    Tally cut_all;
    ReportConflation("UD KTB", ud, cut, &cut_all, false);
    ReportConflation("Apertium tagged texts", ap, cut, &cut_all, false);
    std::printf("  %-22s pairs %6ld  recall %.4f\n", "both", cut_all.total, cut_all.Share());
    ReportOverMerging(both, cut, false);
  }
  ReportParadigms(morph + "apertium/current-state.txt.gz", stems);
  std::vector<std::string> running, vocab;
  ReportSegmentation(morph + "apertium/segmentation-corpus.dev.tsv", stems, &running);
  ReportCoverage(morph + "tengrinews/bench_tokens_tengrinews_vocab.txt", stemmer, &vocab);

  std::printf("speed (one thread, normalised words, stemmer built in %.1f ms)\n", load_ms);
  ReportSpeed("running text (segmentation corpus)", running, stemmer);
  ReportSpeed("distinct tokens (tengrinews vocab)", vocab, stemmer);
  return 0;
}

}  // namespace izdeu::eval
