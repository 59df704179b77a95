#include "searchd/service/search_service.h"

#include <xapian.h>
#include <algorithm>
#include <chrono>

#include "analyzers/analyzer.h"
#include "analyzers/normalizer.h"
#include "analyzers/org/org_extractor.h"
#include "analyzers/translit/latin_to_cyrillic.h"
#include "schema/doc_data.h"
#include "schema/doc_data_codec.h"
#include "schema/index_profile.h"
#include "schema/schema.h"
#include "searchd/query/query_builder.h"
#include "searchd/service/date_order.h"
#include "searchd/service/facet_spy.h"
#include "searchd/service/snippet.h"

namespace izdeu::searchd {
namespace {

using Clock = std::chrono::steady_clock;

std::vector<OrgRef> ToOrgRefs(const std::vector<schema::OrgRef>& orgs) {
  std::vector<OrgRef> out;
  for (const auto& o : orgs) out.push_back({o.id, o.name});
  return out;
}

// True when `wanted` occurs in `key` at the start of a word ("мәслихат" in "алматы облыстық
// мәслихаты").
bool StartsAtWord(const std::string& key, const std::string& wanted) {
  for (size_t at = key.find(wanted); at != std::string::npos; at = key.find(wanted, at + 1)) {
    if (at == 0 || key[at - 1] == ' ') return true;
  }
  return false;
}

}  // namespace

// Organisations kept in the cached facets of the whole archive (requests ask for at most 1,000).
constexpr size_t kMaxArchiveFacetOrgs = 1000;

struct SearchService::Impl {
  Xapian::Database db;
  analyzers::Analyzer analyzer;
  // The index's profile (index_profile.h) and a document data decoder with its dictionary;
  // loaded again when the folder holds a different database (a rebuild renamed into place).
  schema::IndexProfile profile;
  std::unique_ptr<schema::DocDataCodec> codec;
  std::string profile_uuid;

  // Re-opens the database at its newest revision, and reloads the profile if it is another one.
  void Refresh() {
    db.reopen();
    std::string uuid = db.get_uuid();
    if (codec && uuid == profile_uuid) return;
    profile = schema::IndexProfile::Load(db);
    codec = std::make_unique<schema::DocDataCodec>(profile.doc_dictionary);
    profile_uuid = std::move(uuid);
  }

  std::optional<FacetCounts> archive_facets;  // facets of the whole archive at ...
  Xapian::rev archive_facets_revision = 0;    // ... this revision of the index

  // A name as normalised words joined by single spaces ("Сорос-Қазақстан Қоры" -> "сорос қазақстан
  // қоры").
  std::string NameKey(std::string_view name) {
    std::string key;
    analyzer.ForEachWord(name, [&](const analyzers::Word& w) {
      if (!key.empty()) key += ' ';
      key += w.norm;
    });
    return key;
  }

  std::string OrgName(const std::string& id) {
    std::string name = db.get_metadata(std::string(schema::kOrgNameKeyPrefix) + id);
    return name.empty() ? id : name;
  }

  // Every organisation of the index with its name and aliases as match keys (normal form, and
  // ASCII Latin), built once per index revision: building it analyses every name, which took
  // 460 ms per autocomplete request at a million articles (112k organisations).
  struct OrgNameEntry {
    OrgSummary org;
    std::vector<std::string> keys, latin_keys;
  };
  std::vector<OrgNameEntry> org_names;
  std::optional<Xapian::rev> org_names_revision;

  const std::vector<OrgNameEntry>& OrgNames() {
    if (org_names_revision == db.get_revision()) return org_names;
    org_names.clear();
    const std::string org_prefix(schema::kOrgPrefix);
    for (auto t = db.allterms_begin(org_prefix); t != db.allterms_end(org_prefix); ++t) {
      OrgNameEntry entry;
      entry.org.id = (*t).substr(org_prefix.size());
      entry.org.name = OrgName(entry.org.id);
      entry.org.articles = t.get_termfreq();
      if (auto info = analyzers::SharedOrgExtractor().Resolve(entry.org.id)) {
        entry.org.aliases = info->aliases;
      }
      entry.keys.push_back(NameKey(entry.org.name));
      for (const auto& alias : entry.org.aliases) entry.keys.push_back(NameKey(alias));
      for (const auto& key : entry.keys) {
        entry.latin_keys.push_back(analyzers::AsciiLatin(analyzers::CyrillicToLatin2021(key)));
      }
      org_names.push_back(std::move(entry));
    }
    org_names_revision = db.get_revision();
    return org_names;
  }

