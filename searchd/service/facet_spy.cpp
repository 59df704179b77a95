#include "searchd/service/facet_spy.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <string_view>
#include <vector>

#include "schema/schema.h"

namespace izdeu::searchd {

std::shared_ptr<const FacetColumns> FacetColumns::Read(const Xapian::Database& db) {
  auto columns = std::make_shared<FacetColumns>();
  const size_t size = static_cast<size_t>(db.get_lastdocid()) + 1;
  columns->months_.assign(size, 0);
  columns->days_.assign(size, 0);
  for (auto it = db.valuestream_begin(schema::kDateSlot);
       it != db.valuestream_end(schema::kDateSlot); ++it) {
    const std::string date = *it;  // YYYYMMDD
    if (date.size() != 8) continue;
    const int year = std::atoi(date.substr(0, 4).c_str());
    const int month = std::atoi(date.substr(4, 2).c_str());
    const int day = std::atoi(date.substr(6, 2).c_str());
    if (year >= kFirstYear && year < kFirstYear + kYears && month >= 1 && month <= 12) {
      columns->months_[it.get_docid()] = static_cast<uint16_t>((year - kFirstYear) * 12 + month);
      if (day >= 1 && day <= 31) columns->days_[it.get_docid()] = static_cast<uint8_t>(day);
    }
  }
  std::unordered_map<std::string, uint32_t> index_of;
  columns->org_start_.assign(size + 1, 0);
  Xapian::docid next = 0;  // documents up to here have their start set
  for (auto it = db.valuestream_begin(schema::kOrgsSlot);
       it != db.valuestream_end(schema::kOrgsSlot); ++it) {
    const Xapian::docid did = it.get_docid();
    const auto start = static_cast<uint32_t>(columns->org_refs_.size());
    for (; next <= did; ++next) columns->org_start_[next] = start;
    const std::string list = *it;
    std::string_view rest = list;
    while (!rest.empty()) {
      const size_t end = std::min(rest.find(schema::kListSeparator), rest.size());
      auto [entry, added] = index_of.try_emplace(std::string(rest.substr(0, end)),
                                                 static_cast<uint32_t>(columns->org_ids_.size()));
      if (added) columns->org_ids_.push_back(entry->first);
      columns->org_refs_.push_back(entry->second);
      rest.remove_prefix(std::min(end + 1, rest.size()));
    }
  }
  for (; next <= size; ++next)
    columns->org_start_[next] = static_cast<uint32_t>(columns->org_refs_.size());
  return columns;
}

std::shared_ptr<const FacetColumns> FacetColumnsCache::Get(const Xapian::Database& db) {
  std::lock_guard lock(mu_);
  if (latest_ && uuid_ == db.get_uuid() && revision_ == db.get_revision()) return latest_;
  latest_ = FacetColumns::Read(db);
  uuid_ = db.get_uuid();
  revision_ = db.get_revision();
  return latest_;
}

void FacetSpy::Count(Xapian::docid did) {
  if (years_ || months_) {
    if (month_counts_.empty()) month_counts_.assign(FacetColumns::kMonths + 1, 0);
    ++month_counts_[columns_->month(did)];
  }
  if (orgs_) {
    if (org_counts_.empty()) org_counts_.assign(columns_->org_ids().size(), 0);
    for (const uint32_t* org = columns_->orgs_begin(did); org != columns_->orgs_end(did); ++org)
      ++org_counts_[*org];
  }
}

std::vector<FacetCount> FacetSpy::TopOrgs(size_t limit) const {
  std::vector<std::pair<uint64_t, const std::string*>> counted;  // (count, id)
  if (archive_ != nullptr) {
    for (const auto& [id, count] : archive_->orgs) counted.emplace_back(count, &id);
  } else {
    for (size_t i = 0; i < org_counts_.size(); ++i) {
      if (org_counts_[i] != 0) counted.emplace_back(org_counts_[i], &columns_->org_ids()[i]);
    }
  }
  auto more = [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : *a.second < *b.second;
  };
  limit = std::min(limit, counted.size());
  std::partial_sort(counted.begin(), counted.begin() + static_cast<std::ptrdiff_t>(limit),
                    counted.end(), more);
  std::vector<FacetCount> top;
  for (size_t i = 0; i < limit; ++i)
    top.push_back({*counted[i].second, *counted[i].second, counted[i].first});
  return top;
}

std::vector<FacetCount> FacetSpy::Dates(bool years) const {
  std::map<std::string, uint64_t> by_value;  // sorted: "2015" < "2016", "2015-09" < "2015-10"
  if (archive_ != nullptr) {
    for (const auto& [value, count] : years ? archive_->years : archive_->months)
      by_value[value] += count;
  } else {
    for (size_t m = 1; m < month_counts_.size(); ++m) {  // month 0: no date, not a facet value
      if (month_counts_[m] == 0) continue;
      char month[16];
      std::snprintf(month, sizeof month, "%04d-%02d",
                    FacetColumns::kFirstYear + static_cast<int>((m - 1) / 12),
                    static_cast<int>((m - 1) % 12) + 1);
      by_value[years ? std::string(month, 4) : std::string(month)] += month_counts_[m];
    }
  }
  std::vector<FacetCount> out;
  for (const auto& [value, count] : by_value) out.push_back({value, value, count});
  return out;
}

std::optional<FacetCounts> WholeArchiveCounts(const Xapian::Database& db, size_t max_orgs) {
  const std::string month_prefix(schema::kMonthPrefix), org_prefix(schema::kOrgPrefix);
  if (db.allterms_begin(month_prefix) == db.allterms_end(month_prefix) &&
      db.get_termfreq(std::string(schema::kNoDateTerm)) < db.get_doccount()) {
    return std::nullopt;
  }
  FacetCounts counts;
  for (auto t = db.allterms_begin(month_prefix); t != db.allterms_end(month_prefix); ++t) {
    const std::string yyyymm = (*t).substr(month_prefix.size());
    counts.years[yyyymm.substr(0, 4)] += t.get_termfreq();
    counts.months[yyyymm.substr(0, 4) + "-" + yyyymm.substr(4, 2)] += t.get_termfreq();
  }
  std::vector<std::pair<Xapian::doccount, std::string>> orgs;
  for (auto t = db.allterms_begin(org_prefix); t != db.allterms_end(org_prefix); ++t) {
    orgs.emplace_back(t.get_termfreq(), (*t).substr(org_prefix.size()));
  }
  if (orgs.size() > max_orgs) {
    std::nth_element(orgs.begin(), orgs.begin() + static_cast<std::ptrdiff_t>(max_orgs), orgs.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    orgs.resize(max_orgs);
  }
  for (auto& [count, id] : orgs) counts.orgs.emplace(std::move(id), count);
  return counts;
}

}  // namespace izdeu::searchd
