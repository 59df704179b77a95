#include "analyzers/ru/stopwords.h"

#include <algorithm>
#include <array>

namespace izdeu::analyzers::ru {
namespace {
// Sorted for binary search.
constexpr std::array<std::string_view, 78> kStopwords = {
    "а",      "без",   "более", "бы",  "был",   "была", "были",  "было",  "быть", "в",
    "вам",    "вас",   "весь",  "во",  "вот",   "все",  "всего", "всех",  "вы",   "где",
    "да",     "даже",  "для",   "до",  "его",   "ее",   "если",  "есть",  "еще",  "же",
    "за",     "здесь", "и",     "из",  "или",   "им",   "их",    "к",     "как",  "когда",
    "кто",    "ли",    "либо",  "мне", "может", "мы",   "на",    "над",   "не",   "него",
    "нет",    "ни",    "но",    "ну",  "о",     "об",   "он",    "она",   "они",  "оно",
    "от",     "по",    "под",   "при", "с",     "со",   "так",   "также", "там",  "то",
    "только", "у",     "уже",   "что", "чтобы", "эта",  "это",   "я"};
}  // namespace

bool IsRussianStopword(std::string_view norm) {
  return std::binary_search(kStopwords.begin(), kStopwords.end(), norm);
}

}  // namespace izdeu::analyzers::ru
