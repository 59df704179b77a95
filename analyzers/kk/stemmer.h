// Kazakh stemmer: maps an inflected Kazakh word to a stem shared by its inflected forms, for
// search (index and query time use the same stem). It peels inflectional suffixes right to left
// in morphotactic order (person, case, possessive, plural; tense, participle, negation, voice),
// checking vowel harmony and the consonant assimilation at each join, restores the spelling
// changes suffixes cause (кітабы -> кітап, орны -> орын), and is guarded by a lemma lexicon
// embedded in the binary (Apertium Kazakh, GPL-3.0): a lexicon word is kept whole unless it is
// one regular inflection of another lexicon word (алды = ал + ды). See docs/stemmer.md.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace izdeu::analyzers::kk {

// Immutable after construction; all const methods are thread-safe.
class KazakhStemmer {
 public:
  // Indexes the embedded lexicon (about 31k lemmas; a few milliseconds). Prefer
  // SharedKazakhStemmer() over constructing more instances.
  KazakhStemmer();
  ~KazakhStemmer();
  KazakhStemmer(const KazakhStemmer&) = delete;
  KazakhStemmer& operator=(const KazakhStemmer&) = delete;

  // Returns the stem of `word`, or `word` itself when nothing should be stripped (unknown short
  // words, words without Cyrillic letters, words longer than 120 bytes). Verbs stem to the
  // imperative root (келеді -> кел), nouns to the nominative (кітабы -> кітап), proper names
  // keep their spelling (назарбаевтың -> назарбаев), pronouns to their lemma (оның -> ол). A
  // word mixing Latin letters with Cyrillic suffixes (Google-ға after normalisation) stems to
  // its Latin part. The result depends on `word` only (not on the instance or the thread).
  // REQUIRES: `word` is the output of NormalizeWord (UTF-8, lower case). Any other input (Latin,
  // digits, empty, invalid UTF-8) is accepted and never crashes; it is then returned as is or
  // with Kazakh suffixes peeled. Allocates only the returned string (a per-thread memo of
  // recent words, about 190 KB per thread, answers repeated words without a search).
  std::string Stem(std::string_view word) const;

  // True when `word` (normalised) is a lemma of the embedded lexicon.
  bool IsLexiconWord(std::string_view word) const;
  // True when `word` (normalised) is a verb of the embedded lexicon (it may also be a noun).
  bool IsLexiconVerb(std::string_view word) const;

 private:
  std::string StemUncached(std::string_view word) const;

  struct Impl;
  std::unique_ptr<const Impl> impl_;
};

// The process-wide stemmer, built on first use (thread-safe static). Valid until exit.
const KazakhStemmer& SharedKazakhStemmer();

// True for Kazakh function words that carry no search meaning. The list is
// analyzers/kk/data/kaz_stopwords.stop (97 words, from pg-kazsearch, LGPL-3.0) plus the question
// words and particles қай, қандай, қашан, кім, не, неше, қалай, қайда, қанша and ма, ме, ба, бе,
// па, пе (the question particle; "ма?" is ма once the tokenizer has split off the "?").
// REQUIRES: `normalized_word` is the output of NormalizeWord (not stemmed). Thread-safe.
bool IsKazakhStopword(std::string_view normalized_word);

}  // namespace izdeu::analyzers::kk
