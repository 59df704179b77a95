#include "analyzers/org/org_canonical.h"

#include <unicode/uchar.h>

#include <vector>

#include "analyzers/org/org_lexicon.h"
#include "common/utf8.h"

namespace izdeu::analyzers::org_internal {
namespace {

struct Item {
  TokKind kind;
  std::string surface;
  std::string_view lower;
  bool upper = false, allcaps = false;
};

std::string MapCase(std::string_view word, bool upper_all, bool lower_rest) {
  std::string out;
  size_t pos = 0;
  bool first = true;
  while (pos < word.size()) {
    char32_t cp = DecodeUtf8(word, &pos);
    if (upper_all || first) {
      cp = static_cast<char32_t>(u_toupper(static_cast<UChar32>(cp)));
    } else if (lower_rest) {
      cp = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
    }
    first = false;
    AppendUtf8(cp, &out);
  }
  return out;
}

size_t Letters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool HasKazakhLetter(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    if (IsKazakhCyrillicLetter(DecodeUtf8(s, &pos))) return true;
  }
  return false;
}

// Writes `replacement` (lower-case) in the capitalisation style of `surface`.
std::string InStyleOf(const Item& surface, std::string_view replacement) {
  if (surface.allcaps) return MapCase(replacement, true, false);
  if (surface.upper) return CapitalizeFirst(replacement);
  return std::string(replacement);
}

// A Kazakh head after modifiers takes the 3rd-person possessive (Ұлттық экономика министрлігі),
// except after жөніндегі (Мемлекеттік қызмет істері жөніндегі агенттік).
bool HeadTakesPossessive(const std::vector<Item*>& words) {
  return words.size() > 1 && words[words.size() - 2]->lower != "жөніндегі";
}

bool RewriteKazakhHead(std::vector<Item*>& words, std::vector<std::string>* storage,
                       bool keep_bare_head) {
  const Lexicon& lex = Lexicon::Get();
  Item* last = words.back();
  const HeadForm* form = lex.FindKazakhHead(last->lower);
  if (form == nullptr) return false;
  if (keep_bare_head && form->bare) return true;
  const HeadInfo& head = lex.head(form->head);
  if (form->plural) {
    storage->push_back(head.plural_poss3);  // Денсаулық сақтау, Көлік министрліктері
  } else {
    storage->push_back(HeadTakesPossessive(words) ? head.poss3 : head.lemma);
  }
  last->surface = InStyleOf(*last, storage->back());
  return true;
}

bool RewriteRussian(std::vector<Item*>& words) {
  const Lexicon& lex = Lexicon::Get();
  Item* last = words.back();
  // Adjectives, then the head, then any genitive tail, which stays as written: Национального банка
  // -> Национальный банк, Международного фонда спасения Арала -> Международный фонд спасения
  // Арала.
  for (size_t h = 1; h < words.size(); ++h) {
    bool gen;
    if (!Lexicon::LooksRussianAdjective(words[h - 1]->lower, &gen)) break;
    const HeadForm* form = lex.FindRussianHead(words[h]->lower);
    if (form == nullptr) continue;
    const HeadInfo& head = lex.head(form->head);
    for (size_t i = 0; i < h; ++i) {
      words[i]->surface = InStyleOf(
          *words[i], Lexicon::RussianAdjectiveNominative(words[i]->lower, head.ru_gender));
    }
    words[h]->surface = InStyleOf(*words[h], head.lemma);
    return true;
  }
  if (const HeadForm* form = lex.FindRussianHead(words.front()->lower); form != nullptr) {
    words.front()->surface = InStyleOf(*words.front(), lex.head(form->head).lemma);
    return true;
  }
  if (words.size() == 1 && lex.FindRussianHead(last->lower) != nullptr) {
    last->surface = InStyleOf(*last, lex.head(lex.FindRussianHead(last->lower)->head).lemma);
    return true;
  }
  return false;
}

// A foreign company word with a Kazakh case ending (Телекомның, Air-дің) loses the ending.
void RewriteForeignOrgWord(std::vector<Item*>& words) {
  Item* last = words.back();
  const Lexicon& lex = Lexicon::Get();
  if (words.size() < 2 || lex.IsForeignOrgWord(last->lower)) return;
  std::string_view base = lex.ForeignOrgBase(last->lower);
  if (base.empty()) {
    size_t hyphen = last->surface.find('-');  // Air-дің (folded as a whole by NormalizeWord)
    if (hyphen == std::string::npos) return;
    std::string folded;
    FoldWord(std::string_view(last->surface).substr(0, hyphen), &folded);
    if (lex.IsForeignOrgWord(folded)) last->surface.resize(hyphen);
    return;
  }
  // Keep the written letters: cut the surface to the base's length in code points.
  size_t keep = CodePoints(base), pos = 0;
  for (size_t n = 0; n < keep && pos < last->surface.size(); ++n) DecodeUtf8(last->surface, &pos);
  last->surface.resize(pos);
}

}  // namespace

std::string CapitalizeFirst(std::string_view word) { return MapCase(word, false, false); }

