#include "searchd/service/search_service.h"

#include <xapian.h>
#include <algorithm>
#include <chrono>

#include "analyzers/analyzer.h"
#include "analyzers/normalizer.h"
#include "analyzers/org/org_extractor.h"
#include "analyzers/translit/latin_to_cyrillic.h"
#include "indexer/doc_data.h"
#include "indexer/schema.h"
#include "searchd/query/query_builder.h"
#include "searchd/service/facet_spy.h"
#include "searchd/service/snippet.h"

namespace izdeu::searchd {
namespace {

using Clock = std::chrono::steady_clock;

std::vector<FacetCount> TopCounts(const std::unordered_map<std::string, uint64_t>& counts,
                                  size_t limit, bool by_value) {
  std::vector<FacetCount> out;
  out.reserve(counts.size());
  for (const auto& [value, count] : counts) out.push_back({value, value, count});
  if (by_value) {
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.value < b.value; });
  } else {
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
  }
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::vector<OrgRef> ToOrgRefs(const std::vector<schema::OrgRef>& orgs) {
  std::vector<OrgRef> out;
  for (const auto& o : orgs) out.push_back({o.id, o.name});
  return out;
}

}  // namespace

struct SearchService::Impl {
  Xapian::Database db;
  analyzers::Analyzer analyzer;

  std::string OrgName(const std::string& id) {
    std::string name = db.get_metadata(std::string(schema::kOrgNameKeyPrefix) + id);
    return name.empty() ? id : name;
  }

  Result<SearchResponse> Search(const SearchRequest& request);
};

SearchService::SearchService() : impl_(std::make_unique<Impl>()) {}
SearchService::~SearchService() = default;

Result<std::unique_ptr<SearchService>> SearchService::Open(const std::string& db_path) {
  std::unique_ptr<SearchService> service(new SearchService());
  try {
    service->impl_->db = Xapian::Database(db_path);
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
      impl_->db.reopen();
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
  QueryBuilder builder(db, analyzer);
  auto built_or = builder.Build(request);
  if (!built_or.ok()) return built_or.status();
  BuiltQuery& built = built_or.value();

  SearchResponse response;
  response.query = request.query;
  const bool facets = request.facet_orgs || request.facet_years || request.facet_months;
  const Xapian::doccount offset = (request.page - 1) * request.size;

  PhraseFilter phrases(std::move(built.phrases));
  auto run = [&](const Xapian::Query& text, FacetSpy* spy) {
    Xapian::Query query = text.empty() ? Xapian::Query::MatchAll : text;
    if (!built.exclude.empty())
      query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, built.exclude);
    if (!built.filter.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, built.filter);
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    SortOrder sort = request.sort;
    if (sort == SortOrder::kDefault)
      sort = text.empty() ? SortOrder::kDateDesc : SortOrder::kRelevance;
    if (sort == SortOrder::kDateDesc)
      enquire.set_sort_by_value_then_relevance(schema::kDateSlot, true);
    if (sort == SortOrder::kDateAsc)
      enquire.set_sort_by_value_then_relevance(schema::kDateSlot, false);
    if (spy != nullptr) enquire.add_matchspy(spy);
    // Facets need every match; otherwise count exactly up to kExactTotalUpTo.
    Xapian::doccount check_at_least =
        spy != nullptr ? db.get_doccount()
                       : std::max<Xapian::doccount>(offset + request.size, kExactTotalUpTo);
    return enquire.get_mset(offset, request.size, check_at_least, nullptr,
                            phrases.empty() ? nullptr : &phrases);
  };

  FacetSpy spy(request.facet_orgs, request.facet_years, request.facet_months);
  Xapian::MSet mset = run(built.strict, facets ? &spy : nullptr);
  if (mset.get_matches_estimated() == 0 && !built.relaxed.empty()) {
    spy.Reset();
    mset = run(built.relaxed, facets ? &spy : nullptr);
    response.relaxed = true;
  }
  response.total = mset.get_matches_estimated();
  response.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();

  for (auto it = mset.begin(); it != mset.end(); ++it) {
    auto data = schema::DecodeDocData(it.get_document().get_data());
    if (!data.ok()) continue;  // a document written by something else: skip it, never crash
    Hit hit;
    hit.id = data->id;
    hit.title = data->title;
    hit.date = data->date;
    hit.url = data->url;
    hit.source = data->source;
    hit.lang = data->lang;
    hit.score = it.get_weight();
    hit.orgs = ToOrgRefs(data->orgs);
    if (request.snippets) {
      hit.snippet =
          MakeSnippet(data->paragraphs, it.get_document().get_value(schema::kWordSequenceSlot),
                      built.highlight_stems, analyzer);
    }
    response.hits.push_back(std::move(hit));
  }
  if (facets) {
    response.org_facet = TopCounts(spy.orgs(), request.facet_size, false);
    for (auto& f : response.org_facet) f.label = OrgName(f.value);
    response.year_facet = TopCounts(spy.years(), SIZE_MAX, true);
    response.month_facet = TopCounts(spy.months(), SIZE_MAX, true);
  }
  response.took_ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
  return response;
}

