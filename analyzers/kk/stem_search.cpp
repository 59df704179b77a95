#include "analyzers/kk/stem_search.h"

#include <cstdint>

#include "analyzers/kk/morphotactics.h"
#include "common/utf8.h"

namespace izdeu::analyzers::kk {
namespace {

// The cost model. A suffix costs about 1 (morphotactics.cpp gives each its cost inside a word
// and at its end); the constants here say when a root or a whole word is preferred. They were
// tuned on the UD KTB and Apertium form/lemma pairs; docs/stemmer.md has the measurements.
constexpr int kMaxNodes = 2000;  // bound on explored segmentations per word
constexpr size_t kMinUnknownRootLetters = 3;
constexpr float kRestoreCost = 0.05f;  // prefer the stem as written over an edited one
// Restoring an elided vowel (орны -> орын) also beats a lexicon word only with a cheap suffix:
// ұйқы is a word, not ұйық + ы.
constexpr float kElisionCost = 0.15f;
// Cost of keeping a lexicon word whole. Many lemma-list entries are lexicalised inflected forms
// (алды, жылы, келген, салынған), so a lexicon word gives way to a parse into another lexicon
// word plus one regular suffix (cost 1; a passive plus a suffix costs 1.15 and does not: ақылды
// is not ақ + ыл + ды); longer or rarer parses
// (алма = ал + ма, қала = қал + а, оқушы = оқы + ушы) lose to it.
constexpr float kLexiconWordCost = 1.1f;
// A name kept whole against parses of two or more suffixes only (берді = бер + ді, but Алмас is
// not ал + ма + с).
constexpr float kNameWordCost = 1.5f;
// Adverbs, postpositions and conjunctions of the lemma list (бірге, кейде, бойынша, кеше,
// қалай) are kept whole against parses into a nominal root plus case/plural/person endings and
// against weak verb readings (bare converb -а, negation, voice): those parses pay
// kFrozenWordParsePenalty. Not penalised: the postpositional forms of relational nouns, noun +
// 3rd-person possessive + locative, ablative or dative (арасында -> ара, ішінде -> іш, орнына ->
// орын), as lemmatisers give them, and clear verb forms (салыстырғанда) and pronoun stems (мұнда).
constexpr float kFrozenWordCost = 2.5f;
constexpr float kFrozenWordParsePenalty = 2.0f;
// A verb of the lexicon (оқы) is not cut into a noun plus a possessive or case (оқ + ы): that
// would split it from its own forms (оқиды -> оқы).
constexpr float kVerbWordNominalPenalty = 0.2f;
constexpr float kFrozenRootCost = 1.1f;  // an adverb or postposition as a root (жөнінде + гі)
constexpr float kClosedClassBonus = -0.05f;  // pronoun stems win ties (оның: ол, not он "ten")
constexpr size_t kMinKnownRootLetters = 2;
constexpr size_t kMinNameRootLetters = 3;

constexpr uint8_t kNominalTags = kTagNominal | kTagProper | kTagFrozen;

// Closed-class stems that inflect irregularly. Demonstrative and personal pronouns change their
// stem before case endings (ол -> оның, оған; бұл -> мұнда; мен -> маған). Listed: oblique stem,
// lemma, and the first suffixes it takes ("" = any, and then the stem alone is also the lemma's
// form: екен -> е); they take verbal and nominal suffixes alike.
struct PronounStem {
  std::string_view stem, lemma, endings;
};
// An element is the first suffix after the stem, or with '=' the whole rest of the word (the
// accusative оны, мені takes nothing after it, so -ы/-і is not a free first suffix).
constexpr std::string_view kNStemEndings = "|ың|да|дағы|дай|ша|=ы|=ымен|=ыменен|";
constexpr std::string_view kBareEndings = "|ған|дан|";
constexpr std::string_view kPersonalEndings = "|ің|ге|де|ден|дей|дегі|ікі|дер|=і|=імен|=іменен|";
constexpr std::string_view kCopulaEndings =
    "|мын|мін|мыз|міз|сың|сің|сыз|сіз|сыңдар|сіңдер|сыздар|сіздер|";
constexpr size_t kMaxPronounStemBytes = 12;  // longest stem below: сендер
constexpr PronounStem kPronounStems[] = {
    {"он", "ол", kNStemEndings},
    {"о", "ол", kBareEndings},
    {"бұн", "бұл", kNStemEndings},
    {"мұн", "бұл", kNStemEndings},
    {"бұ", "бұл", kBareEndings},
    {"мұ", "бұл", kBareEndings},
    {"сон", "сол", kNStemEndings},
    {"со", "сол", kBareEndings},
    {"осын", "осы", kNStemEndings},
    {"осы", "осы", kBareEndings},
    {"ма", "мен", "|ған|"},
    {"са", "сен", "|ған|"},
    {"ме", "мен", "|нен|"},
    {"се", "сен", "|нен|"},
    // The copula е- (еді, екен, емес) and the auxiliary жатыр (present of жат).
    {"е", "е", "|ді|"},
    {"екен", "е", ""},
    {"емес", "е", ""},
    {"жатыр", "жат", ""},
    // Plural pronouns (олар, сіздер are lemmas of their own, бұлар and солар are not), and the
    // positional verbs that take person endings directly (тұрмын).
    {"олар", "олар", ""},
    {"сіздер", "сіздер", ""},
    {"біздер", "біздер", ""},
    {"сендер", "сендер", ""},
    {"бұлар", "бұл", ""},
    {"солар", "сол", ""},
    {"осылар", "осы", ""},
    {"тұр", "тұр", kCopulaEndings},
    {"отыр", "отыр", kCopulaEndings},
    {"жүр", "жүр", kCopulaEndings},
    {"мен", "мен", kPersonalEndings},
    {"сен", "сен", kPersonalEndings},
    // бәрі "all" is a possessive form itself: бәрін, бәріне, бәрінде, бәрімен, бәріміз.
    {"бәр", "бәрі", "|=і|=ін|=іне|=інде|=інен|=імен|=іміз|=іңіз|=іңе|"},
};

bool HasVowel(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    if (IsVowel(DecodeUtf8(s, &pos))) return true;
  }
  return false;
}

size_t CountLetters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// True when `list` ("|a|b|c|") has `item` as one of its elements.
bool ListHas(std::string_view list, std::string_view item) {
  for (size_t at = list.find(item); at != std::string_view::npos; at = list.find(item, at + 1)) {
    if (at > 0 && list[at - 1] == '|' && at + item.size() < list.size() &&
        list[at + item.size()] == '|')
      return true;
  }
  return false;
}

bool HarmonyAllows(Harmony stem, Harmony suffix) {
  return suffix == kHarmonyNone || stem == kHarmonyBoth || stem == suffix;
}

// A stem ending in the front velars к/г (or -кт) is a loan whose suffixes are front whatever its
// vowels: Гамбургке, банкі, паркі, Нью-Йорктің, Гонконгте, пункттері (native back words end in
// қ/ғ). `rest_last_bytes` is the byte length of the last letter of `rest` (0 when not computed:
// no exception then).
bool FrontVelarJoin(std::string_view rest, size_t rest_last_bytes, const Allomorph& a) {
  if (rest_last_bytes != 2 || a.harmony != kFront || rest.size() < 6) return false;  // 3 letters
  std::string_view last = rest.substr(rest.size() - 2);
  if (last == "к" || last == "г") return true;
  return last == "т" && rest.size() >= 4 && rest.substr(rest.size() - 4, 2) == "к";
}

// Loans in -ль, -ть... drop the soft sign before a vowel and keep its front harmony: король ->
// королі, спектакль -> спектаклін. A front vowel-initial suffix after a back stem ending in a
// consonant is accepted only for a root spelled back with ь (see soft_sign_only_).
bool SoftSignJoin(std::string_view rest, const Allomorph& a) {
  if (a.harmony != kFront || !a.vowel_initial || rest.empty()) return false;
  size_t bytes = 0;
  char32_t last = LastLetter(rest, &bytes);
  return (CtxOf(last) & (kCtxSonorant | kCtxL | kCtxNasal | kCtxVoiced | kCtxVoiceless)) != 0 &&
         last != U'й' && last != U'у' && last != U'и';
}

std::string_view YIFor(Harmony h) { return h == kFront ? "і" : "ы"; }

// A candidate root: a prefix of the word, optionally edited back to its dictionary spelling.
struct Root {
  enum Op : uint8_t { kKeep, kDevoice, kInsertVowel, kAppend, kReplace };
  uint16_t prefix = 0;  // bytes of the word it starts from
  Op op = kKeep;
  std::string_view extra;  // letter replacing the last one / inserted vowel / appended / lemma
};

// Spells `root` into `buf` (REQUIRES: capacity >= word bytes + 8) and returns a view of it.
std::string_view Spell(std::string_view word, const Root& root, char* buf) {
  std::string_view base = word.substr(0, root.prefix);
  size_t last_bytes = 0;
  if (root.op == Root::kKeep) return base;
  if (root.op == Root::kReplace) return root.extra;
  size_t n = 0;
  auto put = [&](std::string_view s) {
    for (char c : s) buf[n++] = c;
  };
  if (root.op == Root::kAppend) {
    put(base);
    put(root.extra);
  } else {
    LastLetter(base, &last_bytes);
    put(base.substr(0, base.size() - last_bytes));
    if (root.op == Root::kDevoice) {
      put(root.extra);
    } else {  // kInsertVowel: орн -> орын
      put(root.extra);
      put(base.substr(base.size() - last_bytes));
    }
  }
  return std::string_view(buf, n);
}

std::string_view Devoiced(char32_t c) {
  switch (c) {
    case U'б':
      return "п";
    case U'г':
      return "к";
    case U'ғ':
      return "қ";
    default:
      return {};
  }
}

// One word's search over segmentations. Every segmentation that ends in a lexicon root of a
// fitting tag (nominal suffixes need a nominal root, verbal ones a verb) is offered with its
// cost: the sum of its suffixes' costs plus the corrections below. The cheapest wins, ties going
// to the shorter root. Only when no lexicon root is found does an unknown root win: the shortest
// one left by nominal inflection alone that keeps kMinUnknownRootLetters letters and a vowel
// (names and loans missing from the lexicon: Қайырбекова+ның).
class Search {
 public:
  Search(const Lexicon& lexicon, const SuffixMatcher& suffixes, std::string_view word)
      : lexicon_(lexicon), suffixes_(suffixes), word_(word) {
    for (auto& h : harmony_) h = kUnknownHarmony;
  }

