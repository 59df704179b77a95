#include "analyzers/kk/stemmer.h"

#include <cstdint>
#include <vector>

#include "analyzers/kk/lexicon.h"
#include "analyzers/kk/morphotactics.h"
#include "analyzers/kk/stem_search.h"
#include "common/embedded.h"
#include "common/utf8.h"

IZDEU_EMBEDDED(kk_lexicon)
IZDEU_EMBEDDED(kk_stopwords)

namespace izdeu::analyzers::kk {
namespace {

// Whole words spelled for one lemma: harmony and assimilation variants of the enclitic
// particles (да/де/та/те), short and old pronoun forms, colloquial contractions.
struct WordVariant {
  std::string_view form, canonical;
};
constexpr size_t kMaxVariantBytes = 12;  // longest form below: осылай
constexpr WordVariant kWordVariants[] = {
    {"та", "да"},
    {"те", "да"},
    {"ме", "ма"},
    {"ба", "ма"},
    {"бе", "ма"},
    {"па", "ма"},
    {"пе", "ма"},
    {"бен", "мен"},
    {"пен", "мен"},  // the conjunction мен/бен/пен
    // Short and old forms of pronouns and colloquial contractions.
    {"бұ", "бұл"},
    {"онан", "ол"},
    {"мұнан", "бұл"},
    {"бұнан", "бұл"},
    {"сонан", "сол"},
    {"аның", "ол"},
    // Manner adverbs of the demonstratives (-лай "like this"), which lemmatisers give as forms
    // of the pronoun.
    {"олай", "ол"},
    {"былай", "бұл"},
    {"бұлай", "бұл"},
    {"солай", "сол"},
    {"осылай", "осы"},
    {"боп", "бол"},
    {"кеп", "кел"},
    // Copula person endings written apart from a predicate ending in a vowel or a number (ол
    // мұғалім мын, 20 жаста мыз): the copula е. біз and мін are left alone: "we", "ride".
    {"мын", "е"},
    {"бын", "е"},
    {"бін", "е"},
    {"пын", "е"},
    {"пін", "е"},
    {"мыз", "е"},
    {"міз", "е"},
    {"быз", "е"},
    {"пыз", "е"},
    {"піз", "е"},
};

constexpr std::string_view kQuestionWords[] = {"қай",  "қандай", "қашан", "кім",   "не",
                                               "неше", "қалай",  "қайда", "қанша", "ма",
                                               "ме",   "ба",     "бе",    "па",    "пе"};

bool HasCyrillic(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    if (IsCyrillic(DecodeUtf8(s, &pos))) return true;
  }
  return false;
}

// Cyrillic letters that NormalizeWord makes out of Latin look-alikes, mapped back; used for
// stems that keep a Latin letter (gооglе from Googleға -> google).
// clang-format off
char LatinForCyrillic(char32_t c) {
  switch (c) {
    case U'а': return 'a'; case U'е': return 'e'; case U'о': return 'o'; case U'р': return 'p';
    case U'с': return 'c'; case U'х': return 'x'; case U'у': return 'y'; case U'і': return 'i';
    case U'к': return 'k'; case U'һ': return 'h'; case U'в': return 'b'; case U'м': return 'm';
    case U'т': return 't'; case U'н': return 'h'; case U'ү': return 'y';
    default: return 0;
  }
}
// clang-format on

// If `stem` has a basic Latin letter and every Cyrillic letter in it is a look-alike image,
// rewrites it in Latin.
void RepairMixedScript(std::string* stem) {
  bool latin = false;
  size_t pos = 0;
  while (pos < stem->size()) {
    char32_t c = DecodeUtf8(*stem, &pos);
    if (c < 0x80 && IsBasicLatinLetter(c)) latin = true;
    if (IsCyrillic(c) && LatinForCyrillic(c) == 0) return;
  }
  if (!latin) return;
  std::string out;
  pos = 0;
  while (pos < stem->size()) {
    size_t start = pos;
    char32_t c = DecodeUtf8(*stem, &pos);
    if (char l = IsCyrillic(c) ? LatinForCyrillic(c) : 0) {
      out.push_back(l);
    } else {
      out.append(*stem, start, pos - start);  // other bytes as they were, even invalid ones
    }
  }
  *stem = std::move(out);
}

// True when `text` is nothing but suffixes (ға, дағыдан, ақ): after a hyphen that means the part
// before it is the stem (ҚР-да, Google-дағы), not a compound.
bool IsSuffixChain(std::string_view text, uint64_t allowed, int depth) {
  if (depth > kMaxSuffixes) return false;
  for (const Allomorph& a : Allomorphs()) {
    if ((allowed & (uint64_t{1} << a.kind)) == 0) continue;
    std::string_view t = a.kind == kClitic ? a.text.substr(1) : a.text;  // without its hyphen
    if (t.size() > text.size() || text.substr(text.size() - t.size()) != t) continue;
    if (t.size() == text.size()) {
      if (a.root_nominal || a.root_verb) return true;
      continue;
    }
    if (a.kind != kClitic &&
        IsSuffixChain(text.substr(0, text.size() - t.size()), a.left_kinds, depth + 1)) {
      return true;
    }
  }
  return false;
}

// Feminine surnames in -ова/-ева (Сәтбаева, Қайырбекова) are the family name of -ов/-ев, as
// lemmatisers give them; at least three letters stay before -ов/-ев. Lexicon words (Молдова) are
// kept.
void FoldFeminineSurname(const Lexicon& lexicon, std::string* stem) {
  constexpr size_t kSuffixBytes = 6;  // ова, ева
  if (stem->size() < kSuffixBytes + 6) return;
  std::string_view tail = std::string_view(*stem).substr(stem->size() - kSuffixBytes);
  if ((tail == "ова" || tail == "ева") && !lexicon.Contains(*stem)) stem->resize(stem->size() - 2);
}

// A root that is itself a noun plus the 3rd-person possessive (кісі = кіс + і, бірі = бір + і)
// goes the way the bare word goes, so that кісіге and кісі, бірімен and бірі share a stem.
void FoldPossessiveRoot(const Lexicon& lexicon, const SuffixMatcher& suffixes,
                        std::string_view word, std::string* stem) {
  if (stem->size() >= word.size() || stem->size() < 6) return;
  std::string_view root(*stem);
  if (!root.ends_with("ы") && !root.ends_with("і")) return;
  // Not when a possessive follows the root: барысында is барыс + ы + нда (or бары + сы + нда),
  // never бар + ы + сы + нда.
  std::string_view after = word.substr(root.size());
  if (!word.starts_with(root) || after.starts_with("ы") || after.starts_with("і") ||
      after.starts_with("сы") || after.starts_with("сі"))
    return;
  // Cheap filter before the search: the root less -ы/-і or -сы/-сі must be a lexicon word.
  size_t cut = root.size() - 2;
  if (!lexicon.Contains(root.substr(0, cut)) &&
      !(root.substr(0, cut).ends_with("с") && lexicon.Contains(root.substr(0, cut - 2))))
    return;
  std::string inner;
  if (!FindStem(lexicon, suffixes, root, &inner) || inner.size() >= stem->size()) return;
  std::string_view rest = root.substr(inner.size());
  if (!root.starts_with(inner) || !(rest == "ы" || rest == "і" || rest == "сы" || rest == "сі"))
    return;
  *stem = std::move(inner);
}

// True when `word` is an intensive prefix + hyphen + a word (тап-таза: та + п + - + таза); sets
// *tail to the word. The prefix repeats the word's start up to and including its first vowel.
bool IsIntensivePrefix(std::string_view word, std::string_view* tail) {
  size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen < 3 || hyphen > 6) return false;
  std::string_view head = word.substr(0, hyphen);
  std::string_view rest = word.substr(hyphen + 1);
  if (!head.ends_with("п") || rest.find('-') != std::string_view::npos) return false;
  std::string_view syllable = head.substr(0, head.size() - 2);  // та, қа, а, жа
  size_t pos = 0;
  char32_t last = 0;
  while (pos < syllable.size()) last = DecodeUtf8(syllable, &pos);
  if (!IsVowel(last) || !rest.starts_with(syllable) || rest.size() < syllable.size() + 2)
    return false;
  *tail = rest;
  return true;
}

