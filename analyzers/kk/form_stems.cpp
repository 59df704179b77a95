#include "analyzers/kk/form_stems.h"

#include <algorithm>
#include <initializer_list>

#include "analyzers/kk/morphotactics.h"
#include "analyzers/kk/stem_search.h"
#include "common/utf8.h"

namespace izdeu::analyzers::kk {
namespace {

constexpr size_t kMaxLemmaBytes = 60;

bool Fits(const Allomorph& a, std::string_view stem) {
  if (stem.empty() || a.before_vowel) return false;
  if (!a.stem_end.empty() && !stem.ends_with(a.stem_end)) return false;
  size_t bytes = 0;
  if ((a.ctx & CtxOf(LastLetter(stem, &bytes))) == 0) return false;
  Harmony h = HarmonyOf(stem);
  return a.harmony == kHarmonyNone || h == kHarmonyBoth || h == a.harmony;
}

bool EndsInHighVowel(std::string_view s) {
  size_t bytes = 0;
  char32_t c = s.empty() ? 0 : LastLetter(s, &bytes);
  return c == U'ы' || c == U'і';
}

// Calls f(form) for `stem` + each allomorph of `kinds` that fits it and attaches to the root
// class asked for (`verb`: verb roots, else nominal roots; `any_root`: also suffixes that only
// follow other suffixes, such as -н after a possessive).
template <typename F>
void Attach(std::string_view stem, std::initializer_list<Kind> kinds, bool verb, bool any_root,
            F&& f) {
  for (const Allomorph& a : Allomorphs()) {
    if (std::find(kinds.begin(), kinds.end(), a.kind) == kinds.end()) continue;
    if (!any_root && !(verb ? a.root_verb : a.root_nominal)) continue;
    // Genitive + -кі (мектептікі) is rare, and stems to a derived adjective (мектептік).
    if (a.kind == kAttr && a.text.ends_with("ікі")) continue;
    std::string form(stem);
    switch (a.restore) {
      case kRestoreNone:
        break;
      case kMaybeYI:  // оқы + у -> оқу
        if (EndsInHighVowel(stem)) form.resize(form.size() - 2);
        break;
      default:
        continue;  // the contracted present and participle spellings: rare in queries' forms
    }
    if (!Fits(a, form)) continue;
    form.append(a.text);
    f(form);
  }
}

}  // namespace

std::vector<std::string> FormStems(const KazakhStemmer& stemmer, std::string_view lemma,
                                   size_t limit) {
  std::vector<std::string> out;
  if (lemma.empty() || lemma.size() > kMaxLemmaBytes) return out;
  bool cyrillic = false;
  size_t pos = 0;
  while (pos < lemma.size()) cyrillic |= IsCyrillic(DecodeUtf8(lemma, &pos));
  if (!cyrillic) return out;
  const std::string own = stemmer.Stem(lemma);
  // A form the stemmer keeps whole (жылға, кезде) is added as it is: that is what the index
  // holds for it.
  auto add_form = [&](const std::string& form) {
    if (out.size() >= limit) return;
    std::string stem = stemmer.Stem(form);
    if (stem == own || std::find(out.begin(), out.end(), stem) != out.end()) return;
    out.push_back(std::move(stem));
  };
  // Nominal forms: case, possessive, plural, attributive; possessive + case (басына, ісін).
  Attach(lemma, {kCase, kPoss3, kPlural, kAttr}, /*verb=*/false, false, add_form);
  Attach(lemma, {kPoss3}, false, false, [&](const std::string& poss) {
    Attach(poss, {kCase3}, false, /*any_root=*/true, add_form);
  });
  if (!stemmer.IsLexiconVerb(lemma)) return out;
  // Verb forms: tense, participle, converb, verbal noun, agent; present + 3rd person.
  Attach(lemma, {kPast, kPtcp, kConvIp, kVerbalNoun, kAgent, kPres}, /*verb=*/true, false,
         add_form);
  Attach(lemma, {kPres}, true, false,
         [&](const std::string& pres) { Attach(pres, {kPres3}, true, true, add_form); });
  // Voice stems (сайла + н, көр + ін) and their common forms.
  Attach(lemma, {kVoice}, true, false, [&](const std::string& voiced) {
    add_form(voiced);
    Attach(voiced, {kPast, kPtcp, kConvIp, kVerbalNoun}, true, true, add_form);
  });
  return out;
}

}  // namespace izdeu::analyzers::kk
