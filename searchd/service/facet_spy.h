// FacetSpy: counts, over every matching article, the organisations (value slot kOrgsSlot, a
// list) and the years and months of the date slot, in one pass. Exact when the Enquire was run
// with check_at_least >= the database size (the service does so whenever facets are asked for).
// Thread-safety: one per Enquire, like every Xapian object.
#pragma once

#include <xapian.h>
#include <string>
#include <unordered_map>

namespace izdeu::searchd {

class FacetSpy : public Xapian::MatchSpy {
 public:
  FacetSpy(bool orgs, bool years, bool months) : orgs_(orgs), years_(years), months_(months) {}
  void operator()(const Xapian::Document& doc, double wt) override;
  // Fills the counts of the whole archive from term frequencies (XORG and XM terms) instead of
  // visiting every article: exact, and instant at any size. Returns false (counting nothing)
  // for an index without month terms.
  bool CountWholeArchive(const Xapian::Database& db);

  // Forgets all counts (for a second run of the same request).
  void Reset() {
    org_counts_.clear();
    year_counts_.clear();
    month_counts_.clear();
  }

  const std::unordered_map<std::string, uint64_t>& orgs() const { return org_counts_; }
  const std::unordered_map<std::string, uint64_t>& years() const { return year_counts_; }
  const std::unordered_map<std::string, uint64_t>& months() const { return month_counts_; }

 private:
  bool orgs_, years_, months_;
  std::unordered_map<std::string, uint64_t> org_counts_, year_counts_, month_counts_;
};

}  // namespace izdeu::searchd