  void Run() {
    size_t pos = 0;
    while (pos < word_.size()) has_latin_ |= IsBasicLatinLetter(DecodeUtf8(word_, &pos));
    uint8_t tags = OfferWholeWord(word_.size(), 0);
    frozen_word_ = (tags & kTagFrozen) && !(tags & (kTagNominal | kTagVerb));
    verb_word_ = tags == kTagVerb;
    has_verb_tag_ = (tags & kTagVerb) != 0;
    for (const PronounStem& p : kPronounStems) {  // екен, емес, жатыр stand for their lemma
      if (word_.size() <= kMaxPronounStemBytes && p.endings.empty() && p.stem == word_) {
        Offer(Root{static_cast<uint16_t>(word_.size()), Root::kReplace, p.lemma}, 0);
      }
    }
    Peel(word_.size(), nullptr, ~uint64_t{0}, 0.0f, 0, kChainNominal, kPathStart);
  }

  bool found() const { return known_set_ || unknown_set_; }
  const Root& best() const { return known_set_ ? known_ : unknown_; }

 private:
  // Ties go to the shorter root: of two one-suffix parses the longer suffix is the likelier
  // (елдің = ел + дің, ақтардың = ақ + тар + дың).
  void Offer(const Root& root, float cost) {
    if (!known_set_ || cost < known_cost_ - 1e-4f ||
        (cost < known_cost_ + 1e-4f && root.prefix < known_.prefix)) {
      known_ = root;
      known_cost_ = cost;
      known_set_ = true;
    }
  }

