#include "searchd/service/facet_spy.h"

#include "indexer/schema.h"

namespace izdeu::searchd {

void FacetSpy::operator()(const Xapian::Document& doc, double /*wt*/) {
  if (years_ || months_) {
    std::string date = doc.get_value(schema::kDateSlot);
    if (date.size() == 8) {
      if (years_) ++year_counts_[date.substr(0, 4)];
      if (months_) ++month_counts_[date.substr(0, 4) + "-" + date.substr(4, 2)];
    }
  }
  if (orgs_) {
    std::string list = doc.get_value(schema::kOrgsSlot);
    size_t begin = 0;
    while (begin < list.size()) {
      size_t end = list.find(schema::kListSeparator, begin);
      if (end == std::string::npos) end = list.size();
      ++org_counts_[list.substr(begin, end - begin)];
      begin = end + 1;
    }
  }
}

bool FacetSpy::CountWholeArchive(const Xapian::Database& db) {
  const std::string month_prefix(schema::kMonthPrefix), org_prefix(schema::kOrgPrefix);
  if (db.allterms_begin(month_prefix) == db.allterms_end(month_prefix) &&
      db.get_termfreq(std::string(schema::kNoDateTerm)) < db.get_doccount()) {
    return false;
  }
  for (auto t = db.allterms_begin(month_prefix); t != db.allterms_end(month_prefix); ++t) {
    const std::string yyyymm = (*t).substr(month_prefix.size());
    if (years_) year_counts_[yyyymm.substr(0, 4)] += t.get_termfreq();
    if (months_) month_counts_[yyyymm.substr(0, 4) + "-" + yyyymm.substr(4, 2)] += t.get_termfreq();
  }
  if (orgs_) {
    for (auto t = db.allterms_begin(org_prefix); t != db.allterms_end(org_prefix); ++t) {
      org_counts_[(*t).substr(org_prefix.size())] = t.get_termfreq();
    }
  }
  return true;
}

}  // namespace izdeu::searchd
