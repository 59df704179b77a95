// Analyzer: the one text -> terms pipeline of izdeu. The indexer (terms of articles), searchd's
// query builder (terms of queries) and the snippet highlighter all call it, so index time and
// query time cannot drift apart.
//
// Pipeline: ICU word segmentation (tokenizer.h) -> NormalizeWord (normalizer.h) -> stemming by
// language: a word with a Kazakh-only letter is always stemmed as Kazakh; other Cyrillic words
// with the stemmer of the surrounding text's language (registry.h); Latin words and numbers are
// kept as normalised (Latin queries are folded to Cyrillic by the query builder, not here).
//
// Thread-safety: NOT thread-safe (it owns an ICU break iterator and a stem cache); make one per
// thread. Construction is cheap apart from the first use of the shared lexicons.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "analyzers/language.h"
#include "analyzers/tokenizer.h"

namespace izdeu::analyzers {

struct Word {
  std::string_view raw;  // the bytes of the input (a view into the caller's text)
  uint32_t start = 0;    // byte offsets in the input
  uint32_t end = 0;
  std::string norm;  // NormalizeWord(raw); never empty
};

class Analyzer {
 public:
  Analyzer();
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Calls sink(const Word&) for every word token of `text` (UTF-8), in order; a sink that
  // returns bool stops the iteration by returning false. Tokens that normalise to nothing (only
  // invisible characters) are skipped.
  template <typename Sink>
  void ForEachWord(std::string_view text, Sink&& sink) {
    VisitWords</*kWithNorm=*/true>(text, sink);
  }

  // The same words as ForEachWord, numbered alike, without their normal forms (Word::norm is
  // left empty): for callers that only need where the words are, such as snippets. Most words
  // start with a letter or digit, which never normalises away, so they skip normalisation.
  template <typename Sink>
  void ForEachWordSpan(std::string_view text, Sink&& sink) {
    VisitWords</*kWithNorm=*/false>(text, sink);
  }

  // The stem of a normalised word written in text of language `context`. Words with a
  // Kazakh-only letter use the Kazakh stemmer whatever the context; kOther leaves words unstemmed.
  // Returns a reference valid until the next call on this Analyzer.
  const std::string& Stem(const std::string& norm, Language context);

  // Language whose stemmer Stem() would use for `norm` in `context` (kOther: no stemming).
  static Language StemLanguage(std::string_view norm, Language context);

  // True for Kazakh or Russian function words and question words (kk/stopwords, ru/stopwords).
  static bool IsStopword(std::string_view norm);

 private:
  // ForEachWord (kWithNorm) and ForEachWordSpan: a word is skipped when it normalises to nothing.
  template <bool kWithNorm, typename Sink>
  void VisitWords(std::string_view text, Sink& sink) {
    Word word;
    tokenizer_.Words(text, [&](std::string_view raw, const Segment& seg) {
      if (kWithNorm || !StartsWithLetterOrDigit(raw)) {
        NormalizeInto(raw, &word.norm);
        if (word.norm.empty()) return true;
        if (!kWithNorm) word.norm.clear();
      }
      word.raw = raw;
      word.start = seg.start;
      word.end = seg.end;
      return CallSink(sink, static_cast<const Word&>(word));
    });
  }
  void NormalizeInto(std::string_view raw, std::string* out);
  // True when `raw` starts with an ASCII letter or digit or a Cyrillic letter (U+0400-U+052F),
  // which normalisation keeps.
  static bool StartsWithLetterOrDigit(std::string_view raw) {
    if (raw.empty()) return false;
    const auto c = static_cast<unsigned char>(raw[0]);
    if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return true;
    return c >= 0xD0 && c <= 0xD4 && raw.size() >= 2 &&
           (static_cast<unsigned char>(raw[1]) & 0xC0) == 0x80;
  }

  Tokenizer tokenizer_;
  struct Stemmers;
  std::unique_ptr<Stemmers> stemmers_;
  // Stems are cached per language: news text is Zipfian, so most words are seen before.
  std::unordered_map<std::string, std::string> cache_[3];
};

}  // namespace izdeu::analyzers
