#include "searchd/service/org_directory.h"

#include <algorithm>
#include <map>

#include "analyzers/org/org_extractor.h"
#include "analyzers/translit/latin_to_cyrillic.h"
#include "schema/doc_data_codec.h"
#include "schema/schema.h"
#include "searchd/service/facet_spy.h"
#include "searchd/service/match_counter.h"

namespace izdeu::searchd {
namespace {

// True when `wanted` occurs in `key` at the start of a word ("мәслихат" in "алматы облыстық
// мәслихаты").
bool StartsAtWord(const std::string& key, const std::string& wanted) {
  for (size_t at = key.find(wanted); at != std::string::npos; at = key.find(wanted, at + 1)) {
    if (at == 0 || key[at - 1] == ' ') return true;
  }
  return false;
}

// The ways an organisation is written in the archive: its mentions' texts in the first
// kOrgPageSampleArticles articles that mention it, most frequent first (empty for indexes
// before schema 5, which keep no mentions).
std::vector<FacetCount> SpellingsOf(const Xapian::Database& db, schema::DocDataCodec& codec,
                                    const std::string& term, const std::string& id) {
  std::map<std::string, uint64_t> counts;
  uint32_t seen = 0;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    if (++seen > kOrgPageSampleArticles) break;
    auto data = codec.Load(db.get_document(*it));
    if (!data.ok()) continue;
    for (const auto& o : data->orgs) {
      if (o.id != id) continue;
      for (const auto& m : o.mentions) {
        if (auto text = schema::MentionText(data.value(), m)) ++counts[std::string(*text)];
      }
    }
  }
  std::vector<FacetCount> out;
  for (auto& [text, n] : counts) out.push_back({text, text, n});
  std::stable_sort(out.begin(), out.end(),
                   [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  return out;
}

}  // namespace

std::string OrgDirectory::NameKey(std::string_view name) {
  std::string key;
  analyzer_.ForEachWord(name, [&](const analyzers::Word& w) {
    if (!key.empty()) key += ' ';
    key += w.norm;
  });
  return key;
}

std::string OrgDirectory::Name(const std::string& id) const {
  std::string name = db_.get_metadata(std::string(schema::kOrgNameKeyPrefix) + id);
  return name.empty() ? id : name;
}

const std::vector<OrgDirectory::Entry>& OrgDirectory::Entries() {
  if (entries_revision_ == db_.get_revision()) return entries_;
  entries_.clear();
  const std::string org_prefix(schema::kOrgPrefix);
  for (auto t = db_.allterms_begin(org_prefix); t != db_.allterms_end(org_prefix); ++t) {
    Entry entry;
    entry.org.id = (*t).substr(org_prefix.size());
    entry.org.name = Name(entry.org.id);
    entry.org.articles = t.get_termfreq();
    if (auto info = analyzers::SharedOrgExtractor().Resolve(entry.org.id)) {
      entry.org.aliases = info->aliases;
    }
    entry.keys.push_back(NameKey(entry.org.name));
    for (const auto& alias : entry.org.aliases) entry.keys.push_back(NameKey(alias));
    for (const auto& key : entry.keys) {
      entry.latin_keys.push_back(analyzers::AsciiLatin(analyzers::CyrillicToLatin2021(key)));
    }
    entries_.push_back(std::move(entry));
  }
  entries_revision_ = db_.get_revision();
  return entries_;
}

std::vector<OrgSummary> OrgDirectory::Suggest(const std::string& prefix, size_t limit) {
  const std::string wanted = NameKey(prefix);
  const bool latin = !wanted.empty() && analyzers::IsLatinWord(wanted.substr(0, wanted.find(' ')));
  const std::string wanted_key = latin ? analyzers::AsciiLatin(wanted) : wanted;
  // A complete name in any inflected form ("Сорос-Қазақстан Қорының") resolves directly.
  std::string resolved;
  if (auto info = analyzers::SharedOrgExtractor().Resolve(prefix)) resolved = info->id;

  std::vector<OrgSummary> out;
  for (const auto& entry : Entries()) {
    bool match = wanted.empty() || entry.org.id == resolved;
    for (const auto& key : latin ? entry.latin_keys : entry.keys) {
      if (match) break;
      match = StartsAtWord(key, wanted_key);
    }
    if (match) out.push_back(entry.org);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.articles != b.articles ? a.articles > b.articles : a.name < b.name;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

OrgSummary OrgDirectory::Get(const std::string& term, std::shared_ptr<const FacetColumns> columns,
                             schema::DocDataCodec& codec) {
  OrgSummary org;
  org.id = term.substr(schema::kOrgPrefix.size());
  org.name = Name(org.id);
  org.articles = db_.get_termfreq(term);
  if (auto info = analyzers::SharedOrgExtractor().Resolve(org.id)) org.aliases = info->aliases;
  FacetSpy spy(std::move(columns), true, true, true);
  CountMatches(db_, Xapian::Query(term), nullptr, &spy);  // one posting list
  org.per_year = spy.Years();
  org.per_month = spy.Months();
  // The organisations most often mentioned in the same articles.
  for (auto& f : spy.TopOrgs(11)) {
    if (f.value == org.id || org.related.size() == 10) continue;
    f.label = Name(f.value);
    org.related.push_back(std::move(f));
  }
  org.spellings = SpellingsOf(db_, codec, term, org.id);
  return org;
}

}  // namespace izdeu::searchd
