// Kazakh inflectional morphotactics for the stemmer (internal to analyzers/kk): the suffix
// morphemes, their allomorphs with the phonological conditions that select them, and which
// morpheme may stand immediately to the left of which. The stemmer peels suffixes right to left
// through this table. Everything here is constant data built once; thread-safe to read.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace izdeu::analyzers::kk {

// Morpheme slots, named after their function. Order is irrelevant; each kind lists the kinds
// that may precede it (see LeftKinds).
enum Kind : uint8_t {
  // Nominal inflection.
  kPlural,  // -лар/-лер/-дар/-дер/-тар/-тер
  kPoss3,   // -ы/-і/-сы/-сі
  kPoss12,  // -ым/-ім/-м, -ың/-ің/-ң, -ыңыз/-ңыз, -ымыз/-мыз
  kCase,    // genitive, accusative, dative, locative, ablative, instrumental, similative, -ша
  kCase3,  // case forms after a 3rd-person possessive: -н, -на, -нда, -нан, -ндай, -нша
  kCase12,  // dative -а/-е after 1sg/2sg possessive (үйіме, балаңа)
  kAttr,  // -дағы/-дегі/-ндағы, -ғы/-гі (қазіргі), -нікі/-дікі (gen + кі)
  kPred,  // personal copula / type-1 person endings: -мын, -сың, -сыз, -мыз, -сыңдар, -сыздар
  kComp,  // comparative -рақ/-рек/-ырақ/-ірек
  kDerivDyq,  // -дық/-дік/-тық/-тік/-лық/-лік, only after participles (болғандықтан)
  // Verbal inflection.
  kPers2,  // type-2 person endings after past -ды and conditional -са: -м, -ң, -ңыз, -қ/-к, -ңдар
  kPres3,  // 3rd person -ды/-ді after present -а/-е/-й, -ты/-ті after -ып (болыпты)
  kPast,    // -ды/-ді/-ты/-ті
  kPres,    // present / converb -а/-е/-й (оқи = оқы + й)
  kCond,    // conditional -са/-се
  kFut,     // future participle -ар/-ер/-р
  kNegFut,  // -с after negation (бармас)
  kIntent,  // -мақ/-мек, -мақшы/-мекші
  kPtcp,    // participles -ған/-ген/-қан/-кен, -атын/-етін/-йтын/-йтін
  kAgent,   // -ушы/-уші
  kVerbalNoun,  // -у (оқу = оқы + у), -ю (сүю = сүй + у)
  kConvIp,      // converb -ып/-іп/-п
  kConvOther,   // -ғалы, -ғанша, -ғасын
  kImp,         // imperative/optative -ыңыз, -ыңдар, -сын, -айын, -айық, -шы
  kDesid,       // -ғы/-гі + possessive (барғым келеді)
  kNeg,         // negation -ма/-ме/-ба/-бе/-па/-пе
  kVoice,       // passive -ыл/-л/-ын, reflexive -ын/-н, cooperative -ыс/-с
  kClitic,      // -ақ, -ау, -ай after a hyphen only (Google-ай)
  kNumKinds
};

// Class of the letter just before a suffix; allomorph selection depends on it.
enum Ctx : uint8_t {
  kCtxVowel = 1,     // а ә е о ө ұ ү ы і э ю я ё
  kCtxSonorant = 2,  // р й у и
  kCtxL = 4,         // л
  kCtxNasal = 8,     // м н ң
  kCtxVoiced = 16,   // ж з
  kCtxVoiceless = 32,  // к қ п с т ш ф х ц ч щ, and б в г д ғ һ (loans devoice: клубтар)
  kCtxOther = 64,  // Latin letters, digits, hyphen, invalid bytes: any allomorph is accepted
};
constexpr uint8_t kCtxAny = 127;
constexpr uint8_t kCtxConsonant =
    kCtxSonorant | kCtxL | kCtxNasal | kCtxVoiced | kCtxVoiceless | kCtxOther;

enum Harmony : uint8_t { kHarmonyNone = 0, kBack = 1, kFront = 2, kHarmonyBoth = 3 };

// How the root is recovered when this allomorph is peeled.
enum Restore : uint8_t {
  kRestoreNone = 0,
  kRestoreYI,  // the allomorph swallowed a stem-final ы/і: оқи(ды) -> оқы, оқу -> оқы
  kMaybeYI,    // the stem may or may not have lost ы/і: келу -> кел, оқу -> оқы
  kRestoreY,  // the stem's final й fused with the suffix: сүю -> сүй, құяды -> құй
};

struct Allomorph {
  std::string_view text;  // UTF-8
  Kind kind;
  uint8_t ctx;      // Ctx bits of the preceding letter that allow this allomorph
  Harmony harmony;  // computed from the allomorph's vowels
  Restore restore;
  uint64_t left_kinds;  // bit per Kind that may stand to its left
  bool root_nominal;    // may attach directly to a nominal root (noun, adjective, name...)
  bool root_verb;       // may attach directly to a verb root
  bool vowel_initial;   // starts with a vowel: enables п/к/қ and ы/і-elision restoration
  bool before_vowel;  // voiced form of a final қ/к (-рағ, -лығ): only before a vowel-initial suffix
  std::string_view stem_end;  // when set, the stem must end in it (passive -н after -ла/-ле)
  float cost;                 // cost when it is not the last suffix
  float final_cost;           // cost when it ends the word
};

// All allomorphs, built once. Thread-safe.
const std::vector<Allomorph>& Allomorphs();

// Finds the allomorphs that end a string, walking its bytes backwards through a trie of the
// reversed allomorph texts: one pass per position, no string comparisons. Immutable after
// construction; thread-safe.
class SuffixMatcher {
 public:
  SuffixMatcher();
  // Calls f(const Allomorph&) for every allomorph that is a proper suffix of `text` (shorter
  // than it), shortest first.
  template <typename F>
  void ForEachSuffix(std::string_view text, F&& f) const {
    const std::vector<Allomorph>& table = Allomorphs();
    uint32_t node = 0;
    for (size_t i = text.size(); i > 1;) {
      --i;
      node = Child(node, static_cast<uint8_t>(text[i]));
      if (node == 0) return;
      for (uint16_t id : nodes_[node].ids) f(table[id]);
    }
  }

 private:
  struct Node {
    std::vector<std::pair<uint8_t, uint32_t>> children;  // byte -> node index
    std::vector<uint16_t> ids;                           // allomorphs ending here
  };
  uint32_t Child(uint32_t node, uint8_t byte) const {
    for (const auto& [b, child] : nodes_[node].children) {
      if (b == byte) return child;
    }
    return 0;
  }
  std::vector<Node> nodes_;  // nodes_[0] is the root
};

// Letter classes used by the stemmer.
uint8_t CtxOf(char32_t letter);
bool IsVowel(char32_t letter);
// Harmony of a stem, from its last vowel (и/у are skipped; е after a vowel, as in -аев, words
// mixing scripts and stems ending in the soft sign ь count as both).
Harmony HarmonyOf(std::string_view stem);

}  // namespace izdeu::analyzers::kk
