// Query-side recall of word forms. The index keeps one stem per word, and a few forms of a
// dictionary word stem elsewhere because they are also words of their own: lexicalised case
// forms (жылға "ravine" / жыл + ға, кезде / кез + де, елді / ел + ді), voice stems that the
// lexicon lists as verbs (көрін / көр + ін, сайлан / сайла + н), converbs that are lexicon words
// (атап, ала). Cutting them at index time would merge different words for every query;
// instead a query for the dictionary word also searches the stems its own regular forms get.
//
// FormStems generates the lemma's one- and two-suffix forms from the suffix grammar
// (morphotactics.h: the allomorph fitting the lemma's last letter and vowel harmony), stems each
// with the same stemmer as the index, and returns the distinct stems other than the lemma's
// own. No word lists: the forms follow from the grammar, the stems from the stemmer.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analyzers/kk/stemmer.h"

namespace izdeu::analyzers::kk {

// REQUIRES: `lemma` normalised (NormalizeWord) Kazakh Cyrillic. Returns the stems (never
// stemmer.Stem(lemma) itself), in generation order, at most `limit`. Verbs of the lexicon get
// their voice, tense, participle and converb forms; every lemma gets its case, possessive and
// plural forms. Empty for words without Cyrillic letters or over 60 bytes. Thread-safe.
std::vector<std::string> FormStems(const KazakhStemmer& stemmer, std::string_view lemma,
                                   size_t limit = 16);

}  // namespace izdeu::analyzers::kk