  Result<SearchResponse> Search(const SearchRequest& request);
};

SearchService::SearchService() : impl_(std::make_unique<Impl>()) {}
SearchService::~SearchService() = default;

Result<std::unique_ptr<SearchService>> SearchService::Open(const std::string& db_path) {
  std::unique_ptr<SearchService> service(new SearchService());
  try {
    service->impl_->db = Xapian::Database(db_path);
    // A newer index may keep data where this reader does not look (schema 4 moved the articles
    // to a value slot): refuse it rather than answer with hits missing.
    const int version = schema::SchemaVersionOf(service->impl_->db);
    const int ours = std::stoi(std::string(schema::kSchemaVersion));
    if (version > ours) {
      return Status::Unavailable("index " + db_path + " has schema " + std::to_string(version) +
                                 ", newer than this searchd's " + std::to_string(ours) +
                                 ": upgrade izdeu");
    }
  } catch (const Xapian::Error& e) {
    return Status::Unavailable("cannot open index " + db_path + ": " + e.get_description());
  }
  return service;
}

Result<SearchResponse> SearchService::Search(const SearchRequest& request) {
  // A database being updated by the indexer may move on under a long-lived reader: re-open to
  // the newest revision and retry once.
  for (int attempt = 0;; ++attempt) {
    try {
      impl_->Refresh();
      return impl_->Search(request);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt > 0) return Status::Unavailable("index changed during the search; try again");
    } catch (const Xapian::Error& e) {
      return Status::Unavailable("search failed: " + e.get_description());
    }
  }
}

Result<SearchResponse> SearchService::Impl::Search(const SearchRequest& request) {
  const auto started = Clock::now();
  if (request.size > kMaxPageSize) {
    return Status::InvalidQuery("size must be at most " + std::to_string(kMaxPageSize));
  }
  if (request.page < 1 || request.page > kMaxPage) {
    return Status::InvalidQuery("page must be between 1 and " + std::to_string(kMaxPage));
  }
  QueryBuilder builder(db, analyzer, profile.common_stems);
  auto built_or = builder.Build(request);
  if (!built_or.ok()) return built_or.status();
  BuiltQuery& built = built_or.value();

  SearchResponse response;
  response.query = request.query;
  const bool facets = request.facet_orgs || request.facet_years || request.facet_months;
  const Xapian::doccount offset = (request.page - 1) * request.size;

  PhraseFilter phrases(std::move(built.phrases));
  const Xapian::MatchDecider* decider = phrases.empty() ? nullptr : &phrases;
  // Facets need every match; otherwise count exactly up to kExactTotalUpTo past the page.
  // The whole archive's facets come from term frequencies; other facets visit every match.
  const bool whole_archive =
      built.strict.empty() && built.filter.empty() && built.exclude.empty() && !decider;
  if (facets && whole_archive &&
      (!archive_facets || archive_facets_revision != db.get_revision())) {
    // Cached per index revision: the archive's own facets are what a search page opens with.
    archive_facets = WholeArchiveCounts(db, kMaxArchiveFacetOrgs);
    archive_facets_revision = db.get_revision();
  }
  const bool spy_facets = facets && !(whole_archive && archive_facets);
  FacetSpy spy(spy_facets ? FacetColumns::For(db) : nullptr, request.facet_orgs,
               request.facet_years, request.facet_months);
  if (facets && !spy_facets) spy.UseArchiveCounts(&*archive_facets);
  // Count every match when facets or exact_total need it; otherwise up to kExactTotalUpTo past
  // the page, except for phrases, whose every counted candidate costs a sequence check.
  const Xapian::doccount check_at_least = spy_facets || request.exact_total ? db.get_doccount()
                                          : decider != nullptr
                                              ? offset + request.size
                                              : offset + request.size + kExactTotalUpTo;

  // An index with length-normalised wdf ranks with BM25 without length look-ups.
  std::optional<Xapian::BM25Weight> weighting;
  if (profile.mean_length > 0) schema::LengthNormalisation::MakeWeighting(&weighting);

  // The strict query, then the relaxed tiers until one matches (query_builder.h).
  std::vector<Match> matches;
  for (size_t tier = 0; tier <= built.relaxed.size(); ++tier) {
    const Xapian::Query& text = tier == 0 ? built.strict : built.relaxed[tier - 1];
    // A fresh match-all query, never a copy of the global Query::MatchAll: copying it changes
    // a reference count that is not atomic, and worker threads did so at once (a crash).
    Xapian::Query query = text.empty() ? Xapian::Query(std::string()) : text;
    if (!built.exclude.empty())
      query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, built.exclude);
    if (!built.filter.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, built.filter);
    SortOrder sort = request.sort;
    if (sort == SortOrder::kDefault)
      sort = text.empty() ? SortOrder::kDateDesc : SortOrder::kRelevance;
    const bool by_date = sort == SortOrder::kDateDesc || sort == SortOrder::kDateAsc;

    // One ranked run gives the total, the facets and (unless sorted by date) the page.
    Xapian::Enquire enquire(db);
    if (weighting) enquire.set_weighting_scheme(*weighting);
    enquire.set_query(query);
    if (spy_facets) enquire.add_matchspy(&spy);
    Xapian::MSet mset = enquire.get_mset(by_date ? 0 : offset, by_date ? 0 : request.size,
                                         check_at_least, nullptr, decider);
    response.total = mset.get_matches_estimated();
    response.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    if (response.total == 0 && tier < built.relaxed.size()) {
      spy.Reset();
      response.relaxed = true;
      continue;
    }
    if (!by_date) {
      for (auto it = mset.begin(); it != mset.end(); ++it)
        matches.push_back({it.get_document(), it.get_weight()});
      break;
    }
    DatePageRequest page{
        sort == SortOrder::kDateDesc,     offset, request.size, built.date_from, built.date_to,
        weighting ? &*weighting : nullptr};
    auto dated = DateOrderedPage(db, query, page, decider);
    if (dated) {
      matches = std::move(*dated);
    } else {  // an index without month terms: sort every match by value
      enquire.set_sort_by_value_then_relevance(schema::kDateSlot, page.newest_first);
      Xapian::MSet sorted =
          enquire.get_mset(offset, request.size, offset + request.size, nullptr, decider);
      for (auto it = sorted.begin(); it != sorted.end(); ++it) {
        matches.push_back({it.get_document(), it.get_weight()});
      }
    }
    break;
  }

  for (const Match& match : matches) {
    auto data = codec->Load(match.document);
    if (!data.ok()) continue;  // a document written by something else: skip it, never crash
    Hit hit;
    hit.id = data->id;
    hit.title = data->title;
    hit.date = data->date;
    hit.url = data->url;
    hit.source = data->source;
    hit.lang = data->lang;
    hit.score = match.weight;
    hit.orgs = ToOrgRefs(data->orgs);
    if (request.snippets) {
      hit.snippet =
          MakeSnippet(data->paragraphs, match.document.get_value(schema::kWordSequenceSlot),
                      built.highlight_stems, analyzer);
    }
    response.hits.push_back(std::move(hit));
  }
  if (facets) {
    response.org_facet = spy.TopOrgs(request.facet_size);
    for (auto& f : response.org_facet) f.label = OrgName(f.value);
    if (request.facet_years) response.year_facet = spy.Years();
    if (request.facet_months) response.month_facet = spy.Months();
  }
  response.took_ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
  return response;
}