// The search on one word, without the whole-word special cases of Stem().
std::string StemWord(const Lexicon& lexicon, const SuffixMatcher& suffixes, std::string_view word) {
  std::string stem;
  if (!FindStem(lexicon, suffixes, word, &stem)) {
    stem.assign(word);
    FoldFeminineSurname(lexicon, &stem);
    return stem;
  }
  while (stem.size() > 1 && stem.back() == '-') stem.pop_back();
  FoldPossessiveRoot(lexicon, suffixes, word, &stem);
  FoldFeminineSurname(lexicon, &stem);
  RepairMixedScript(&stem);
  return stem;
}

// Per-thread memo of recent results. Running text repeats its words (Zipf), so most calls are
// answered here without a search (about a third faster on news text). Every KazakhStemmer gives
// the same result for a word (the lexicon is embedded), so the memo is shared by all instances.
// Direct-mapped, fixed-size entries: no locks and no allocation.
constexpr size_t kMemoSize = 2048;  // entries per thread (power of two), about 190 KB
constexpr size_t kMemoBytes = 46;   // longer words are not memoised
struct MemoEntry {
  uint8_t word_len = 0xFF;  // 0xFF: empty
  uint8_t stem_len = 0;
  char word[kMemoBytes];
  char stem[kMemoBytes];
};

