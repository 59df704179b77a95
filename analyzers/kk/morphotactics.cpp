#include "analyzers/kk/morphotactics.h"

#include <initializer_list>

#include "common/utf8.h"

namespace izdeu::analyzers::kk {
namespace {

constexpr uint64_t Bit(Kind k) { return uint64_t{1} << k; }
constexpr uint64_t Bits(std::initializer_list<Kind> kinds) {
  uint64_t b = 0;
  for (Kind k : kinds) b |= Bit(k);
  return b;
}

// Shorthand for allomorph conditions.
constexpr uint8_t V = kCtxVowel, S = kCtxSonorant, L = kCtxL, N = kCtxNasal, Z = kCtxVoiced,
                  K = kCtxVoiceless, O = kCtxOther, C = kCtxConsonant, A = kCtxAny;

// What a nominal ending may follow: the non-finite verb forms that behave like nouns, the
// attributive -дағы (мектептегілер), plural and possessive.
constexpr uint64_t kNounLike =
    Bits({kPtcp, kAgent, kVerbalNoun, kFut, kIntent, kNegFut, kDerivDyq, kAttr, kComp});
// What a verbal ending may follow: negation and voice.
constexpr uint64_t kVerbBase = Bits({kNeg, kVoice});

// Per-kind defaults: which kinds may stand to the left, which roots it may attach to, and its
// cost in the stemmer's choice (lower is preferred).
struct KindInfo {
  uint64_t left;
  bool nominal_root;
  bool verb_root;
  float cost;
  float final_cost;
};

// Word-final cost of endings that also end derived lexemes: заңды (заң + "with"), қауіпсіз
// (-сіз "without"), ішкі, теңге, аудан, қазақша, керек. It exceeds the cost of keeping a
// lexicon word whole (kLexiconWordCost in stem_search.cpp), so such lexicon words are not cut;
// words outside the lexicon are still stripped.
constexpr float kDerivHomographFinal = 1.2f;

// A table, one kind per line.
// clang-format off
KindInfo InfoFor(Kind kind) {
  constexpr float H = kDerivHomographFinal;
  switch (kind) {
    case kPlural: return {kNounLike | Bit(kDesid), true, false, 1, 1};
    case kPoss3: return {kNounLike | Bit(kPlural) | Bit(kDesid), true, false, 1, 1};
    case kPoss12: return {kNounLike | Bit(kPlural) | Bit(kDesid), true, false, 1, H};
    // After a 3rd-person possessive the standard forms are kCase3 (-ына, -ында), but -ының,
    // -ымен and the colloquial -ынға, -ыны (Apertium generates them) also occur.
    case kCase: return {kNounLike | Bits({kPlural, kPoss12, kPoss3, kCase3}), true, false, 1, H};
    case kCase3: return {Bits({kPoss3, kAttr}), false, false, 1, H};  // -дікін like -ін
    case kCase12: return {Bit(kPoss12), false, false, 1, H};
    case kAttr: return {kNounLike | Bits({kPlural, kPoss12, kCase3}), true, false, 1, H};
    case kPred:
      return {kNounLike | Bits({kPlural, kPoss3, kPoss12, kCase, kCase3, kCase12, kPres, kConvIp}),
              true, false, 1, H};
    case kComp: return {0, true, false, 1, H};
    // Abstract nouns of participles and agent nouns: болғандық(тан), шақырушылық.
    case kDerivDyq: return {Bits({kPtcp, kNegFut, kFut, kAgent}), false, false, 1, 1};
    // Person endings of the past and conditional are part of the tense form: алдым is ал + ды +
    // м, not the bound stem алд + ым.
    case kPers2: return {Bits({kPast, kCond}), false, false, 0.2f, 0.2f};
    case kPres3: return {Bits({kPres, kConvIp}), false, false, 1, 1};
    case kPast:
    case kCond:
    case kPtcp:
    case kVerbalNoun:
    case kImp: return {kVerbBase, false, true, 1, 1};
    // -ғасын, -ғанша, -ғалы are rare and also end nouns: қорғасын is not қор + ғасын.
    case kConvOther: return {kVerbBase, false, true, 1, H};
    case kDesid: return {kVerbBase, false, true, 1, 3};  // always followed by a possessive
    case kAgent: return {kVerbBase, false, true, 1.3f, 1.3f};
    // Present -а/-й is free inside a word: қалады is қал + а + ды before it is қала + ды. A bare
    // converb -а is often just a noun's last letter.
    case kPres: return {kVerbBase, false, true, 0, 1.5f};
    case kFut: return {Bit(kVoice), false, true, 1.3f, 1.3f};
    case kIntent: return {Bit(kVoice), false, true, 1, H};  // -мақ also ends nouns: аумақ
    case kConvIp: return {Bits({kVoice, kNeg}), false, true, 1, 1};  // шақырмапты
    case kNegFut: return {Bit(kNeg), false, false, 1, 1};
    case kNeg: return {Bit(kVoice), false, true, 1, 2};  // bare negative imperative is rare
    // Voice is nearly free inside a word (аяқталды -> аяқта, as lemmatisers do), but a bare voice
    // stem ending a word is an unlikely reading. One voice suffix only: no ау + ыл + ын + а.
    case kVoice: return {0, false, true, 0.15f, 2};
    case kClitic: return {~uint64_t{0}, true, true, 0, 0};
    case kNumKinds: break;
  }
  return {0, false, false, 1, 1};
}
// clang-format on

// clang-format off
Harmony HarmonyOfText(std::string_view text) {
  uint8_t h = kHarmonyNone;
  size_t pos = 0;
  while (pos < text.size()) {
    switch (DecodeUtf8(text, &pos)) {
      case U'а': case U'о': case U'ұ': case U'ы': h |= kBack; break;
      case U'ә': case U'е': case U'ө': case U'ү': case U'і': h |= kFront; break;
      default: break;
    }
  }
  return static_cast<Harmony>(h);
}
// clang-format on

class TableBuilder {
 public:
  // Adds allomorphs of `kind` selected by preceding-letter classes `ctx`.
  TableBuilder& Add(Kind kind, uint8_t ctx, std::initializer_list<std::string_view> texts,
                    Restore restore = kRestoreNone) {
    KindInfo info = InfoFor(kind);
    for (std::string_view t : texts) {
      Allomorph a{t,
                  kind,
                  ctx,
                  HarmonyOfText(t),
                  restore,
                  info.left,
                  info.nominal_root,
                  info.verb_root,
                  false,
                  false,
                  {},
                  info.cost,
                  info.final_cost};
      size_t pos = 0;
      a.vowel_initial = !t.empty() && IsVowel(DecodeUtf8(t, &pos));
      table_.push_back(a);
    }
    return *this;
  }
  // Marks the most recently added `n` allomorphs as the voiced variants of suffixes ending in
  // қ/к, which surface before a vowel: жақсырағы (-рақ + -ы), шақырарлығы (-лық + -ы).
  TableBuilder& BeforeVowel(size_t n) {
    for (size_t i = table_.size() - n; i < table_.size(); ++i) table_[i].before_vowel = true;
    return *this;
  }
  // Requires the stem before the most recently added `n` allomorphs to end in `text`.
  TableBuilder& StemEnd(size_t n, std::string_view text) {
    for (size_t i = table_.size() - n; i < table_.size(); ++i) table_[i].stem_end = text;
    return *this;
  }
  // Narrows the left kinds of the most recently added `n` allomorphs.
  TableBuilder& Left(size_t n, uint64_t left) {
    for (size_t i = table_.size() - n; i < table_.size(); ++i) table_[i].left_kinds = left;
    return *this;
  }
  TableBuilder& Cost(size_t n, float cost, float final_cost) {
    for (size_t i = table_.size() - n; i < table_.size(); ++i) {
      table_[i].cost = cost;
      table_[i].final_cost = final_cost;
    }
    return *this;
  }
  // Marks the most recently added `n` allomorphs as harmony-invariant (-мен, -нікі, -ай).
  TableBuilder& Invariant(size_t n) {
    for (size_t i = table_.size() - n; i < table_.size(); ++i) table_[i].harmony = kHarmonyNone;
    return *this;
  }
  std::vector<Allomorph> Take() { return std::move(table_); }

