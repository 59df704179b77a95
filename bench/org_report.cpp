// izdeu-org-report: the audit of an archive's organisation names. Reads the archive as the
// indexer does (JSON Lines, scraped pages, folders), extracts organisations from every title and
// paragraph, and lists the most mentioned organisations with their mention count, article count,
// the distinct spellings found, and example contexts, so a person can check a new archive's names
// in minutes (docs/organisations.md, "Audit").
//
//   izdeu-org-report [--top 100] [--examples 2] [--tsv] input...   (--help: the options)
//
// --tsv prints one line per organisation: rank, id, name, mentions, articles, spellings
// (|-separated), first example; for spreadsheets and for marking names clean or not.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyzers/org/org_extractor.h"
#include "corpus/reader.h"

namespace {

struct Seen {
  std::string name;
  uint64_t mentions = 0;
  uint64_t in_titles = 0;  // of them, inside a person's job title (OrgMention::in_title)
  std::set<std::string> articles;
  std::map<std::string, uint64_t> spellings;
  std::vector<std::string> examples;
};

// Up to ~60 bytes each side of [start, end), cut at UTF-8 boundaries, the mention in [ ].
std::string Context(const std::string& text, size_t start, size_t end) {
  auto back = [&](size_t p, size_t n) {
    size_t b = p > n ? p - n : 0;
    while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
    return b;
  };
  auto fwd = [&](size_t p, size_t n) {
    size_t e = std::min(text.size(), p + n);
    while (e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
    return e;
  };
  size_t b = back(start, 60), e = fwd(end, 60);
  return text.substr(b, start - b) + "[" + text.substr(start, end - start) + "]" +
         text.substr(end, e - end);
}

}  // namespace

int main(int argc, char** argv) {
  size_t top = 100, examples = 2;
  bool tsv = false;
  std::vector<std::string> inputs;
  CLI::App app{
      "izdeu-org-report: the most mentioned organisations of an archive with mention and article "
      "counts, spellings and example contexts (an audit of the names)."};
  app.add_option("--top", top, "how many organisations to list")->capture_default_str();
  app.add_option("--examples", examples, "example contexts per organisation")
      ->capture_default_str();
  app.add_flag("--tsv", tsv, "one tab-separated line per organisation");
  app.add_option("input", inputs, "JSON Lines files, scraped pages or folders of them")->required();
  // --help prints the usage and exits 0; a usage error (unknown option, no input) exits 2.
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  const auto& ex = izdeu::analyzers::SharedOrgExtractor();
  std::unordered_map<std::string, Seen> orgs;
  size_t articles = 0, issues = 0;
  izdeu::corpus::ReadInputs(
      inputs,
      [&](izdeu::corpus::Article&& a) {
        ++articles;
        auto scan = [&](const std::string& text) {
          for (const auto& m : ex.Extract(text)) {
            Seen& s = orgs[m.id];
            if (s.name.empty()) s.name = m.name;
            ++s.mentions;
            s.in_titles += m.in_title;
            s.articles.insert(a.id);
            ++s.spellings[text.substr(m.start, m.end - m.start)];
            if (s.examples.size() < examples) s.examples.push_back(Context(text, m.start, m.end));
          }
        };
        scan(a.title);
        for (const auto& p : a.paragraphs) scan(p);
      },
      [&](const izdeu::corpus::ReadIssue&) { ++issues; });
  std::vector<std::pair<std::string, const Seen*>> ranked;
  uint64_t mentions = 0;
  for (const auto& [id, s] : orgs) {
    ranked.emplace_back(id, &s);
    mentions += s.mentions;
  }
  std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
    return x.second->mentions != y.second->mentions ? x.second->mentions > y.second->mentions
                                                    : x.first < y.first;
  });
  if (!tsv) {
    std::printf("%zu articles (%zu read issues), %zu organisations, %llu mentions; top %zu:\n\n",
                articles, issues, orgs.size(), static_cast<unsigned long long>(mentions),
                std::min(top, ranked.size()));
  }
  for (size_t r = 0; r < ranked.size() && r < top; ++r) {
    const Seen& s = *ranked[r].second;
    std::string spellings;
    for (const auto& [sp, n] : s.spellings) {
      if (!spellings.empty()) spellings += " | ";
      spellings += sp + (tsv ? "" : " (" + std::to_string(n) + ")");
    }
    if (tsv) {
      std::printf("%zu\t%s\t%s\t%llu\t%zu\t%s\t%s\n", r + 1, ranked[r].first.c_str(),
                  s.name.c_str(), static_cast<unsigned long long>(s.mentions), s.articles.size(),
                  spellings.c_str(), s.examples.empty() ? "" : s.examples[0].c_str());
      continue;
    }
    std::printf("%3zu. %s  [%s]  %llu mentions (%llu in job titles) in %zu articles\n     as: %s\n",
                r + 1, s.name.c_str(), ranked[r].first.c_str(),
                static_cast<unsigned long long>(s.mentions),
                static_cast<unsigned long long>(s.in_titles), s.articles.size(), spellings.c_str());
    for (const auto& e : s.examples) std::printf("     e.g. …%s…\n", e.c_str());
  }
  return 0;
}
