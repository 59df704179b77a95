#include "searchd/service/facet_spy.h"

#include <algorithm>
#include <vector>

#include "indexer/schema.h"

namespace izdeu::searchd {

void FacetSpy::operator()(const Xapian::Document& doc, double /*wt*/) {
  if (years_ || months_) {
    std::string date = doc.get_value(schema::kDateSlot);
    if (date.size() == 8) {
      if (years_) ++counts_.years[date.substr(0, 4)];
      if (months_) ++counts_.months[date.substr(0, 4) + "-" + date.substr(4, 2)];
    }
  }
  if (orgs_) {
    std::string list = doc.get_value(schema::kOrgsSlot);
    size_t begin = 0;
    while (begin < list.size()) {
      size_t end = list.find(schema::kListSeparator, begin);
      if (end == std::string::npos) end = list.size();
      ++counts_.orgs[list.substr(begin, end - begin)];
      begin = end + 1;
    }
  }
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
