// izdeu-search: the command-line client. Runs searches in-process through the same
// SearchService that izdeu-searchd serves (no daemon needed), for scripts and bulk research:
// one query from the command line, or one query per line of --queries FILE, as JSON Lines.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>

#include "searchd/http/json.h"
#include "searchd/service/search_service.h"

namespace {

using izdeu::searchd::SearchRequest;

int RunOne(izdeu::searchd::SearchService& service, const SearchRequest& request, bool json) {
  auto response = service.Search(request);
  if (!response.ok()) {
    std::fprintf(stderr, "izdeu-search: %s\n", response.status().message().c_str());
    return 2;
  }
  if (json) {
    std::printf("%s\n", izdeu::searchd::http::SearchResponseJson(response.value()).c_str());
    return 0;
  }
  const auto& r = response.value();
  if (!r.corrected_from.empty())
    std::printf("nothing for \"%s\"; showing \"%s\"\n", r.corrected_from.c_str(), r.query.c_str());
  if (!r.did_you_mean.empty()) std::printf("did you mean \"%s\"?\n", r.did_you_mean.c_str());
  std::printf("%llu articles%s (%.2f ms)\n", static_cast<unsigned long long>(r.total),
              r.relaxed ? ", matching some of the words" : "", r.took_ms);
  for (const auto& hit : r.hits) {
    std::printf("%-12s %-28s %s\n", hit.date.empty() ? "(no date)" : hit.date.c_str(),
                hit.id.c_str(), hit.title.c_str());
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"izdeu-search: search an izdeu index from the command line"};
  std::string db, queries_file, sort;
  SearchRequest request;
  bool json = false;
  app.add_option("--db", db, "index folder")->required();
  app.add_option("query", request.query, "query (docs/query-syntax.md)");
  app.add_option("--queries", queries_file, "file with one query per line (JSON Lines output)");
  app.add_option("--org", request.orgs, "organisation filter (repeatable)");
  app.add_option("--from", request.from, "from date (YYYY, YYYY-MM, YYYY-MM-DD)");
  app.add_option("--to", request.to, "to date");
  app.add_option("--lang", request.lang, "kk, ru or other");
  app.add_option("--sort", sort, "relevance, date or -date");
  app.add_option("--size", request.size, "hits per query")->capture_default_str();
  app.add_option("--page", request.page, "page")->capture_default_str();
  app.add_flag("--json", json, "print the JSON response (as the HTTP API does)");
  CLI11_PARSE(app, argc, argv);
  if (sort == "relevance") request.sort = izdeu::searchd::SortOrder::kRelevance;
  if (sort == "date") request.sort = izdeu::searchd::SortOrder::kDateAsc;
  if (sort == "-date") request.sort = izdeu::searchd::SortOrder::kDateDesc;

  auto service = izdeu::searchd::SearchService::Open(db);
  if (!service.ok()) {
    std::fprintf(stderr, "izdeu-search: %s\n", service.status().message().c_str());
    return 1;
  }
  if (queries_file.empty()) return RunOne(*service.value(), request, json);
  std::ifstream in(queries_file);
  if (!in) {
    std::fprintf(stderr, "izdeu-search: cannot read %s\n", queries_file.c_str());
    return 1;
  }
  int status = 0;
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.empty()) continue;
    request.query = line;
    if (RunOne(*service.value(), request, /*json=*/true) != 0) {
      std::fprintf(stderr, "izdeu-search: %s:%zu: query failed\n", queries_file.c_str(), n);
      status = 2;
    }
  }
  return status;
}
