// Read-only hash set over a word list held in memory that the caller keeps alive (normally an
// embedded data file, see common/embedded.h). Internal to analyzers/kk: the stemmer uses it for
// its lemma lexicon and the stopword list. Zero-copy: entries point into the given text, and
// lookups never allocate.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace izdeu::analyzers::kk {

// Tags of a lexicon word (see tools/build_lexicon.py); a word may carry several.
enum LexTag : uint8_t {
  kTagNominal = 1,  // inflecting nominal: noun, adjective, numeral, pronoun, determiner
  kTagVerb = 2,     // verb stem (2sg imperative)
  kTagProper = 4,   // proper name
  kTagFrozen = 8,   // adverb, postposition, conjunction, interjection
};

class Lexicon {
 public:
  // Indexes `text`: one entry per line, `word` or `word<TAB>tags` (tags letters n v p f; a line
  // without tags counts as `n`). Empty lines and lines starting with '#' are skipped; a later
  // duplicate ORs its tags into the first. REQUIRES: `text` outlives this object.
  explicit Lexicon(std::string_view text);

  // Tag bits of `word` (exact byte match), or 0 when absent. Thread-safe; never allocates.
  uint8_t Tags(std::string_view word) const;
  bool Contains(std::string_view word) const { return Tags(word) != 0; }
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint32_t hash = 0;    // 0 marks an empty slot (real hashes are forced non-zero)
    uint32_t offset = 0;  // byte offset of the word in text_
    uint16_t length = 0;  // byte length of the word
    uint8_t tags = 0;
  };
  static uint32_t Hash(std::string_view word);
  void Insert(std::string_view word, uint8_t tags);

  std::string_view text_;
  std::vector<Slot> slots_;  // open addressing, linear probing, power-of-two size
  uint32_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace izdeu::analyzers::kk
