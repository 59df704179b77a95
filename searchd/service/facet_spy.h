// FacetSpy: counts, over every matching article, the organisations (value slot kOrgsSlot, a
// list) and the years and months of the date slot, in one pass. Exact when the Enquire was run
// with check_at_least >= the database size (the service does so whenever facets are asked for).
// Thread-safety: one per Enquire, like every Xapian object.
#pragma once

#include <xapian.h>
#include <optional>
#include <string>
#include <unordered_map>

namespace izdeu::searchd {

struct FacetCounts {
  std::unordered_map<std::string, uint64_t> orgs, years, months;  // org id / "2015" / "2015-09"
};

// The counts of the whole archive, read from term frequencies (XORG and XM terms) instead of
// visiting every article: exact, and the same cost at any size. Only the `max_orgs` most
// frequent organisations are kept. nullopt for an index without month terms (schema 1).
std::optional<FacetCounts> WholeArchiveCounts(const Xapian::Database& db, size_t max_orgs);

class FacetSpy : public Xapian::MatchSpy {
 public:
  FacetSpy(bool orgs, bool years, bool months) : orgs_(orgs), years_(years), months_(months) {}
  void operator()(const Xapian::Document& doc, double wt) override;
  // Forgets all counts (for a second run of the same request).
  void Reset() { counts_ = FacetCounts(); }
  // The counts so far; may also be replaced wholesale (with WholeArchiveCounts).
  FacetCounts& counts() { return counts_; }
  const std::unordered_map<std::string, uint64_t>& orgs() const { return counts_.orgs; }
  const std::unordered_map<std::string, uint64_t>& years() const { return counts_.years; }
  const std::unordered_map<std::string, uint64_t>& months() const { return counts_.months; }

 private:
  bool orgs_, years_, months_;
  FacetCounts counts_;
};

}  // namespace izdeu::searchd