 private:
  std::vector<Allomorph> table_;
};

std::vector<Allomorph> BuildTable() {
  TableBuilder b;
  // Plural: -лар after vowels and р й у, -дар after л, nasals, ж з, -тар after voiceless.
  b.Add(kPlural, V | S | O, {"лар", "лер"})
      .Add(kPlural, L | N | Z | O, {"дар", "дер"})
      .Add(kPlural, K | O, {"тар", "тер"});
  // Possessives. 3rd person -сы after vowels, -ы after consonants (тауы, оқуы, миы).
  b.Add(kPoss3, V | O, {"сы", "сі"}).Add(kPoss3, C, {"ы", "і"});
  // After the verbal noun -ю (жою, көркею) as after -у: жоюы, көркеюі.
  b.Add(kPoss3, V, {"ы"}).StemEnd(1, "ю").Add(kPoss3, V, {"і"}).StemEnd(1, "ю");
  b.Add(kPoss12, V | O, {"м", "мыз", "міз"}).Add(kPoss12, C, {"ым", "ім", "ымыз", "іміз"});
  // 2nd person (-ың, -ыңыз, -ыңдар, -ыңыздар) is rare in news: a genitive or a past tense
  // reading of the same letters (елдің = ел + дің, not елді + ң) is preferred.
  b.Add(kPoss12, V | O, {"ң", "ңыз", "ңіз", "ңдар", "ңдер", "ңыздар", "ңіздер"})
      .Cost(7, 1.2f, 1.2f);
  b.Add(kPoss12, C, {"ың", "ің", "ыңыз", "іңіз", "ыңдар", "іңдер", "ыңыздар", "іңіздер"})
      .Cost(8, 1.2f, 1.2f);
  // Cases.
  // The genitive ends no derived lexeme: it may cut a lexicon word (елдің).
  b.Add(kCase, V | N | O, {"ның", "нің"})
      .Add(kCase, S | L | Z | O, {"дың", "дің"})
      .Add(kCase, K | O, {"тың", "тің"})
      .Cost(6, 1, 1);
  b.Add(kCase, V | O, {"ны", "ні"})
      .Add(kCase, S | L | N | Z | O, {"ды", "ді"})
      .Add(kCase, K | O, {"ты", "ті"});
  b.Add(kCase, V | S | L | N | Z | O, {"ға", "ге", "да", "де", "дай", "дей"})
      .Add(kCase, K | O, {"қа", "ке", "та", "те", "тай", "тей"});
  b.Add(kCase, V | S | L | Z | O, {"дан", "ден"})
      .Add(kCase, N | O, {"нан", "нен"})
      .Add(kCase, K | O, {"тан", "тен"});
  b.Add(kCase, V | S | L | N | O, {"мен"}).Invariant(1);
  b.Add(kCase, Z | O, {"бен"}).Add(kCase, K | O, {"пен"}).Invariant(2);
  // The long instrumental of literary and spoken style: ақшасыменен, жорғалықпенен.
  b.Add(kCase, V | S | L | N | O, {"менен"})
      .Add(kCase, Z | O, {"бенен"})
      .Add(kCase, K | O, {"пенен"})
      .Invariant(3);
  b.Add(kCase, A, {"ша", "ше"}).Cost(2, 1.2f, 1.2f);  // equative: мәліметінше
  b.Add(kCase3, V, {"н", "на", "не", "нда", "нде", "нан", "нен", "ндай", "ндей", "нша", "нше"});
  b.Add(kCase12, N | O, {"а", "е"});  // after -ым/-ің: үйіме, балаңа
  // Attributive: locative + -ғы, time adverbs + -ғы (қазіргі, жылғы), genitive + -кі.
  b.Add(kAttr, V | S | L | N | Z | O, {"дағы", "дегі"}).Add(kAttr, K | O, {"тағы", "тегі"});
  // -ғы after nouns is mostly word-final (жылғы); inside a word ғы is more often a voiced -қ
  // (аяғы = аяқ + ы), hence the higher inner cost.
  b.Add(kAttr, V | S | L | N | Z | O, {"ғы", "гі"})
      .Add(kAttr, K | O, {"қы", "кі"})
      .Cost(4, 1.3f, 1.2f);
  b.Add(kAttr, V, {"ндағы", "ндегі"}).Left(2, Bit(kPoss3));
  // менікі, сенікі: only the pronoun table accepts this root (no root kind set).
  b.Add(kAttr, N, {"ікі"}).Left(1, 0).Invariant(1);
  b.Add(kAttr, V | N | O, {"нікі"})
      .Add(kAttr, S | L | N | Z | O, {"дікі"})
      .Add(kAttr, K | O, {"тікі"})
      .Invariant(3);
  // Predicative person endings (also the type-1 endings of present, future, participles).
  b.Add(kPred, V | S | L | N | O, {"мын", "мін", "мыз", "міз"})
      .Add(kPred, L | N | Z | O, {"бын", "бін", "быз", "біз"})
      .Add(kPred, K | O, {"пын", "пін", "пыз", "піз"});
  b.Add(kPred, A, {"сың", "сің", "сыз", "сіз", "сыңдар", "сіңдер", "сыздар", "сіздер"});
  b.Add(kComp, V | O, {"рақ", "рек"}).Add(kComp, C, {"ырақ", "ірек"});
  b.Add(kComp, V | O, {"рағ", "рег"}).Add(kComp, C, {"ырағ", "ірег"}).BeforeVowel(4);
  b.Add(kDerivDyq, V | S, {"лық", "лік"})
      .Add(kDerivDyq, L | N | Z, {"дық", "дік"})
      .Add(kDerivDyq, K, {"тық", "тік"});
  b.Add(kDerivDyq, V | S, {"лығ", "ліг"})
      .Add(kDerivDyq, L | N | Z, {"дығ", "діг"})
      .Add(kDerivDyq, K, {"тығ", "тіг"})
      .BeforeVowel(6);
  // Verbs.
  b.Add(kPers2, V, {"м", "қ", "к"});
  // 2nd person is rare in news; a genitive reading of the same letters wins over it:
  // ақтардың is ақ + тар + дың, not ақтар + ды + ң.
  b.Add(kPers2, V, {"ң", "ңыз", "ңіз", "ңдар", "ңдер", "ңыздар", "ңіздер"}).Cost(7, 1, 1);
  // Colloquial 1sg present without -ын: барам, алам (бар + а + м). Dearer than keeping a
  // lexicon word (адам, тағам stay whole).
  b.Add(kPers2, V, {"м"}).Left(1, Bit(kPres)).Cost(1, 1.2f, 1.2f);
  b.Add(kPres3, V | S, {"ды", "ді"})
      .Left(2, Bit(kPres))
      .Add(kPres3, K, {"ты", "ті"})
      .Left(2, Bit(kConvIp));
  b.Add(kPast, V | S | L | N | Z | O, {"ды", "ді"}).Add(kPast, K | O, {"ты", "ті"});
  b.Add(kPres, C, {"а", "е"}).Left(2, Bit(kVoice)).Add(kPres, V, {"й"});
  b.Add(kPres, C, {"и"}, kRestoreYI).Left(1, Bit(kVoice));
  b.Add(kPres, V, {"я"}, kRestoreY).Left(1, Bit(kVoice));  // й + а: құяды = құй + а + ды
  b.Add(kCond, A, {"са", "се"});
  b.Add(kFut, C, {"ар", "ер"}).Add(kFut, V, {"р"});
  b.Add(kFut, C, {"ыр", "ір"}).Cost(2, 1.5f, 1.5f);  // aorist of positional verbs: жатыр
  b.Add(kNegFut, V, {"с"});
  b.Add(kIntent, V | S | L, {"мақ", "мек", "мақшы", "мекші"})
      .Add(kIntent, N | Z, {"бақ", "бек", "бақшы", "бекші"})
      .Add(kIntent, K, {"пақ", "пек", "пақшы", "пекші"});
  b.Add(kIntent, V | S | L, {"мағ", "мег"})
      .Add(kIntent, N | Z, {"бағ", "бег"})
      .Add(kIntent, K, {"пағ", "пег"})
      .BeforeVowel(6);
  b.Add(kPtcp, V | S | L | N | Z | O, {"ған", "ген"}).Add(kPtcp, K | O, {"қан", "кен"});
  b.Add(kPtcp, C, {"атын", "етін"}).Left(2, Bit(kVoice)).Add(kPtcp, V, {"йтын", "йтін"});
  b.Add(kPtcp, C, {"итын", "итін"}, kRestoreYI).Left(2, Bit(kVoice));
  b.Add(kPtcp, V, {"ятын"}, kRestoreY).Left(1, Bit(kVoice));  // қоятын = қой + атын
  b.Add(kAgent, A, {"ушы", "уші"}, kMaybeYI);
  b.Add(kVerbalNoun, A, {"у"}, kMaybeYI).Add(kVerbalNoun, A, {"ю"}, kRestoreY).Cost(2, 0, 1);
  b.Add(kConvIp, C, {"ып", "іп"}, kMaybeYI)
      .Add(kConvIp, V, {"п"})
      .Cost(1, 1, 1.15f);  // тарап is not тара + п
  b.Add(kConvOther, V | S | L | N | Z, {"ғалы", "гелі", "ғанша", "генше", "ғасын", "гесін"})
      .Add(kConvOther, K, {"қалы", "келі", "қанша", "кенше", "қасын", "кесін"});
  // Imperatives are rare in news and end some nouns (ағайын, дайын): they do not cut a lexicon
  // word at the end of a word.
  b.Add(kImp, C, {"ыңыз", "іңіз", "ыңдар", "іңдер", "айын", "ейін", "айық", "ейік"})
      .Add(kImp, V, {"ңыз", "ңіз", "ңдар", "ңдер", "йын", "йін", "йық", "йік"})
      .Cost(16, 1, 1.2f);
  // Polite plural imperative: жасаңыздар, болыңыздар.
  b.Add(kImp, C, {"ыңыздар", "іңіздер"}).Add(kImp, V, {"ңыздар", "ңіздер"});
  b.Add(kImp, A, {"сын", "сін"}).Add(kImp, A, {"шы", "ші"}).Cost(4, 1.5f, 1.5f);
  b.Add(kDesid, V | S | L | N | Z, {"ғы", "гі"}).Add(kDesid, K, {"қы", "кі"});
  b.Add(kNeg, V | S | L, {"ма", "ме"}).Add(kNeg, N | Z, {"ба", "бе"}).Add(kNeg, K, {"па", "пе"});
  // Voice: passive -л (or -лын: делінеді) after vowels, -ын after л, -ыл elsewhere.
  b.Add(kVoice, V, {"л", "лын", "лін"})
      .Add(kVoice, S | N | Z | K, {"ыл", "іл"})
      .Add(kVoice, L, {"ын", "ін"});
  // Verbs in -ла/-ле take the passive -н, not -л (the л dissimilates): сайланды, белгіленген.
  // A little dearer than -л, so that a noun in -лан/-лен keeps its case ending (жылан + ды is
  // not жыла + н + ды).
  b.Add(kVoice, V, {"н"}).StemEnd(1, "ла").Add(kVoice, V, {"н"}).StemEnd(1, "ле").Cost(2, 0.25f, 2);
  // Reflexive and cooperative forms are often verbs of their own (сөйлес, мақтан, таныс), so
  // stripping them costs more than the fully regular passive.
  b.Add(kVoice, V, {"н", "с"})
      .Add(kVoice, C, {"ыс", "іс"})
      .Add(kVoice, S | N | Z | K, {"ын", "ін"})
      .Cost(6, 0.6f, 2);
  b.Add(kClitic, A, {"-ақ", "-ау", "-ай", "-ей", "-әй", "-ә"}).Invariant(6);
  return b.Take();
}

}  // namespace

const std::vector<Allomorph>& Allomorphs() {
  static const std::vector<Allomorph> table = BuildTable();
  return table;
}

SuffixMatcher::SuffixMatcher() : nodes_(1) {
  const std::vector<Allomorph>& table = Allomorphs();
  for (size_t id = 0; id < table.size(); ++id) {
    uint32_t node = 0;
    std::string_view text = table[id].text;
    for (size_t i = text.size(); i > 0;) {
      --i;
      uint8_t byte = static_cast<uint8_t>(text[i]);
      uint32_t next = Child(node, byte);
      if (next == 0) {
        next = static_cast<uint32_t>(nodes_.size());
        nodes_[node].children.push_back({byte, next});
        nodes_.emplace_back();
      }
      node = next;
    }
    nodes_[node].ids.push_back(static_cast<uint16_t>(id));
  }
}

// clang-format off
bool IsVowel(char32_t c) {
  switch (c) {
    case U'а': case U'ә': case U'е': case U'о': case U'ө': case U'ұ': case U'ү': case U'ы':
    case U'і': case U'э': case U'ю': case U'я': case U'ё': case U'у': case U'и':
      return true;
    default:
      return false;
  }
}
// clang-format on

// clang-format off
uint8_t CtxOf(char32_t c) {
  switch (c) {
    case U'а': case U'ә': case U'е': case U'о': case U'ө': case U'ұ': case U'ү': case U'ы':
    case U'і': case U'э': case U'ю': case U'я': case U'ё':
      return kCtxVowel;
    case U'р': case U'й': case U'у': case U'и': return kCtxSonorant;
    case U'л': return kCtxL;
    case U'м': case U'н': case U'ң': return kCtxNasal;
    case U'ж': case U'з': return kCtxVoiced;
    case U'к': case U'қ': case U'п': case U'с': case U'т': case U'ш': case U'ф': case U'х':
    case U'ц': case U'ч': case U'щ': case U'б': case U'в': case U'г': case U'д': case U'ғ':
    case U'һ':
      return kCtxVoiceless;
    default:
      return kCtxOther;
  }
}
// clang-format on

Harmony HarmonyOf(std::string_view stem) {
  // A final soft sign palatalises a loan (автомобильге, рольді); the back spelling is also seen
  // (фестивальға).
  if (stem.ends_with("ь")) return kHarmonyBoth;
  // Walk back to the last vowel that decides harmony.
  size_t end = stem.size();
  char32_t next_vowel = 0;  // the vowel found after the current one (for е after a vowel)
  while (end > 0) {
    size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(stem[start]) & 0xC0) == 0x80) --start;
    size_t pos = start;
    char32_t c = DecodeUtf8(stem, &pos);
    bool final_letter = pos == stem.size();
    end = start;
    if (c < 0x80 && IsBasicLatinLetter(c)) return kHarmonyBoth;  // mixed script: a loan
    switch (c) {
      case U'а':
      case U'о':
      case U'ұ':
      case U'ы':
      case U'я':
      case U'ё':
        return next_vowel == U'е' ? kHarmonyBoth : kBack;  // -аев, -оев names take either
      case U'ю':
        // Final ю after a vowel is the verbal noun -у written after й (жою = жой + у, сүю):
        // the vowel before it decides.
        if (final_letter && end > 0) {
          size_t p = end - 1;
          while (p > 0 && (static_cast<unsigned char>(stem[p]) & 0xC0) == 0x80) --p;
          size_t q = p;
          if (IsVowel(DecodeUtf8(stem, &q))) break;
        }
        return kFront;
      case U'ә':
      case U'ө':
      case U'ү':
      case U'і':
      case U'э':
        return kFront;
      case U'е':
        if (next_vowel == 0)
          next_vowel = c;
        else
          return kFront;
        break;
      case U'и':
      case U'у':
        // Stem-final, or after a vowel, these are glides or the verbal noun (тау, оқу, білу,
        // оқи = оқый): look further back. Between consonants they are loan-word vowels: у is
        // back (ресурстар), и either (лимиттер, but оқиды).
        if (!final_letter && end > 0) {
          size_t p = end - 1;
          while (p > 0 && (static_cast<unsigned char>(stem[p]) & 0xC0) == 0x80) --p;
          size_t q = p;
          char32_t before = DecodeUtf8(stem, &q);
          if (!IsVowel(before) && IsCyrillic(before) && next_vowel == 0)
            return c == U'у' ? kBack : kHarmonyBoth;
        }
        // A final и after a consonant ends a loan or a name (белуджи, Хомейни), whose suffixes
        // may be front whatever the vowels before it.
        if (final_letter && c == U'и' && end > 0) {
          size_t p = end - 1;
          while (p > 0 && (static_cast<unsigned char>(stem[p]) & 0xC0) == 0x80) --p;
          size_t q = p;
          char32_t before = DecodeUtf8(stem, &q);
          if (!IsVowel(before) && IsCyrillic(before)) return kHarmonyBoth;
        }
        break;
      default:
        if (next_vowel == U'е' && !IsVowel(c)) return kFront;
        break;
    }
  }
  return next_vowel == U'е' ? kFront : kHarmonyBoth;
}

}  // namespace izdeu::analyzers::kk