  void OfferUnknown(const Root& root, float cost) {
    if (!unknown_set_ || root.prefix < unknown_.prefix ||
        (root.prefix == unknown_.prefix && cost < unknown_cost_)) {
      unknown_ = root;
      unknown_cost_ = cost;
      unknown_set_ = true;
    }
  }

  // word_[0, len) is the whole word, or the word before a clitic (-ақ): a lexicon word stands.
  // Names and adverbs that also parse as a stem plus suffixes stand only against long parses
  // (берді is бер + ді more often than the name Берді).
  // Returns the lexicon tags of word_[0, len).
  uint8_t OfferWholeWord(size_t len, float cost) {
    uint8_t tags = lexicon_.Tags(word_.substr(0, len));
    if (tags == 0) return 0;
    float keep = (tags & (kTagNominal | kTagVerb)) ? kLexiconWordCost
                 : (tags & kTagFrozen)             ? kFrozenWordCost
                                                   : kNameWordCost;
    Offer(Root{static_cast<uint16_t>(len), Root::kKeep, {}}, cost + keep);
    return tags;
  }

  // Tries word_[0, len) as the root left of allomorph `right`.
  void TryRoots(size_t len, const Allomorph& right, float cost, bool nominal_chain) {
    // Pronoun stems (мұнда, содан) are real inflections, so they skip the frozen-word penalty.
    PronounRoot(word_.substr(0, len), right, cost);
    if (frozen_word_ &&
        (path_ == kPathWeakVerbFinal || (path_ == kPathNominalFinal && nominal_chain))) {
      cost += kFrozenWordParsePenalty;
    }
    if (verb_word_ && path_ == kPathNominalFinal) cost += kVerbWordNominalPenalty;
    if (has_verb_tag_ && path_ != kPathNominalFinal) cost += kVerbWordNominalPenalty;
    if (right.kind == kClitic) {
      OfferWholeWord(len, cost);
      if (nominal_chain && CountLetters(word_.substr(0, len)) >= kMinUnknownRootLetters) {
        OfferUnknown(Root{static_cast<uint16_t>(len), Root::kKeep, {}}, cost);
      }
      return;
    }
    std::string_view stem = word_.substr(0, len);
    uint8_t need = (right.root_nominal ? kNominalTags : 0) | (right.root_verb ? kTagVerb : 0);
    if (need == 0) return;  // a suffix that never attaches to a root (-ның after -ы, -м after -ды)
    char buf[kMaxWordBytes + 8];
    auto try_root = [&](const Root& r, float extra) {
      std::string_view spelled = Spell(word_, r, buf);
      uint8_t tags = lexicon_.Tags(spelled) & need;
      size_t letters = CountLetters(spelled);
      if (tags == 0 || letters < kMinKnownRootLetters) return false;
      if (tags == kTagProper && letters < kMinNameRootLetters)
        return false;  // керек is not Ке + рек
      Offer(r, cost + extra + (tags == kTagFrozen ? kFrozenRootCost : 0.0f));
      return true;
    };
    Root plain{static_cast<uint16_t>(len), Root::kKeep, {}};
    if (soft_sign_only_) {
      if (right.root_nominal) try_root(Root{plain.prefix, Root::kAppend, "ь"}, kRestoreCost);
      return;
    }
    Harmony h = HarmonyAt(len);
    switch (right.restore) {
      case kRestoreYI:
        try_root(Root{plain.prefix, Root::kAppend, YIFor(h)}, 0);
        if (h == kHarmonyBoth) try_root(Root{plain.prefix, Root::kAppend, "і"}, 0);
        return;
      case kRestoreY:
        try_root(Root{plain.prefix, Root::kAppend, "й"}, 0);
        return;
      case kMaybeYI:
        try_root(Root{plain.prefix, Root::kAppend, YIFor(h)}, 0);
        break;
      case kRestoreNone:
        break;
    }
    // The edited spellings below are tried only when the stem as written is no lexicon word.
    if (!try_root(plain, 0)) Restorations(stem, right, h, try_root);
    // A stem ending in a hyphen (ҚР-да, Google-ға) has an explicit boundary: any length will do.
    bool hyphenated = stem.back() == '-';
    if (nominal_chain && right.root_nominal &&
        (hyphenated || (CountLetters(stem) >= kMinUnknownRootLetters && HasVowel(stem)))) {
      OfferUnknown(plain, cost);
    }
  }