Result<Article> SearchService::GetArticle(const std::string& id) {
  try {
    impl_->db.reopen();
    Xapian::PostingIterator it = impl_->db.postlist_begin(schema::IdTerm(id));
    if (it == impl_->db.postlist_end(schema::IdTerm(id)))
      return Status::NotFound("no article with id \"" + id + "\"");
    auto data = schema::DecodeDocData(impl_->db.get_document(*it).get_data());
    if (!data.ok()) return data.status();
    Article a{data->id,     data->title, data->date,       data->url,
              data->source, data->lang,  data->paragraphs, ToOrgRefs(data->orgs)};
    return a;
  } catch (const Xapian::Error& e) {
    return Status::Unavailable("lookup failed: " + e.get_description());
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
    // Normalise the prefix word by word; a Latin prefix is compared with the Latin spelling.
    std::string wanted;
    impl_->analyzer.ForEachWord(prefix, [&](const analyzers::Word& w) {
      if (!wanted.empty()) wanted += ' ';
      wanted += w.norm;
    });
    const bool latin =
        !wanted.empty() && analyzers::IsLatinWord(wanted.substr(0, wanted.find(' ')));
    std::vector<OrgSummary> out;
    const std::string org_prefix(schema::kOrgPrefix);
    for (auto t = impl_->db.allterms_begin(org_prefix); t != impl_->db.allterms_end(org_prefix);
         ++t) {
      std::string id = (*t).substr(org_prefix.size());
      std::string name = impl_->OrgName(id);
      // Compare against the name and its aliases, in normal form (and in Latin for Latin input).
      std::vector<std::string> forms{name};
      if (auto info = analyzers::SharedOrgExtractor().Resolve(id)) {
        forms.insert(forms.end(), info->aliases.begin(), info->aliases.end());
      }
      bool match = wanted.empty();
      for (const auto& form : forms) {
        if (match) break;
        std::string norm;
        impl_->analyzer.ForEachWord(form, [&](const analyzers::Word& w) {
          if (!norm.empty()) norm += ' ';
          norm += w.norm;
        });
        if (latin) norm = analyzers::CyrillicToLatin2021(norm);
        // Match at the start of the name or of any of its words ("мәслихат" finds "Алматы облыстық
        // мәслихаты").
        size_t at = norm.find(latin ? wanted : wanted);
        match = at != std::string::npos && (at == 0 || norm[at - 1] == ' ');
        if (!match && latin) {
          std::string folded = norm;  // informal ASCII: drop the 2021 diacritics
          for (auto [from, to] : {std::pair<std::string, std::string>{"ä", "a"},
                                  {"ğ", "g"},
                                  {"ñ", "n"},
                                  {"ö", "o"},
                                  {"ū", "u"},
                                  {"ü", "u"},
                                  {"ş", "sh"},
                                  {"ı", "i"}}) {
            for (size_t p; (p = folded.find(from)) != std::string::npos;)
              folded.replace(p, from.size(), to);
          }
          at = folded.find(wanted);
          match = at != std::string::npos && (at == 0 || folded[at - 1] == ' ');
        }
      }
      if (match)
        out.push_back({id,
                       name,
                       t.get_termfreq(),
                       forms.size() > 1 ? std::vector<std::string>(forms.begin() + 1, forms.end())
                                        : std::vector<std::string>{},
                       {}});
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
    impl_->db.reopen();
    QueryBuilder builder(impl_->db, impl_->analyzer);
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
    FacetSpy spy(false, true, false);
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, impl_->db.get_doccount());
    org.per_year = TopCounts(spy.years(), SIZE_MAX, true);
    return org;
  } catch (const Xapian::Error& e) {
    return Status::Unavailable(e.get_description());
  }
}

}  // namespace izdeu::searchd
