// The Russian stemmer: Snowball's Russian algorithm as Xapian ships it, behind izdeu's own
// interface so that analyzers/ has one place per language (kk/stemmer.h for Kazakh).
// Thread-safety: NOT thread-safe (Xapian::Stem's stemming call keeps state); one per thread,
// as StemmerSet (registry.h) does.
#pragma once

#include <xapian.h>

#include <string>

namespace izdeu::analyzers::ru {

class RussianStemmer {
 public:
  RussianStemmer() : snowball_("russian") {}
  // REQUIRES: `norm` is a word normalised by NormalizeWord (lower case, ё folded to е).
  std::string Stem(const std::string& norm) { return snowball_(norm); }

 private:
  Xapian::Stem snowball_;
};

}  // namespace izdeu::analyzers::ru