  // Spellings of the root that the suffix may have changed: кітаб(ы) -> кітап, орн(ы) -> орын,
  // фестивал(ы) -> фестиваль, тау(ып) -> тап, and loan-word changes (LoanRoots).
  template <typename TryRoot>
  static void Restorations(std::string_view stem, const Allomorph& right, Harmony h,
                           TryRoot& try_root) {
    size_t len = stem.size();
    Root plain{static_cast<uint16_t>(len), Root::kKeep, {}};
    if (right.root_nominal) LoanRoots(stem, right, try_root);
    if (right.vowel_initial) {
      size_t last_bytes = 0;
      char32_t last = LastLetter(stem, &last_bytes);
      std::string_view devoiced = Devoiced(last);
      if (!devoiced.empty()) try_root(Root{plain.prefix, Root::kDevoice, devoiced}, kRestoreCost);
      // Loans lose a final soft sign before a vowel: фестиваль -> фестивалы.
      if (right.root_nominal && (CtxOf(last) & kCtxConsonant) != 0) {
        try_root(Root{plain.prefix, Root::kAppend, "ь"}, kRestoreCost);
      }
      // Verbs in -п turn it into -у before a vowel: тап -> тауып, жап -> жауып.
      if (last == U'у' && right.root_verb)
        try_root(Root{plain.prefix, Root::kDevoice, "п"}, kRestoreCost);
      // Elision of a high vowel before a vowel-initial suffix: орны -> орын, аузы -> ауыз.
      constexpr uint8_t kConsonantCtx =
          kCtxSonorant | kCtxL | kCtxNasal | kCtxVoiced | kCtxVoiceless;
      if (len > last_bytes && (CtxOf(last) & kConsonantCtx) != 0) {
        size_t prev_bytes = 0;
        char32_t prev = LastLetter(stem.substr(0, len - last_bytes), &prev_bytes);
        if ((CtxOf(prev) & kConsonantCtx) != 0) {
          try_root(Root{plain.prefix, Root::kInsertVowel, YIFor(h)}, kElisionCost);
        }
      }
    }
  }

