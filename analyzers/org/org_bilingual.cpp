#include "analyzers/org/org_bilingual.h"

#include <vector>

#include "analyzers/org/org_canonical.h"
#include "analyzers/org/org_gazetteer.h"
#include "analyzers/org/org_lexicon.h"
#include "common/utf8.h"

namespace izdeu::analyzers::org_internal {
namespace {

// Russian head -> Kazakh head in the 3rd-person possessive, for bodies that exist in every
// region. Source: the official bilingual names of local bodies, e.g. akimat and maslikhat
// pages of the regions on gov.kz ("Павлодар облысы әкімдігі" / "акимат Павлодарской области").
constexpr std::pair<std::string_view, std::string_view> kHeads[] = {
    {"акимат", "әкімдігі"},           {"маслихат", "мәслихаты"},    {"суд", "соты"},
    {"прокуратура", "прокуратурасы"}, {"управление", "басқармасы"}, {"департамент", "департаменті"},
    {"администрация", "әкімшілігі"}};

// Admin words: genitive noun (after the head) and adjective (before it), and the Kazakh noun in
// the 3rd-person possessive that the Kazakh canonical name uses.
struct Admin {
  std::string_view gen, adj_stem, kazakh;
};
constexpr Admin kAdmins[] = {{"области", "областн", "облысы"},
                             {"района", "районн", "ауданы"},
                             {"города", "городск", "қаласы"}};

// Regions whose Russian adjective is not the Kazakh name in Russian letters (Constitution of the
// Republic of Kazakhstan and the Law "On the administrative-territorial structure", bilingual
// names of the regions; Wikipedia "Regions of Kazakhstan").
constexpr std::pair<std::string_view, std::string_view> kRegions[] = {
    {"актюбинск", "Ақтөбе"},
    {"западно-казахстанск", "Батыс Қазақстан"},
    {"северо-казахстанск", "Солтүстік Қазақстан"},
    {"восточно-казахстанск", "Шығыс Қазақстан"},
    {"южно-казахстанск", "Оңтүстік Қазақстан"},
    {"мангистауск", "Маңғыстау"},
    {"туркестанск", "Түркістан"},
    {"жетысуск", "Жетісу"}};

// Russian adjective endings, longest first (павлодарской, павлодарский, павлодарская...).
constexpr std::string_view kAdjEndings[] = {"ого", "ому", "ой", "ий", "ая", "ое", "ом", "ую"};

std::string_view StripAdjEnding(std::string_view w) {
  for (std::string_view e : kAdjEndings) {
    if (EndsWith(w, e) && w.size() > e.size() + 4) return w.substr(0, w.size() - e.size());
  }
  return {};
}

// Title-cases every word of a folded place key ("шығыс қазақстан" -> "Шығыс Қазақстан").
std::string PlaceDisplay(std::string_view key) {
  std::string out;
  size_t pos = 0;
  while (pos <= key.size()) {
    size_t sp = key.find(' ', pos);
    if (sp == std::string_view::npos) sp = key.size();
    if (!out.empty()) out += ' ';
    out += CapitalizeFirst(key.substr(pos, sp - pos));
    pos = sp + 1;
  }
  return out;
}

// The Kazakh place named by a Russian place adjective ("павлодарской") or a Russian place noun
// ("алматы"); "" when unknown.
std::string PlaceOf(const OrgGazetteer& gaz, std::string_view w, bool adjective) {
  if (!adjective) {
    std::string_view k = gaz.PlaceFromRussian(w);
    return k.empty() ? std::string() : PlaceDisplay(k);
  }
  std::string_view stem = StripAdjEnding(w);  // павлодарск
  if (!EndsWith(stem, "ск")) return {};
  for (const auto& [ru, kk] : kRegions) {
    if (stem == ru) return std::string(kk);
  }
  stem.remove_suffix(std::string_view("ск").size());  // павлодар, алматин, кызылордин
  std::vector<std::string> tries{std::string(stem)};
  if (EndsWith(stem, "ин")) {
    std::string base(stem.substr(0, stem.size() - std::string_view("ин").size()));
    tries.push_back(base + "ы");  // алматин -> алматы, карагандин -> караганды
    tries.push_back(base + "а");  // кызылордин -> кызылорда, акмолин -> акмола
  }
  for (const std::string& t : tries) {
    std::string_view k = gaz.PlaceFromRussian(t);
    if (!k.empty()) return PlaceDisplay(k);
  }
  return {};
}

}  // namespace

std::string RussianLetters(std::string_view lower) {
  std::string out;
  out.reserve(lower.size());
  size_t pos = 0;
  while (pos < lower.size()) {
    char32_t cp = DecodeUtf8(lower, &pos);
    switch (cp) {
      case U'қ':
        cp = U'к';
        break;
      case U'ғ':
        cp = U'г';
        break;
      case U'ң':
        cp = U'н';
        break;
      case U'ә':
        cp = U'а';
        break;
      case U'ө':
        cp = U'о';
        break;
      case U'ұ':
      case U'ү':
        cp = U'у';
        break;
      case U'і':
        cp = U'и';
        break;
      case U'һ':
        cp = U'х';
        break;
      default:
        break;
    }
    AppendUtf8(cp, &out);
  }
  return out;
}

std::string KazakhNameOfRussian(const OrgGazetteer& gaz, std::string_view key) {
  std::vector<std::string_view> w;
  size_t pos = 0;
  while (pos < key.size()) {
    size_t sp = key.find(' ', pos);
    if (sp == std::string_view::npos) sp = key.size();
    w.push_back(key.substr(pos, sp - pos));
    pos = sp + 1;
  }
  if (w.size() != 3) return {};
  auto head_of = [](std::string_view x) -> std::string_view {
    for (const auto& [ru, kk] : kHeads) {
      if (x == ru) return kk;
    }
    return {};
  };
  std::string place;
  std::string_view admin, head;
  if (!(head = head_of(w[0])).empty()) {
    for (const Admin& a : kAdmins) {
      if (w[2] == a.gen) {  // акимат павлодарской области
        place = PlaceOf(gaz, w[1], /*adjective=*/true);
        admin = a.kazakh;
      } else if (w[1] == a.gen) {  // маслихат города алматы
        place = PlaceOf(gaz, w[2], /*adjective=*/false);
        admin = a.kazakh;
      }
    }
  } else if (!(head = head_of(w[2])).empty()) {
    for (const Admin& a : kAdmins) {  // павлодарский областной маслихат
      if (StartsWith(w[1], a.adj_stem)) {
        place = PlaceOf(gaz, w[0], /*adjective=*/true);
        admin = a.kazakh;
      }
    }
  }
  if (place.empty() || admin.empty()) return {};
  std::string out = place;
  out += ' ';
  out += admin;
  out += ' ';
  out += head;
  return out;
}

}  // namespace izdeu::analyzers::org_internal