CanonicalName Canonicalize(std::string_view text, const TokenList& list, size_t begin, size_t end,
                           bool keep_bare_head) {
  std::vector<Item> items;
  items.reserve(end - begin);
  for (size_t i = begin; i < end; ++i) {
    const Tok& t = list.toks[i];
    if (t.kind == TokKind::kWord) {
      items.push_back({t.kind, SurfaceOf(text, t), list.Lower(t), t.upper, t.allcaps});
    } else if (t.kind == TokKind::kOpenQuote || t.kind == TokKind::kCloseQuote) {
      items.push_back({t.kind, "", {}, false, false});
    } else if (t.kind == TokKind::kPunct && text.substr(t.start, t.end - t.start) == "," &&
               !items.empty() && items.back().kind == TokKind::kWord) {
      items.push_back({t.kind, ",", {}, false, false});  // coordinated names: Көлік, Энергетика
    }
  }
  while (!items.empty() && items.back().kind == TokKind::kPunct) items.pop_back();
  // Unbalanced quotes at the edges, and one pair around the whole name, carry no meaning.
  while (!items.empty() && items.front().kind == TokKind::kCloseQuote) items.erase(items.begin());
  while (!items.empty() && items.back().kind == TokKind::kOpenQuote) items.pop_back();
  if (items.size() >= 2 && items.front().kind == TokKind::kOpenQuote &&
      items.back().kind == TokKind::kCloseQuote) {
    int quotes = 0;
    for (const Item& it : items) {
      quotes += it.kind == TokKind::kOpenQuote || it.kind == TokKind::kCloseQuote;
    }
    if (quotes == 2) {
      items.erase(items.begin());
      items.pop_back();
    }
  }
  int depth = 0;
  for (size_t i = 0; i < items.size(); ++i) {  // a close quote with no open one is dropped
    if (items[i].kind == TokKind::kOpenQuote) ++depth;
    if (items[i].kind == TokKind::kCloseQuote && depth-- == 0) {
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(i--));
      depth = 0;
    }
  }
  std::vector<Item*> words;
  bool kazakh = false;
  for (Item& it : items) {
    if (it.kind != TokKind::kWord) continue;
    words.push_back(&it);
    kazakh |= HasKazakhLetter(it.lower);
  }
  CanonicalName out;
  if (words.empty()) return out;

  std::vector<std::string> storage;
  storage.reserve(2);
  if ((kazakh || !RewriteRussian(words)) && !RewriteKazakhHead(words, &storage, keep_bare_head)) {
    RewriteForeignOrgWord(words);
  } else if (kazakh) {
    // Inside a Kazakh name the genitive and the possessive of an admin word mean the same body:
    // Павлодар облысының әкімдігі = Павлодар облысы әкімдігі.
    static const std::pair<std::string_view, std::string_view> kGenitives[] = {
        {"облысының", "облысы"},
        {"ауданының", "ауданы"},
        {"қаласының", "қаласы"},
        {"республикасының", "республикасы"}};
    // So do the admin adjective after a place and the admin noun: Павлодар облыстық мәслихаты =
    // Павлодар облысы мәслихаты (and the Russian Павлодарский областной маслихат, see
    // org_bilingual.h).
    static const std::pair<std::string_view, std::string_view> kAdjectives[] = {
        {"облыстық", "облысы"}, {"аудандық", "ауданы"}, {"қалалық", "қаласы"}};
    for (size_t i = 0; i + 1 < words.size(); ++i) {
      for (const auto& [gen, nom] : kGenitives) {
        if (words[i]->lower == gen) {
          words[i]->surface = InStyleOf(*words[i], nom);  // the key is folded from it
        }
      }
      if (i == 0 || !words[i - 1]->upper) continue;
      for (const auto& [adj, nom] : kAdjectives) {
        if (words[i]->lower == adj) words[i]->surface = InStyleOf(*words[i], nom);
      }
    }
  }

  // A name written in capitals (a shouted headline) is title-cased; short abbreviations stay.
  bool all_caps = true, has_long = false;
  for (Item* w : words) {
    all_caps &= w->allcaps;
    has_long |= Letters(w->lower) >= 5;
  }
  if (all_caps && has_long && words.size() > 1) {
    for (Item* w : words) {
      if (Letters(w->lower) >= 4) w->surface = MapCase(w->lower, false, true);
    }
  }

  bool need_space = false;
  for (const Item& it : items) {
    if (it.kind == TokKind::kOpenQuote) {
      if (need_space) out.display += ' ';
      out.display += "«";
      need_space = false;
    } else if (it.kind == TokKind::kCloseQuote) {
      out.display += "»";
      need_space = true;
    } else if (it.kind == TokKind::kPunct) {
      out.display += it.surface;
      need_space = true;
    } else {
      if (need_space) out.display += ' ';
      out.display += it.surface;
      need_space = true;
    }
  }
  std::string folded;
  for (const Item* w : words) {
    std::string_view surface = w->surface;
    std::string poss3;
    if (keep_bare_head && w == words.back() && HeadTakesPossessive(words)) {
      if (const HeadForm* f = Lexicon::Get().FindKazakhHead(w->lower); f != nullptr && f->bare) {
        poss3 = Lexicon::Get().head(f->head).poss3;
        surface = poss3;
      }
    }
    FoldWord(surface, &folded);
    if (!out.key.empty()) out.key += ' ';
    out.key += folded;
  }
  return out;
}

}  // namespace izdeu::analyzers::org_internal
