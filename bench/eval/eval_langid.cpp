// izdeu-eval langid: accuracy of DetectLanguage on the line-aligned Kazakh/Russian files of
// civic-news (each site has a *-kaz* file and its Russian counterpart).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "analyzers/language.h"
#include "bench/eval/eval.h"

namespace izdeu::eval {
namespace {

int CountWords(const std::string& line) {
  int words = 0;
  bool in_word = false;
  for (char c : line) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

int RunLangIdEval(const std::string& data_dir) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(data_dir) / "civic-news" / "gov-sites-2015";
  if (!fs::is_directory(dir)) {
    std::fprintf(stderr, "izdeu-eval: %s not found\n", dir.c_str());
    return 1;
  }
  struct Tally {
    long total = 0, correct = 0;
  } kk, ru, kk_short, ru_short;
  // Labels come from the file names (*-kaz* Kazakh, *-ru* Russian), but scraped "Russian" pages
  // sometimes serve Kazakh text and vice versa. A line found verbatim in files of both languages
  // is untranslated, so its label is unknown: it is left out and counted.
  std::unordered_set<std::string> lines_of[2];
  std::vector<std::pair<fs::path, bool>> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    bool is_kk = name.find("kaz") != std::string::npos;
    bool is_ru = !is_kk && name.find("ru") != std::string::npos;
    if (!is_kk && !is_ru) continue;
    files.emplace_back(entry.path(), is_kk);
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) lines_of[is_kk].insert(line);
  }
  long untranslated = 0;
  for (const auto& [path, is_kk] : files) {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
      int words = CountWords(line);
      if (words == 0) continue;
      if (lines_of[!is_kk].count(line) > 0) {
        ++untranslated;
        continue;
      }
      analyzers::Language got = analyzers::DetectLanguage(line);
      bool ok = got == (is_kk ? analyzers::Language::kKazakh : analyzers::Language::kRussian);
      // Lines with no Cyrillic at all (URLs, numbers, English) are neither: skip them.
      auto votes = analyzers::CountLanguageVotes(line);
      if (votes.cyrillic_words == 0) continue;
      Tally& t = words >= 5 ? (is_kk ? kk : ru) : (is_kk ? kk_short : ru_short);
      ++t.total;
      t.correct += ok;
    }
  }
  auto pct = [](const Tally& t) { return t.total ? 100.0 * t.correct / t.total : 0.0; };
  std::printf(
      "language id on civic-news lines (lines with Cyrillic words; %ld untranslated lines left "
      "out)\n",
      untranslated);
  std::printf("  kk lines, 5+ words:   %6ld  accuracy %.2f%%\n", kk.total, pct(kk));
  std::printf("  ru lines, 5+ words:   %6ld  accuracy %.2f%%\n", ru.total, pct(ru));
  Tally all{kk.total + ru.total, kk.correct + ru.correct};
  std::printf("  all lines, 5+ words:  %6ld  accuracy %.2f%%\n", all.total, pct(all));
  std::printf("  kk lines, 1-4 words:  %6ld  accuracy %.2f%%\n", kk_short.total, pct(kk_short));
  std::printf("  ru lines, 1-4 words:  %6ld  accuracy %.2f%%\n", ru_short.total, pct(ru_short));
  return 0;
}

}  // namespace izdeu::eval
