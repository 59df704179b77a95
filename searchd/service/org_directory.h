// OrgDirectory: the organisations of one index for autocomplete and organisation pages: their
// names and aliases as match keys (normal form and ASCII Latin), built once per index revision,
// because building them analyses every name (460 ms per autocomplete request at a million
// articles, 112k organisations, when it was done per request).
// Thread-safety: not thread-safe; owned by one SearchService (one worker thread), and uses that
// service's Database and Analyzer.
#pragma once

#include <xapian.h>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analyzers/analyzer.h"
#include "searchd/service/search_types.h"

namespace izdeu::schema {
class DocDataCodec;
}

namespace izdeu::searchd {

class FacetColumns;

class OrgDirectory {
 public:
  OrgDirectory(const Xapian::Database& db, analyzers::Analyzer& analyzer)
      : db_(db), analyzer_(analyzer) {}

  // The display name stored for an organisation id; the id itself when none is stored.
  std::string Name(const std::string& id) const;
  // Organisations whose name or alias (in any inflected or Latin form) has a word starting with
  // `prefix`, most articles first; the most frequent ones for an empty prefix.
  std::vector<OrgSummary> Suggest(const std::string& prefix, size_t limit);
  // The organisation of `term` (kOrgPrefix + id, which must exist), with articles per year and
  // month, the organisations most often mentioned with it and its spellings in the archive
  // (read with `codec` from the first kOrgPageSampleArticles articles).
  OrgSummary Get(const std::string& term, std::shared_ptr<const FacetColumns> columns,
                 schema::DocDataCodec& codec);
  // Builds the name keys now instead of at the first autocomplete request.
  void WarmUp() { Entries(); }

 private:
  struct Entry {
    OrgSummary org;
    std::vector<std::string> keys, latin_keys;
  };
  const std::vector<Entry>& Entries();
  // A name as normalised words joined by single spaces ("Сорос-Қазақстан Қоры" -> "сорос
  // қазақстан қоры").
  std::string NameKey(std::string_view name);

  const Xapian::Database& db_;
  analyzers::Analyzer& analyzer_;
  std::vector<Entry> entries_;
  std::optional<Xapian::rev> entries_revision_;
};

}  // namespace izdeu::searchd
