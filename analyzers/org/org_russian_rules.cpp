// Rule 4 of organisation extraction: Russian head phrases — adjectives before the head
// (Национальный банк) and a genitive tail after it (Министерство национальной экономики РК).
#include "analyzers/org/org_candidates.h"

namespace izdeu::analyzers::org_internal {

namespace {

// Russian nouns in the genitive, as they follow a head (Министерство экономики, Комитет
// национальной безопасности): by ending, minus the common verb endings.
bool RussianGenitiveLike(std::string_view lw) {
  // Three letters or fewer: prepositions (при, для, без), not nouns (the size is in bytes).
  if (CodePoints(lw) <= 3 || HasKazakhLetter(lw)) return lw == "дел";
  for (std::string_view verb : {"ла", "ло", "ли", "ет", "ит", "ал", "ил", "ся", "сь"}) {
    if (EndsWith(lw, verb)) return false;
  }
  // Nouns in the instrumental plural (Правительством Республики Казахстан ставками платы) and
  // the modal должна/должны ("Партия должна ...", civic news) follow a name without belonging
  // to it.
  if (EndsWith(lw, "ами") || EndsWith(lw, "ями") || StartsWith(lw, "должн")) return false;
  // Short passive participles (проведена, размещены, утверждено): "Департаментом проведена
  // перепроверка", "акимата района размещены виды" (the shipped sample).
  for (std::string_view participle : {"ена", "ены", "ено"}) {
    if (EndsWith(lw, participle) && CodePoints(lw) >= 7) return false;
  }
  // Kazakh plural possessives without a Kazakh letter (депутаттары, мүшелері).
  for (std::string_view kk : {"лары", "дары", "тары", "лері", "дері", "тері"}) {
    if (EndsWith(lw, kk)) return false;
  }
  for (std::string_view e : {"а", "я", "ы", "и", "ов", "ев", "ей"}) {
    if (EndsWith(lw, e)) return true;
  }
  return false;
}

}  // namespace

// At a comma (token k) inside a list of lower-case genitive nouns that "и" closes (", торговли и
// туризма"): the index after the list's last noun, else 0. Up to three more nouns; an item is a
// noun by its ending and no adjective (торговли ends like a past verb, so the items between the
// commas are not checked for verb endings; the noun after "и" is).
size_t CandidatePass::CoordinatedGenitiveEnd(size_t k) {
  const auto& toks = list_.toks;
  if (k >= toks.size() || toks[k].kind != TokKind::kPunct || text_[toks[k].start] != ',') {
    return 0;
  }
  bool gen;
  auto noun_like = [&](std::string_view lw) {
    if (CodePoints(lw) <= 3 || HasKazakhLetter(lw) || Lexicon::LooksRussianAdjective(lw, &gen)) {
      return false;
    }
    for (std::string_view e : {"а", "я", "ы", "и", "ов", "ев", "ей"}) {
      if (EndsWith(lw, e)) return true;
    }
    return false;
  };
  for (size_t i = k + 1; i < k + 8 && i < toks.size(); ++i) {
    if (toks[i].kind == TokKind::kPunct && text_[toks[i].start] == ',') continue;
    if (!IsWord(i) || toks[i].upper) return 0;
    std::string_view lw = L(i);
    if (lw == "и") {
      bool last_ok = IsWord(i + 1) && !toks[i + 1].upper && RussianGenitiveLike(L(i + 1)) &&
                     noun_like(L(i + 1)) && lex_.FindRussianHead(L(i + 1)) == nullptr;
      return last_ok ? i + 2 : 0;
    }
    // Bodies and titles are no such nouns: Правительства РК, акимата и акима области (civic news).
    if (!noun_like(lw) || lex_.FindRussianHead(lw) != nullptr || Lexicon::IsPositionWord(lw)) {
      return 0;
    }
  }
  return 0;
}

// True when "по" and a capitalised adjective (по Павлодарской области) come within the next ten
// words from token i, all of them words: the name is a regional body's.
bool CandidatePass::RegionFollows(size_t i) {
  bool gen;
  for (size_t k = i; k < i + 10 && IsWord(k); ++k) {
    if (L(k) == "по" && IsWord(k + 1) && list_.toks[k + 1].upper &&
        Lexicon::LooksRussianAdjective(L(k + 1), &gen)) {
      return true;
    }
  }
  return false;
}

// Russian phrase around head token h: adjectives before it (Национальный банк), a genitive
// tail after it (Министерство национальной экономики Республики Казахстан).
void CandidatePass::RussianHeadAt(size_t h, const HeadForm& f) {
  if (f.plural) return;
  // In Kazakh text, a word spelt alike (Парламент, комитет, банк) is the Kazakh rule's.
  if ((h > 0 && IsWord(h - 1) && HasKazakhLetter(L(h - 1))) ||
      (IsWord(h + 1) && HasKazakhLetter(L(h + 1)))) {
    return;
  }
  const auto& toks = list_.toks;
  HeadClass cls = lex_.head(f.head).cls;
  if (cls == HeadClass::kType) return;
  size_t j = h;
  bool gen;
  while (j > 0 && h - j < 4 && IsWord(j - 1) && !Stop(j - 1) &&
         Lexicon::LooksRussianAdjective(L(j - 1), &gen)) {
    --j;
  }
  while (j < h && !StartOk(j)) ++j;
  size_t k = h + 1, tail_end = h + 1;
  bool tail_upper = false;
  bool after_gen_adj = false;  // the previous word was a genitive adjective (медицинских)
  while (k - h <= 12) {
    // Genitive nouns listed with commas before "и": Управление предпринимательства, торговли и
    // туризма Павлодарской области (the shipped sample, which ended the name at the comma).
    if (size_t end = k > h + 1 && tail_end == k ? CoordinatedGenitiveEnd(k) : 0; end != 0) {
      tail_end = k = end;
      continue;
    }
    if (!IsWord(k)) break;
    std::string_view lw = L(k);
    const Tok& t = toks[k];
    if (Lexicon::IsPositionWord(lw)) break;  // a title is never part of a name (басшысы)
    // Nor is a person (Мажилиса Парламента Зухра Саяпова, Департамент Шарипова).
    if (IsPersonName(k) || (t.upper && IsWord(k + 1) && IsPersonName(k + 1))) break;
    // "институт управления по специальности «...»" in a CV: the speciality, not the name.
    if (lw == "по" && IsWord(k + 1) &&
        (StartsWith(L(k + 1), "специальност") || StartsWith(L(k + 1), "квалификаци"))) {
      break;
    }
    // "и" before a capitalised head starts a second body: Комитета по делам религий и Академии
    // государственного управления (civic news).
    if (lw == "и" && IsWord(k + 1) && toks[k + 1].upper && !HasKazakhLetter(L(k + 1)) &&
        lex_.FindRussianHead(L(k + 1)) != nullptr) {
      break;
    }
    if (lex_.IsNameConnector(lw)) {
      ++k;
      continue;
    }
    // A capitalised head after a tail is the body this one belongs to, named on its own (as the
    // Kazakh rules keep the owner of "ҚР ТЖМ баспасөз қызметі"): Комитета по делам религий |
    // Министерства культуры и спорта РК, Комитета науки | Министерства образования и науки (civic
    // news; the ministry used to be lost inside the committee's name, or the committee's name cut
    // before "религий"). Unless a region follows the owner's name: департамент Комитета оплаты
    // медицинских услуг Министерства здравоохранения РК по Павлодарской области is the regional
    // department, one body (the sample).
    if (k > h + 1 && t.upper && !t.allcaps && !HasKazakhLetter(lw) &&
        lex_.FindRussianHead(lw) != nullptr && !RegionFollows(k + 1)) {
      break;
    }
    // After "по делам" / "по вопросам" comes a noun in the genitive, also a plural in -ий, -ей
    // that looks like an adjective (Агентство РК по делам религий: the shipped sample, which
    // ended the name at "РК"). A capitalised word right after it that is no place, abbreviation,
    // head or state word is a person's name (Агентства РК по делам религий Кайрата Лама Шарифа:
    // civic news).
    if (k >= 1 && (L(k - 1) == "делам" || L(k - 1) == "вопросам") && !t.upper &&
        (EndsWith(lw, "ий") || EndsWith(lw, "ей"))) {
      tail_end = ++k;
      if (IsWord(k) && toks[k].upper && !toks[k].allcaps && !IsPlaceWord(L(k)) &&
          lex_.FindRussianHead(L(k)) == nullptr && L(k) != "республики" && L(k) != "казахстан") {
        break;
      }
      continue;
    }
    // A verb in capitals ends it: акимат Павлодарской области ПОСТАНОВЛЯЕТ, маслихат РЕШИЛ (the
    // operative words of a resolution; the shipped sample). Abbreviations are short (КГСЭН, МЗ).
    if (t.allcaps && CodePoints(lw) >= 5 && !t.latin) {
      bool verb = false;
      for (std::string_view v : {"ет", "ит", "ил", "ал", "ла", "ли", "ют", "ят"}) {
        verb |= EndsWith(lw, v);
      }
      if (verb) break;
    }
    if (t.allcaps ||
        (t.upper && (RussianGenitiveLike(lw) || IsPlaceWord(lw) || lw == "казахстан"))) {
      tail_upper = true;
      tail_end = ++k;
      continue;
    }
    if (t.upper && Lexicon::LooksRussianAdjective(lw, &gen) && gen) {  // Алматинской области
      tail_upper = true;
      ++k;
      continue;
    }
    if (t.upper) break;
    const bool agrees = after_gen_adj;
    after_gen_adj = false;
    if (Lexicon::LooksRussianAdjective(lw, &gen)) {
      if (!gen) break;
      after_gen_adj = true;
      ++k;
      continue;
    }
    // A noun after a genitive adjective is in the genitive whatever its ending (оплаты
    // медицинских услуг, защиты прав потребителей).
    if (RussianGenitiveLike(lw) || (agrees && !HasKazakhLetter(lw) && CodePoints(lw) >= 3)) {
      tail_end = ++k;
      continue;
    }
    break;
  }
  bool has_left = j<h, has_tail = tail_end> h + 1;
  bool head_upper = toks[h].upper;
  bool ok = has_left || (has_tail && (head_upper || tail_upper)) ||
            (cls == HeadClass::kState && head_upper && !toks[h].sent_start);
  if (cls == HeadClass::kWeak && !has_left) ok = tail_upper || (ok && !toks[h].sent_start);
  if (cls == HeadClass::kState && !has_left && !has_tail) ok = head_upper;
  if (ok) Add(j, tail_end, 1);
}

}  // namespace izdeu::analyzers::org_internal
