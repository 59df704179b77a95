#include "searchd/service/snippet.h"

#include <algorithm>

#include "schema/schema.h"

namespace izdeu::searchd {
namespace {

struct BodyWord {
  uint32_t paragraph;
  uint32_t index;  // word number inside its paragraph
  int stem_index;  // which query stem it matches, or -1
};

// The body words of the sequence (the title comes first and ends at the first 0).
// Returns false when the sequence does not have one section per paragraph.
bool BodyWords(std::string_view sequence, size_t paragraphs,
               const std::vector<uint32_t>& query_hashes, std::vector<BodyWord>* out) {
  const size_t n = schema::SequenceLength(sequence);
  size_t i = 0;
  while (i < n && schema::SequenceWordAt(sequence, i) != 0) ++i;  // skip the title
  uint32_t paragraph = 0, index = 0;
  for (++i; i < n; ++i) {
    uint32_t h = schema::SequenceWordAt(sequence, i);
    if (h == 0) {
      ++paragraph;
      index = 0;
      continue;
    }
    auto it = std::find(query_hashes.begin(), query_hashes.end(), h);
    out->push_back({paragraph, index++,
                    it == query_hashes.end() ? -1 : static_cast<int>(it - query_hashes.begin())});
  }
  return paragraph == paragraphs;
}

}  // namespace

Snippet MakeSnippet(const std::vector<std::string>& paragraphs, std::string_view sequence,
                    const std::unordered_set<std::string>& stems, analyzers::Analyzer& analyzer,
                    size_t window_words) {
  std::vector<uint32_t> query_hashes;
  for (const auto& s : stems) query_hashes.push_back(schema::StemHash(s));
  std::vector<BodyWord> words;
  if (!BodyWords(sequence, paragraphs.size(), query_hashes, &words)) {
    words.clear();
    query_hashes.clear();  // unknown layout: show the opening words, unmarked
    for (uint32_t p = 0; p < paragraphs.size() && words.size() < window_words; ++p) {
      uint32_t index = 0;
      analyzer.ForEachWordSpan(paragraphs[p], [&](const analyzers::Word&) {
        words.push_back({p, index++, -1});
        return words.size() < window_words;
      });
    }
  }
  if (words.empty()) return {};

  // Slide a window over the body words; score = distinct stems matched, then total matches.
  size_t best_start = 0;
  int best_distinct = 0, best_total = 0;
  std::vector<int> counts(query_hashes.size(), 0);
  int distinct = 0, total = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].stem_index >= 0 && counts[words[i].stem_index]++ == 0) ++distinct;
    total += words[i].stem_index >= 0;
    if (i >= window_words && words[i - window_words].stem_index >= 0) {
      if (--counts[words[i - window_words].stem_index] == 0) --distinct;
      --total;
    }
    size_t start = i + 1 >= window_words ? i + 1 - window_words : 0;
    if (distinct > best_distinct || (distinct == best_distinct && total > best_total)) {
      best_distinct = distinct;
      best_total = total;
      best_start = start;
    }
  }
  // Start a little before the first match so that the passage reads naturally.
  if (best_distinct > 0) {
    size_t first = best_start;
    while (first < words.size() && words[first].stem_index < 0) ++first;
    if (first >= best_start + 3) best_start = first - 3;
  }
  const size_t end = std::min(words.size(), best_start + window_words);

  // Render: re-tokenise only the paragraphs the window touches, to find the words' bytes.
  Snippet snippet;
  std::string& out = snippet.text;
  if (best_start > 0) out += "… ";
  for (uint32_t p = words[best_start].paragraph; p <= words[end - 1].paragraph; ++p) {
    const std::string& text = paragraphs[p];
    size_t cursor = std::string::npos, last_end = 0;
    uint32_t index = 0;
    size_t w = best_start;
    while (w < end && words[w].paragraph < p) ++w;
    analyzer.ForEachWordSpan(text, [&](const analyzers::Word& word) {
      if (w >= end || words[w].paragraph != p) return false;  // the window ends before this word
      if (words[w].index != index++) return true;             // before the window
      if (cursor == std::string::npos) cursor = words[w].index == 0 ? 0 : word.start;
      out.append(text, cursor, word.start - cursor);
      if (words[w].stem_index >= 0) snippet.marks.push_back({out.size(), word.end - word.start});
      out.append(text, word.start, word.end - word.start);
      cursor = last_end = word.end;
      ++w;
      return true;
    });
    if (cursor == std::string::npos) continue;
    // Keep the punctuation after the last word shown (up to the next space).
    size_t tail = last_end;
    while (tail < text.size() && text[tail] != ' ') ++tail;
    out.append(text, last_end, tail - last_end);
    if (p < words[end - 1].paragraph) out += ' ';
  }
  if (end < words.size()) out += " …";
  return snippet;
}

}  // namespace izdeu::searchd
