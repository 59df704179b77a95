// SearchService: runs searches, article look-ups and organisation queries against one Xapian
// database. Knows no HTTP and no JSON; errors come back as Status codes.
// Thread-safety: NOT thread-safe (it owns a Xapian::Database, Enquire state and an Analyzer);
// searchd gives each worker thread its own instance (worker_pool.h).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/status.h"
#include "searchd/service/search_types.h"

namespace izdeu::searchd {

class FacetColumnsCache;

struct ServiceOptions {
  // Facet columns shared with the other services on the same index (worker_pool.h); null: this
  // service keeps its own.
  std::shared_ptr<FacetColumnsCache> facet_columns;
  // Time after which a search stops counting matches exactly (Xapian's Enquire::set_time_limit):
  // its total and facets are then estimates and the response says `partial`. 0 = no limit.
  double time_limit_s = 0;
  // false: never the all-words run, always the full one (tests compare the two).
  bool all_words_run = true;
};

class SearchService {
 public:
  // Opens the database at `db_path` read-only. Unavailable when it cannot be opened.
  static Result<std::unique_ptr<SearchService>> Open(const std::string& db_path,
                                                     const ServiceOptions& options = {});
  ~SearchService();

  // InvalidQuery for bad syntax or parameters; Unavailable when the database fails.
  Result<SearchResponse> Search(const SearchRequest& request);
  // NotFound for an unknown id.
  Result<Article> GetArticle(const std::string& id);
  // Organisations whose name (or alias, in any inflected or Latin form) starts with `prefix`,
  // most articles first. An empty prefix lists the most frequent organisations.
  Result<std::vector<OrgSummary>> SuggestOrgs(const std::string& prefix, size_t limit);
  // One organisation by id or name, with its aliases and articles per year. NotFound if unknown.
  Result<OrgSummary> GetOrg(const std::string& id_or_name);
  // Number of articles in the index (re-reads the latest committed revision).
  Result<uint64_t> DocumentCount();
  // Builds now what the first requests would otherwise wait for: the facet columns (shared by
  // the process; 0.3 s at a million articles) and the organisation names for autocomplete.
  void WarmUp();

 private:
  SearchService();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace izdeu::searchd
