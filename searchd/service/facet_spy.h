// Facet counting: the organisations (value slot kOrgsSlot, a list) and the years and months of
// the date slot, over every matching article.
//  - FacetColumns holds both slots of every document in memory, read once per index revision.
//    Why: a matchspy that looked each match's values up in Xapian cost 0.47 µs a match (380 ms
//    for a word in 800k of a million articles, four times the match itself), while reading the
//    two value streams in order takes 50 ms for the whole million; in memory a match costs two
//    array reads. About 18 bytes an article (18 MB at a million), shared by all workers.
//  - FacetSpy counts from the columns during a match. Exact when the Enquire was run with
//    check_at_least >= the database size (the service does so whenever facets are asked for).
//  - WholeArchiveCounts answers for the whole archive from term frequencies.
// Thread-safety: FacetColumns is immutable and shared (through a FacetColumnsCache); a FacetSpy
// is used by one Enquire.
#pragma once

#include <xapian.h>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "searchd/service/search_types.h"

namespace izdeu::searchd {

struct FacetCounts {
  std::unordered_map<std::string, uint64_t> orgs, years, months;  // org id / "2015" / "2015-09"
};

// The counts of the whole archive, read from term frequencies (XORG and XM terms) instead of
// visiting every article: exact, and the same cost at any size. Only the `max_orgs` most
// frequent organisations are kept. nullopt for an index without month terms (schema 1).
std::optional<FacetCounts> WholeArchiveCounts(const Xapian::Database& db, size_t max_orgs);

class FacetColumns {
 public:
  // Months are numbered from January 1900 (1) to December 2099 (2400); 0 is no date.
  static constexpr int kFirstYear = 1900, kYears = 200;
  static constexpr uint32_t kMonths = kYears * 12;

  // Reads both value slots of every document.
  static std::shared_ptr<const FacetColumns> Read(const Xapian::Database& db);

  uint16_t month(Xapian::docid did) const { return did < months_.size() ? months_[did] : 0; }
  // The day of the month of document `did` (1-31), 0 when it has no date: with month() it
  // orders the articles of one month by date without reading the date slot (date_order.h).
  uint8_t day(Xapian::docid did) const { return did < days_.size() ? days_[did] : 0; }
  // The organisations of document `did` as indexes into org_ids().
  const uint32_t* orgs_begin(Xapian::docid did) const {
    return org_refs_.data() + (did + 1 < org_start_.size() ? org_start_[did] : 0);
  }
  const uint32_t* orgs_end(Xapian::docid did) const {
    return org_refs_.data() + (did + 1 < org_start_.size() ? org_start_[did + 1] : 0);
  }
  const std::vector<std::string>& org_ids() const { return org_ids_; }

 private:
  std::vector<uint16_t> months_;     // by docid
  std::vector<uint8_t> days_;        // by docid
  std::vector<uint32_t> org_start_;  // by docid: where its organisations start in org_refs_
  std::vector<uint32_t> org_refs_;
  std::vector<std::string> org_ids_;
};

// The latest FacetColumns of one index, shared by the services of a process (each worker has
// its own Database on the same index): read again only when the index or its revision changes.
// Thread-safety: Get may be called from any thread.
class FacetColumnsCache {
 public:
  std::shared_ptr<const FacetColumns> Get(const Xapian::Database& db);

 private:
  std::mutex mu_;
  std::string uuid_;
  Xapian::rev revision_ = 0;
  std::shared_ptr<const FacetColumns> latest_;
};

class FacetSpy : public Xapian::MatchSpy {
 public:
  // `columns` may be null when nothing is counted by matching (UseArchiveCounts).
  FacetSpy(std::shared_ptr<const FacetColumns> columns, bool orgs, bool years, bool months)
      : columns_(std::move(columns)), orgs_(orgs), years_(years), months_(months) {}
  void operator()(const Xapian::Document& doc, double /*wt*/) override { Count(doc.get_docid()); }
  // Counts document `did` as a match (for counting without an Enquire: match_counter.h).
  void Count(Xapian::docid did);
  // Answers with these counts (WholeArchiveCounts; must outlive the spy) instead of matches.
  void UseArchiveCounts(const FacetCounts* counts) { archive_ = counts; }

  // The `limit` organisations with the most matches (ties by id), with the id as label.
  std::vector<FacetCount> TopOrgs(size_t limit) const;
  // Every year ("2015") or month ("2015-09") with matches, in date order.
  std::vector<FacetCount> Years() const { return Dates(/*years=*/true); }
  std::vector<FacetCount> Months() const { return Dates(/*years=*/false); }

 private:
  std::vector<FacetCount> Dates(bool years) const;

  std::shared_ptr<const FacetColumns> columns_;
  bool orgs_, years_, months_;
  const FacetCounts* archive_ = nullptr;
  // While matching, counts are array cells: by index into columns_->org_ids(), and by month
  // number. Only the organisations shown become strings (a common word matches ~100k of them).
  std::vector<uint32_t> org_counts_;
  std::vector<uint32_t> month_counts_;
};

}  // namespace izdeu::searchd