  // Russian loans drop one of a doubled final consonant before a suffix (процесс -> процеске),
  // merge a final -ст with a т- suffix (артист -> артистер) and put an epenthetic і/ы after a
  // final consonant cluster (факт -> фактісі).
  template <typename TryRoot>
  static void LoanRoots(std::string_view stem, const Allomorph& right, TryRoot& try_root) {
    size_t last_bytes = 0;
    char32_t last = LastLetter(stem, &last_bytes);
    uint16_t len = static_cast<uint16_t>(stem.size());
    constexpr uint8_t kConsonant = kCtxSonorant | kCtxL | kCtxNasal | kCtxVoiced | kCtxVoiceless;
    if ((CtxOf(last) & kConsonant) != 0 && last != U'й' && last != U'у' &&
        CountLetters(stem) >= 3) {
      try_root(Root{len, Root::kAppend, stem.substr(stem.size() - last_bytes)}, kRestoreCost);
    }
    if (last == U'с' && right.text.substr(0, 2) == "т")
      try_root(Root{len, Root::kAppend, "т"}, kRestoreCost);
    if ((last == U'і' || last == U'ы') && stem.size() > last_bytes + 4) {
      std::string_view rest = stem.substr(0, stem.size() - last_bytes);
      size_t b1 = 0, b2 = 0;
      char32_t c1 = LastLetter(rest, &b1);
      char32_t c2 = LastLetter(rest.substr(0, rest.size() - b1), &b2);
      if ((CtxOf(c1) & kConsonant) != 0 && (CtxOf(c2) & kConsonant) != 0) {
        try_root(Root{len, Root::kDevoice, ""}, kRestoreCost);
      }
    }
  }

