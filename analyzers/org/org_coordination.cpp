#include "analyzers/org/org_coordination.h"

#include "analyzers/org/org_canonical.h"
#include "analyzers/org/org_lexicon.h"

namespace izdeu::analyzers::org_internal {
namespace {

bool IsAnd(std::string_view lw) {
  return lw == "және" || lw == "мен" || lw == "бен" || lw == "пен";
}

bool IsAdminAdjective(std::string_view lw) {
  return lw == "облыстық" || lw == "қалалық" || lw == "аудандық";
}

}  // namespace

std::vector<Body> SplitCoordinated(std::string_view text, const TokenList& list, const Cand& c) {
  const auto& toks = list.toks;
  if (c.e < c.b + 3 || c.e > toks.size()) return {};
  const uint32_t h = c.e - 1;
  const Lexicon& lex = Lexicon::Get();
  const HeadForm* form = lex.FindKazakhHead(list.Lower(toks[h]));
  if (form == nullptr || !form->plural) return {};
  const HeadInfo& head = lex.head(form->head);
  auto word = [&](uint32_t i) { return toks[i].kind == TokKind::kWord; };
  auto name_start = [&](uint32_t i) {
    return i < h && word(i) && (toks[i].upper || toks[i].latin) && !toks[i].sent_start;
  };
  // Conjuncts [b, e) of the modifiers [c.b, h).
  std::vector<std::pair<uint32_t, uint32_t>> conj;
  uint32_t start = c.b;
  for (uint32_t i = c.b; i < h; ++i) {
    bool comma = toks[i].kind == TokKind::kPunct &&
                 text.substr(toks[i].start, toks[i].end - toks[i].start) == ",";
    // Алматы облыстық және қалалық мәслихаттары: two admin adjectives of one place.
    bool admin_pair = word(i) && IsAnd(list.Lower(toks[i])) && i > c.b && i + 1 < h &&
                      word(i - 1) && word(i + 1) && IsAdminAdjective(list.Lower(toks[i - 1])) &&
                      IsAdminAdjective(list.Lower(toks[i + 1]));
    bool split = (comma && name_start(i + 1)) || admin_pair ||
                 (word(i) && IsAnd(list.Lower(toks[i])) && name_start(i + 1));
    if (!split) continue;
    if (i > start) conj.emplace_back(start, i);
    start = i + 1;
  }
  if (start < h) conj.emplace_back(start, h);
  if (conj.size() < 2) return {};
  // Shared modifiers: the lower-case words ending the last conjunct, when the first conjunct ends
  // in a genitive (ауданының ... қаласының қоғамдық) or a capitalised word (Xinhua ... China News
  // Service ақпараттық).
  uint32_t shared_b = h;
  {
    uint32_t first_last = conj.front().second - 1;
    std::string_view fl = list.Lower(toks[first_last]);
    const bool genitive = Lexicon::HasGenitive(fl);
    if (genitive || toks[first_last].upper || toks[first_last].latin) {
      uint32_t k = h;
      while (k > conj.back().first + 1 && word(k - 1) && !toks[k - 1].upper && !toks[k - 1].latin &&
             !IsAnd(list.Lower(toks[k - 1])) &&
             !(genitive && Lexicon::HasGenitive(list.Lower(toks[k - 1])))) {
        --k;
      }
      if (k < h) shared_b = k;
    }
  }
  conj.back().second = shared_b;
  auto surface = [&](uint32_t b, uint32_t e) {
    std::string s;
    for (uint32_t i = b; i < e; ++i) {
      if (!word(i)) continue;
      if (!s.empty()) s += ' ';
      s += SurfaceOf(text, toks[i]);
    }
    return s;
  };
  const std::string shared = surface(shared_b, h);
  // A conjunct that is only an admin adjective takes the place of the first one: Алматы
  // облыстық және қалалық -> Алматы қалалық.
  uint32_t place_e = conj.front().first;
  while (place_e < conj.front().second &&
         !(word(place_e) && IsAdminAdjective(list.Lower(toks[place_e])))) {
    ++place_e;
  }
  const std::string place =
      place_e < conj.front().second ? surface(conj.front().first, place_e) : std::string();
  const std::string head_word = toks[h].upper ? CapitalizeFirst(head.poss3) : head.poss3;
  std::vector<Body> out;
  for (size_t k = 0; k < conj.size(); ++k) {
    const auto [b, e] = conj[k];
    bool all_latin = true;
    for (uint32_t i = b; i < e; ++i) all_latin &= !word(i) || toks[i].latin;
    Body body;
    body.b = b;
    body.e = (k + 1 == conj.size() && !all_latin) ? c.e : e;
    if (!all_latin) {
      body.name_text = surface(b, e);
      if (k > 0 && !place.empty() && word(b) && IsAdminAdjective(list.Lower(toks[b]))) {
        body.name_text = place + ' ' + body.name_text;
      }
      if (!shared.empty()) body.name_text += ' ' + shared;
      body.name_text += ' ' + head_word;
    }
    out.push_back(std::move(body));
  }
  return out;
}

}  // namespace izdeu::analyzers::org_internal