MemoEntry& MemoSlot(std::string_view word) {
  thread_local std::vector<MemoEntry> memo(kMemoSize);
  uint32_t h = 2166136261u;
  for (unsigned char c : word) h = (h ^ c) * 16777619u;
  return memo[h & (kMemoSize - 1)];
}

}  // namespace

struct KazakhStemmer::Impl {
  Impl() : lexicon(kk_lexicon_view()) {}

  Lexicon lexicon;
  SuffixMatcher suffixes;
};

KazakhStemmer::KazakhStemmer() : impl_(std::make_unique<const Impl>()) {}
KazakhStemmer::~KazakhStemmer() = default;

bool KazakhStemmer::IsLexiconWord(std::string_view word) const {
  return impl_->lexicon.Contains(word);
}

bool KazakhStemmer::IsLexiconVerb(std::string_view word) const {
  return (impl_->lexicon.Tags(word) & kTagVerb) != 0;
}

std::string KazakhStemmer::Stem(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWordBytes || !HasCyrillic(word)) return std::string(word);
  if (word.size() > kMemoBytes) return StemUncached(word);
  MemoEntry& memo = MemoSlot(word);
  if (memo.word_len == word.size() && std::string_view(memo.word, word.size()) == word) {
    return std::string(memo.stem, memo.stem_len);
  }
  std::string stem = StemUncached(word);
  if (stem.size() <= kMemoBytes) {
    memo.word_len = static_cast<uint8_t>(word.size());
    word.copy(memo.word, word.size());
    memo.stem_len = static_cast<uint8_t>(stem.size());
    stem.copy(memo.stem, stem.size());
  }
  return stem;
}

std::string KazakhStemmer::StemUncached(std::string_view word) const {
  if (word.size() <= kMaxVariantBytes) {
    for (const WordVariant& v : kWordVariants) {
      if (word == v.form) return std::string(v.canonical);
    }
  }
  // Intensive reduplication: the first syllable of an adjective up to its vowel, closed by п,
  // is prefixed with a hyphen (тап-таза, қап-қара, ап-анық, жап-жаңа): the adjective itself.
  if (std::string_view tail; IsIntensivePrefix(word, &tail)) return Stem(tail);
  // A hyphenated compound inflects on its last part (наным-сенімін): when that part stems to a
  // lexicon word, the parts before it stay as written. Clitics (Google-ақ) and bare suffixes
  // (Google-ға) after the hyphen are handled by the search below.
  size_t hyphen = word.rfind('-');
  if (hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < word.size() &&
      !impl_->lexicon.Contains(word)) {
    std::string_view tail = word.substr(hyphen + 1);
    // A compound the lexicon lists whole (жауын-шашын, ағайын-туған) is stemmed as one word:
    // жауын-шашынның -> жауын-шашын, where the last part alone would give шаш.
    std::string whole;
    if (FindStem(impl_->lexicon, impl_->suffixes, word, &whole) &&
        whole.find('-') != std::string::npos && impl_->lexicon.Contains(whole)) {
      return whole;
    }
    if (!IsSuffixChain(tail, ~uint64_t{0}, 0)) {
      std::string tail_stem = StemWord(impl_->lexicon, impl_->suffixes, tail);
      if (impl_->lexicon.Contains(tail_stem))
        return std::string(word.substr(0, hyphen + 1)) + tail_stem;
    }
  }
  return StemWord(impl_->lexicon, impl_->suffixes, word);
}

const KazakhStemmer& SharedKazakhStemmer() {
  static const KazakhStemmer stemmer;
  return stemmer;
}

bool IsKazakhStopword(std::string_view normalized_word) {
  static const Lexicon stopwords(kk_stopwords_view());
  if (stopwords.Contains(normalized_word)) return true;
  for (std::string_view q : kQuestionWords) {
    if (q == normalized_word) return true;
  }
  return false;
}

}  // namespace izdeu::analyzers::kk