  void PronounRoot(std::string_view stem, const Allomorph& right, float cost) {
    if (stem.size() > kMaxPronounStemBytes) return;
    for (const PronounStem& p : kPronounStems) {
      if (p.stem != stem) continue;
      if (!p.endings.empty() && !ListHas(p.endings, right.text)) {
        char buf[kMaxWordBytes + 2];
        std::string_view tail = word_.substr(stem.size());
        buf[0] = '=';
        tail.copy(buf + 1, tail.size());
        if (!ListHas(p.endings, std::string_view(buf, tail.size() + 1))) continue;
      }
      Offer(Root{static_cast<uint16_t>(stem.size()), Root::kReplace, p.lemma},
            cost + kClosedClassBonus);
    }
  }

  // Which roots an unknown (non-lexicon) stem may be: only after nominal inflection, and not
  // right under a person ending (-сыз, -мын also end adjectives and nouns).
  enum Chain : uint8_t { kChainNominal, kChainPredPending, kChainOther };

  // Shape of the suffixes peeled so far, for frozen lexicon words (see kFrozenWordCost).
  enum Path : uint8_t {
    kPathStart,
    kPathOther,         // ends in a clear verb form: past, participle, converb -ып, verbal noun
    kPathNominalFinal,  // ends in a nominal suffix
    kPathWeakVerbFinal,  // ends in a bare converb -а, negation, voice...: кеше, қалай, қашан
    kPathCase3Final,
    kPathRelational,
  };
  static constexpr uint64_t kClearVerbFinals =
      uint64_t{1} << kPtcp | uint64_t{1} << kPast | uint64_t{1} << kConvIp |
      uint64_t{1} << kVerbalNoun | uint64_t{1} << kPres3 | uint64_t{1} << kPers2 |
      uint64_t{1} << kCond | uint64_t{1} << kAgent | uint64_t{1} << kClitic;
  static Path NextPath(Path path, const Allomorph& a) {
    switch (path) {
      case kPathStart:
        if (a.kind == kCase3 && ListHas("|нда|нде|нан|нен|на|не|", a.text)) return kPathCase3Final;
        if (a.kind == kAttr && (a.text == "ндағы" || a.text == "ндегі")) return kPathCase3Final;
        if (a.kind <= kComp) return kPathNominalFinal;
        return (uint64_t{1} << a.kind) & kClearVerbFinals ? kPathOther : kPathWeakVerbFinal;
      case kPathCase3Final:
        return a.kind == kPoss3 ? kPathRelational : kPathNominalFinal;
      case kPathRelational:
        return kPathNominalFinal;  // more suffixes: not a plain relational form
      default:
        return path;
    }
  }

