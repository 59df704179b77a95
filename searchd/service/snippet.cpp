#include "searchd/service/snippet.h"

#include <algorithm>

namespace izdeu::searchd {
namespace {

// Past this many bytes of an article the snippet search stops: a long article's best passage
// is nearly always found early, and snippets must stay cheap per hit.
constexpr size_t kMaxScanBytes = 16 * 1024;

struct WordHit {
  size_t paragraph;
  uint32_t start, end;
  int stem_index;  // index into the query stems matched, or -1
};

}  // namespace

void AppendHtmlEscaped(std::string_view text, std::string* out) {
  for (char c : text) {
    switch (c) {
      case '&':
        *out += "&amp;";
        break;
      case '<':
        *out += "&lt;";
        break;
      case '>':
        *out += "&gt;";
        break;
      case '"':
        *out += "&quot;";
        break;
      case '\'':
        *out += "&#39;";
        break;
      default:
        out->push_back(c);
    }
  }
}

std::string MakeSnippet(const std::vector<std::string>& paragraphs, analyzers::Language lang,
                        const std::unordered_set<std::string>& stems, analyzers::Analyzer& analyzer,
                        size_t window_words) {
  std::vector<std::string> stem_list(stems.begin(), stems.end());
  std::vector<WordHit> words;
  size_t scanned = 0;
  for (size_t p = 0; p < paragraphs.size() && scanned < kMaxScanBytes; ++p) {
    scanned += paragraphs[p].size();
    analyzer.ForEachWord(paragraphs[p], [&](const analyzers::Word& w) {
      int index = -1;
      if (!stems.empty()) {
        const std::string& stem = analyzer.Stem(w.norm, lang);
        auto it = std::find(stem_list.begin(), stem_list.end(), stem);
        if (it != stem_list.end()) index = static_cast<int>(it - stem_list.begin());
      }
      words.push_back({p, w.start, w.end, index});
    });
  }
  if (words.empty()) return "";

  // Slide a window over the words; score = distinct stems matched, then total matches.
  size_t best_start = 0;
  int best_distinct = 0, best_total = 0;
  std::vector<int> counts(stem_list.size(), 0);
  int distinct = 0, total = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].stem_index >= 0) {
      if (counts[words[i].stem_index]++ == 0) ++distinct;
      ++total;
    }
    if (i >= window_words) {
      const WordHit& out = words[i - window_words];
      if (out.stem_index >= 0) {
        if (--counts[out.stem_index] == 0) --distinct;
        --total;
      }
    }
    size_t start = i + 1 >= window_words ? i + 1 - window_words : 0;
    if (distinct > best_distinct || (distinct == best_distinct && total > best_total)) {
      best_distinct = distinct;
      best_total = total;
      best_start = start;
    }
  }
  // Start a little before the first match so the passage reads naturally.
  if (best_distinct > 0) {
    size_t first = best_start;
    while (first < words.size() && words[first].stem_index < 0) ++first;
    best_start = first >= 3 ? std::max(best_start, first - 3) : best_start;
  }
  size_t end = std::min(words.size(), best_start + window_words);

  std::string out;
  if (best_start > 0) out += "… ";
  size_t paragraph = words[best_start].paragraph;
  uint32_t cursor = words[best_start].start;
  for (size_t i = best_start; i < end; ++i) {
    const WordHit& w = words[i];
    const std::string& text = paragraphs[w.paragraph];
    if (w.paragraph != paragraph) {
      AppendHtmlEscaped(std::string_view(paragraphs[paragraph]).substr(cursor), &out);
      out += " ";
      paragraph = w.paragraph;
      cursor = 0;
    }
    AppendHtmlEscaped(std::string_view(text).substr(cursor, w.start - cursor), &out);
    std::string_view word = std::string_view(text).substr(w.start, w.end - w.start);
    if (w.stem_index >= 0) {
      out += "<mark>";
      AppendHtmlEscaped(word, &out);
      out += "</mark>";
    } else {
      AppendHtmlEscaped(word, &out);
    }
    cursor = w.end;
  }
  // Close the last word's sentence punctuation (up to the next space).
  const std::string& last = paragraphs[paragraph];
  size_t tail = cursor;
  while (tail < last.size() && last[tail] != ' ') ++tail;
  AppendHtmlEscaped(std::string_view(last).substr(cursor, tail - cursor), &out);
  if (end < words.size() || tail < last.size()) out += " …";
  return out;
}

}  // namespace izdeu::searchd
