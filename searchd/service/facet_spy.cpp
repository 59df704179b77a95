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

}  // namespace izdeu::searchd