Result<Article> SearchService::GetArticle(const std::string& id) {
  try {
    impl_->Refresh();
    Xapian::PostingIterator it = impl_->db.postlist_begin(schema::IdTerm(id));
    if (it == impl_->db.postlist_end(schema::IdTerm(id)))
      return Status::NotFound("no article with id \"" + id + "\"");
    auto data = impl_->codec->Load(impl_->db.get_document(*it));
    if (!data.ok()) return data.status();
    Article a{data->id,     data->title, data->date,       data->url,
              data->source, data->lang,  data->paragraphs, ToOrgRefs(data->orgs)};
    return a;
  } catch (const Xapian::Error& e) {
    return Status::Unavailable("lookup failed: " + e.get_description());
  }
}

void SearchService::WarmUp() {
  try {
    impl_->Refresh();
    FacetColumns::For(impl_->db);
    impl_->OrgNames();
  } catch (const Xapian::Error&) {
    // Nothing lost: the first request that needs them builds them, and reports any error.
  }
}

Result<uint64_t> SearchService::DocumentCount() {
  try {
    impl_->db.reopen();
    return static_cast<uint64_t>(impl_->db.get_doccount());
  } catch (const Xapian::Error& e) {
    return Status::Unavailable(e.get_description());
  }
}

Result<std::vector<OrgSummary>> SearchService::SuggestOrgs(const std::string& prefix,
                                                           size_t limit) {
  try {
    impl_->db.reopen();
    const std::string wanted = impl_->NameKey(prefix);
    const bool latin =
        !wanted.empty() && analyzers::IsLatinWord(wanted.substr(0, wanted.find(' ')));
    const std::string wanted_key = latin ? analyzers::AsciiLatin(wanted) : wanted;
    // A complete name in any inflected form ("Сорос-Қазақстан Қорының") resolves directly.
    std::string resolved;
    if (auto info = analyzers::SharedOrgExtractor().Resolve(prefix)) resolved = info->id;

    std::vector<OrgSummary> out;
    for (const auto& entry : impl_->OrgNames()) {
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
  } catch (const Xapian::Error& e) {
    return Status::Unavailable(e.get_description());
  }
}

Result<OrgSummary> SearchService::GetOrg(const std::string& id_or_name) {
  try {
    impl_->Refresh();
    QueryBuilder builder(impl_->db, impl_->analyzer, impl_->profile.common_stems);
    std::string term = builder.OrgTerm(id_or_name);
    if (!impl_->db.term_exists(term))
      return Status::NotFound("no organisation \"" + id_or_name + "\" in the index");
    OrgSummary org;
    org.id = term.substr(schema::kOrgPrefix.size());
    org.name = impl_->OrgName(org.id);
    org.articles = impl_->db.get_termfreq(term);
    if (auto info = analyzers::SharedOrgExtractor().Resolve(org.id)) org.aliases = info->aliases;
    Xapian::Enquire enquire(impl_->db);
    enquire.set_query(Xapian::Query(term));
    FacetSpy spy(FacetColumns::For(impl_->db), false, true, false);
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, impl_->db.get_doccount());
    org.per_year = spy.Years();
    return org;
  } catch (const Xapian::Error& e) {
    return Status::Unavailable(e.get_description());
  }
}

}  // namespace izdeu::searchd