  // Peels one more suffix off word_[0, len); `right` is the suffix just peeled (null at the end
  // of the word) and `allowed` the kinds that may precede it.
  void Peel(size_t len, const Allomorph* right, uint64_t allowed, float cost, int depth,
            Chain chain, Path path) {
    if (++nodes_ > kMaxNodes) return;
    if (right != nullptr) {
      // The same suffix at the same place leads to the same roots: explore it once, at its
      // lowest cost.
      uint32_t key =
          static_cast<uint32_t>(len) << 16 | static_cast<uint32_t>(right - Allomorphs().data());
      for (size_t i = 0; i < seen_count_; ++i) {
        const Seen& seen = seen_[i];
        if (seen.key == key && seen.cost <= cost && seen.chain <= chain && seen.path == path)
          return;
      }
      if (seen_count_ < kSeenSize) seen_[seen_count_++] = {key, cost, chain, path};
      path_ = path;
      TryRoots(len, *right, cost, chain == kChainNominal);
    }
    if (depth >= kMaxSuffixes || len == 0) return;
    suffixes_.ForEachSuffix(word_.substr(0, len), [&](const Allomorph& a) {
      if ((allowed & (uint64_t{1} << a.kind)) == 0) return;
      if (a.kind == kClitic && right != nullptr) return;  // -ақ/-ау close the word
      if (a.before_vowel && (right == nullptr || !right->vowel_initial)) return;
      std::string_view rest = word_.substr(0, len - a.text.size());
      if (!a.stem_end.empty() && !rest.ends_with(a.stem_end)) return;
      size_t rest_last_bytes = 0;
      // Latin-spelled stems (Google) are pronounced unlike their last letter: any allomorph.
      uint8_t ctx = has_latin_ ? kCtxAny : CtxOf(LastLetter(rest, &rest_last_bytes));
      if ((a.ctx & ctx) == 0) return;
      bool soft_sign = false;
      if (!HarmonyAllows(HarmonyAt(rest.size()), a.harmony) &&
          !FrontVelarJoin(rest, rest_last_bytes, a)) {
        if (!SoftSignJoin(rest, a)) return;
        soft_sign = true;  // only a root in -ь, and nothing further peeled (король + і)
      }
      float step = right == nullptr ? a.final_cost : a.cost;
      Chain next = kChainOther;
      if (a.kind == kPoss12 && right == nullptr && !has_latin_ && rest.back() != '-') {
        next = kChainOther;  // a final -м/-ң is too weak a sign on an unknown word (телеграм)
      } else if (a.kind <= kAttr || a.kind == kClitic) {
        next = chain == kChainOther ? kChainOther : kChainNominal;
      } else if (a.kind == kPred) {
        next = chain == kChainOther ? kChainOther : kChainPredPending;
      }
      if (soft_sign) {
        soft_sign_only_ = true;
        Peel(rest.size(), &a, a.left_kinds, cost + step, kMaxSuffixes, next, NextPath(path, a));
        soft_sign_only_ = false;
        return;
      }
      Peel(rest.size(), &a, a.left_kinds, cost + step, depth + 1, next, NextPath(path, a));
    });
  }

  // Harmony of word_[0, len), computed once per length.
  Harmony HarmonyAt(size_t len) {
    if (harmony_[len] == kUnknownHarmony) harmony_[len] = HarmonyOf(word_.substr(0, len));
    return static_cast<Harmony>(harmony_[len]);
  }
  static constexpr uint8_t kUnknownHarmony = 0xFF;
  uint8_t harmony_[kMaxWordBytes + 1];

  struct Seen {
    uint32_t key;  // position << 16 | allomorph index
    float cost;
    Chain chain;
    Path path;
  };
  static constexpr size_t kSeenSize = 256;
  Seen seen_[kSeenSize];
  size_t seen_count_ = 0;

  const Lexicon& lexicon_;
  const SuffixMatcher& suffixes_;
  std::string_view word_;
  int nodes_ = 0;
  bool has_latin_ = false;
  bool frozen_word_ = false;     // the whole word is in the lexicon as an adverb/postposition only
  bool verb_word_ = false;       // the whole word is in the lexicon as a verb only
  bool has_verb_tag_ = false;    // the whole word is in the lexicon as a verb (maybe also else)
  bool soft_sign_only_ = false;  // TryRoots may only restore a dropped ь (SoftSignJoin)
  Path path_ = kPathStart;       // path of the current TryRoots call
  Root known_, unknown_;
  float known_cost_ = 0, unknown_cost_ = 0;
  bool known_set_ = false, unknown_set_ = false;
};

}  // namespace

char32_t LastLetter(std::string_view s, size_t* bytes) {
  size_t start = s.size() - 1;
  while (start > 0 && s.size() - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
    --start;
  size_t pos = start;
  char32_t c = DecodeUtf8(s, &pos);
  if (pos != s.size()) {
    *bytes = 1;
    return kReplacementChar;
  }
  *bytes = s.size() - start;
  return c;
}

bool FindStem(const Lexicon& lexicon, const SuffixMatcher& suffixes, std::string_view word,
              std::string* stem) {
  Search search(lexicon, suffixes, word);
  search.Run();
  if (!search.found()) return false;
  char buf[kMaxWordBytes + 8];
  stem->assign(Spell(word, search.best(), buf));
  return true;
}

}  // namespace izdeu::analyzers::kk
