#include "searchd/service/search_service.h"

#include <xapian.h>
#include <algorithm>
#include <chrono>
#include <limits>
#include <map>
#include <optional>

#include "analyzers/analyzer.h"
#include "analyzers/normalizer.h"
#include "analyzers/org/org_extractor.h"
#include "analyzers/spelling.h"
#include "analyzers/translit/latin_to_cyrillic.h"
#include "schema/doc_data.h"
#include "schema/doc_data_codec.h"
#include "schema/index_profile.h"
#include "schema/schema.h"
#include "searchd/query/query_builder.h"
#include "searchd/service/date_order.h"
#include "searchd/service/facet_spy.h"
#include "searchd/service/match_counter.h"
#include "searchd/service/org_directory.h"
#include "searchd/service/snippet.h"

namespace izdeu::searchd {
namespace {

using Clock = std::chrono::steady_clock;

std::vector<OrgRef> ToOrgRefs(const std::vector<schema::OrgRef>& orgs) {
  std::vector<OrgRef> out;
  for (const auto& o : orgs) out.push_back({o.id, o.name, {}, o.OnlyInTitles()});
  return out;
}

// With each mention's text cut from the stored title or paragraph (offsets out of range, which
// only damaged data could hold, are skipped).
std::vector<OrgRef> ToOrgRefsWithMentions(const schema::DocData& data) {
  std::vector<OrgRef> out = ToOrgRefs(data.orgs);
  for (size_t i = 0; i < data.orgs.size(); ++i) {
    for (const auto& m : data.orgs[i].mentions) {
      if (auto text = schema::MentionText(data, m)) {
        out[i].mentions.push_back({m.paragraph, m.start, m.end, std::string(*text), m.in_title});
      }
    }
  }
  return out;
}

}  // namespace

// Organisations kept in the cached facets of the whole archive (requests ask for at most 1,000).
constexpr size_t kMaxArchiveFacetOrgs = 1000;

struct SearchService::Impl {
  Xapian::Database db;
  ServiceOptions options;
  std::shared_ptr<FacetColumnsCache> facet_columns;
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

  // Organisation names, autocomplete and pages (org_directory.h).
  OrgDirectory orgs{db, analyzer};
  std::string OrgName(const std::string& id) { return orgs.Name(id); }

  // A search in named steps: build the query (QueryBuilder), find the page's matches with the
  // total and facets (FindMatches), then read and present them (MakeHits).
  Result<SearchResponse> Search(const SearchRequest& request);
  // One search of the query as typed; `unknown` (may be null) receives its words that the index
  // has in no form.
  Result<SearchResponse> SearchAsTyped(const SearchRequest& request,
                                       std::vector<BuiltQuery::UnknownWord>* unknown);
  // The page when every article on it has all the query's words and no article missing one
  // could outrank them: then the run with every word required (no OR over dense posting lists,
  // no coordination bonus) gives the same page as the full run, weights included, and `total`
  // is Xapian's estimate, unless `total_counted` (CountMatches set it already). nullopt: run the
  // full query. Only for relevance-ordered pages without phrases (whose MatchDecider the
  // estimate would ignore).
  std::optional<std::vector<Match>> PageOfAllWords(Xapian::Enquire& enquire,
                                                   const Xapian::Query& query,
                                                   const BuiltQuery& built, Xapian::doccount offset,
                                                   Xapian::doccount size, bool total_counted,
                                                   SearchResponse* response);
  std::vector<Match> FindMatches(const SearchRequest& request, const BuiltQuery& built,
                                 const Xapian::MatchDecider* decider, SearchResponse* response);
  std::vector<Hit> MakeHits(const SearchRequest& request, const BuiltQuery& built,
                            const std::vector<Match>& matches);
};

SearchService::SearchService() : impl_(std::make_unique<Impl>()) {}
SearchService::~SearchService() = default;

Result<std::unique_ptr<SearchService>> SearchService::Open(const std::string& db_path,
                                                           const ServiceOptions& options) {
  std::unique_ptr<SearchService> service(new SearchService());
  service->impl_->options = options;
  service->impl_->facet_columns =
      options.facet_columns ? options.facet_columns : std::make_shared<FacetColumnsCache>();
  try {
    service->impl_->db = Xapian::Database(db_path);
    // A newer index may keep data where this reader does not look (schema 4 moved the articles
    // to a value slot): refuse it rather than answer with hits missing.
    const int version = schema::SchemaVersionOf(service->impl_->db);
    const int ours = schema::CurrentSchemaVersion();
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

namespace {

Status CheckPaging(const SearchRequest& request) {
  if (request.size > kMaxPageSize) {
    return Status::InvalidQuery("size must be at most " + std::to_string(kMaxPageSize));
  }
  if (request.page < 1 || request.page > kMaxPage) {
    return Status::InvalidQuery("page must be between 1 and " + std::to_string(kMaxPage));
  }
  return Status::Ok();
}

// How many of the query's words each match has (a word counts when the article has one of its
// terms), through the terms' posting lists: one seek per term and page article, where reading
// each article's term list cost milliseconds per page.
std::vector<uint32_t> MatchedWords(const Xapian::Database& db, const std::vector<Match>& matches,
                                   const std::vector<std::vector<std::string>>& word_terms) {
  std::vector<uint32_t> matched(matches.size(), 0);
  if (word_terms.empty() || matches.empty()) return matched;
  // One word (or group): every match of the query has it.
  if (word_terms.size() == 1) return std::vector<uint32_t>(matches.size(), 1);
  // Page positions in docid order, so that each posting list is walked forwards once.
  std::vector<size_t> order(matches.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return matches[a].document.get_docid() < matches[b].document.get_docid();
  });
  std::vector<bool> has(matches.size());
  for (const auto& terms : word_terms) {
    std::fill(has.begin(), has.end(), false);
    for (const auto& term : terms) {
      Xapian::PostingIterator p = db.postlist_begin(term);
      const Xapian::PostingIterator end = db.postlist_end(term);
      for (size_t i : order) {
        const Xapian::docid did = matches[i].document.get_docid();
        p.skip_to(did);
        if (p == end) break;
        if (*p == did) has[i] = true;
      }
    }
    for (size_t i = 0; i < matches.size(); ++i) matched[i] += has[i] ? 1 : 0;
  }
  return matched;
}

}  // namespace

// `query` with each unknown word that has a suggestion replaced by it (as written, in order of
// appearance); `query` itself when none has. The query's other words choose between readings.
std::string SpellingCorrected(const Xapian::Database& db, analyzers::Analyzer& analyzer,
                              const std::string& query,
                              const std::vector<BuiltQuery::UnknownWord>& unknown) {
  std::vector<std::string> context;
  analyzer.ForEachWord(query, [&](const analyzers::Word& w) { context.push_back(w.norm); });
  std::string corrected = query;
  size_t from = 0;
  for (const auto& word : unknown) {
    const size_t at = corrected.find(word.raw, from);
    if (at == std::string::npos) continue;
    const std::string suggestion = analyzers::SuggestSpelling(db, word.norm, context);
    if (suggestion.empty()) {
      from = at + word.raw.size();
      continue;
    }
    corrected.replace(at, word.raw.size(), suggestion);
    from = at + suggestion.size();
  }
  return corrected;
}

Result<SearchResponse> SearchService::Impl::Search(const SearchRequest& request) {
  const auto started = Clock::now();
  std::vector<BuiltQuery::UnknownWord> unknown;
  auto response = SearchAsTyped(request, &unknown);
  if (!response.ok() || unknown.empty()) return response;
  // Words the archive does not have: their nearest spellings that it has (a query that found
  // nothing for a word is answered for the corrected word, as large engines do).
  std::string corrected = SpellingCorrected(db, analyzer, request.query, unknown);
  if (corrected == request.query) return response;
  if (!request.correct_spelling) {
    response->did_you_mean = std::move(corrected);
    return response;
  }
  SearchRequest again = request;
  again.query = corrected;
  auto fixed = SearchAsTyped(again, nullptr);
  if (!fixed.ok() || fixed->total == 0) {
    response->did_you_mean = std::move(corrected);
    return response;
  }
  fixed->corrected_from = request.query;
  fixed->took_ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
  return fixed;
}

Result<SearchResponse> SearchService::Impl::SearchAsTyped(
    const SearchRequest& request, std::vector<BuiltQuery::UnknownWord>* unknown) {
  const auto started = Clock::now();
  Status paging = CheckPaging(request);
  if (!paging.ok()) return paging;
  QueryBuilder builder(db, analyzer, profile.common_stems, profile.date_terms);
  auto built_or = builder.Build(request);
  if (!built_or.ok()) return built_or.status();
  BuiltQuery& built = built_or.value();
  if (unknown != nullptr) *unknown = std::move(built.unknown_words);

  SearchResponse response;
  response.query = request.query;
  response.words = static_cast<uint32_t>(built.word_terms.size());
  response.expansions = built.expansions;
  PhraseFilter phrases(std::move(built.phrases));
  const Xapian::MatchDecider* decider = phrases.empty() ? nullptr : &phrases;
  std::vector<Match> matches = FindMatches(request, built, decider, &response);
  response.hits = MakeHits(request, built, matches);
  response.relaxed = !response.hits.empty() && response.hits[0].matched_words < response.words;
  response.took_ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
  // Xapian does not say whether the limit stopped its counting; past the limit it may have.
  // Counts read from posting lists are complete whatever the time (match_counter.h).
  response.partial = options.time_limit_s > 0 && !response.counted_in_full &&
                     response.took_ms >= options.time_limit_s * 1000;
  if (response.partial) response.total_exact = false;
  return response;
}

std::vector<Match> SearchService::Impl::FindMatches(const SearchRequest& request,
                                                    const BuiltQuery& built,
                                                    const Xapian::MatchDecider* decider,
                                                    SearchResponse* response) {
  const bool facets = request.facet_orgs || request.facet_years || request.facet_months;
  const Xapian::doccount offset = (request.page - 1) * request.size;
  // Facets need every match; otherwise count exactly up to kExactTotalUpTo past the page.
  // The whole archive's facets come from term frequencies; other facets visit every match.
  const bool whole_archive = built.query.empty() && !decider;
  if (facets && whole_archive &&
      (!archive_facets || archive_facets_revision != db.get_revision())) {
    // Cached per index revision: the archive's own facets are what a search page opens with.
    archive_facets = WholeArchiveCounts(db, kMaxArchiveFacetOrgs);
    archive_facets_revision = db.get_revision();
  }
  const bool spy_facets = facets && !(whole_archive && archive_facets);
  FacetSpy spy(spy_facets ? facet_columns->Get(db) : nullptr, request.facet_orgs,
               request.facet_years, request.facet_months);
  if (facets && !spy_facets) spy.UseArchiveCounts(&*archive_facets);

  // An index with length-normalised wdf ranks with BM25 without length look-ups.
  std::optional<Xapian::BM25Weight> weighting;
  if (profile.mean_length > 0) schema::LengthNormalisation::MakeWeighting(&weighting);

  // A fresh match-all query, never a copy of the global Query::MatchAll: copying it changes a
  // reference count that is not atomic, and worker threads did so at once (a crash).
  Xapian::Query query = built.query.empty() ? Xapian::Query(std::string()) : built.query;
  SortOrder sort = request.sort;
  if (sort == SortOrder::kDefault)
    sort = built.has_text ? SortOrder::kRelevance : SortOrder::kDateDesc;
  const bool by_date = sort == SortOrder::kDateDesc || sort == SortOrder::kDateAsc;

  // Facets and exact_total need every match: a boolean run counts them and shows them to the
  // facet spy, and the ranked run then only needs its page. Otherwise the ranked run counts
  // exactly up to kExactTotalUpTo past the page, except for phrases, whose every counted
  // candidate costs a sequence check.
  const bool count_every_match = spy_facets || request.exact_total;
  const Xapian::doccount page_end = offset + request.size;
  const Xapian::doccount count_up_to =
      count_every_match || decider != nullptr ? page_end : page_end + kExactTotalUpTo;
  if (count_every_match) {
    const MatchCount counted =
        CountMatches(db, query, decider, spy_facets ? &spy : nullptr, options.time_limit_s);
    response->total = counted.count;
    response->total_exact = counted.exact;
    response->counted_in_full = counted.by_posting_lists;
  }
  if (facets) {
    response->org_facet = spy.TopOrgs(request.facet_size);
    for (auto& f : response->org_facet) f.label = OrgName(f.value);
    if (request.facet_years) response->year_facet = spy.Years();
    if (request.facet_months) response->month_facet = spy.Months();
  }

  Xapian::Enquire enquire(db);
  if (weighting) enquire.set_weighting_scheme(*weighting);
  if (options.time_limit_s > 0) enquire.set_time_limit(options.time_limit_s);
  if (!by_date && !decider && options.all_words_run) {
    if (auto page = PageOfAllWords(enquire, query, built, offset, request.size, count_every_match,
                                   response))
      return std::move(*page);
  }

  std::vector<Match> matches;
  if (!by_date) {
    // The page, and (unless counted above) the total.
    enquire.set_query(query);
    const Xapian::MSet mset = enquire.get_mset(offset, request.size, count_up_to, nullptr, decider);
    if (!count_every_match) {
      response->total = mset.get_matches_estimated();
      response->total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    }
    for (auto it = mset.begin(); it != mset.end(); ++it)
      matches.push_back({it.get_document(), it.get_weight()});
    return matches;
  }
  if (!count_every_match) {  // the total alone: the page comes from the date walk below
    enquire.set_query(query);
    const Xapian::MSet mset = enquire.get_mset(0, 0, count_up_to, nullptr, decider);
    response->total = mset.get_matches_estimated();
    response->total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
  }
  // The date columns (read once per index revision, as for facets) order each month by day.
  const std::shared_ptr<const FacetColumns> columns = facet_columns->Get(db);
  DatePageRequest page{sort == SortOrder::kDateDesc,
                       offset,
                       request.size,
                       built.date_from,
                       built.date_to,
                       &built.query_inside_dates,
                       weighting ? &*weighting : nullptr,
                       columns.get()};
  auto dated = DateOrderedPage(db, query, page, decider);
  if (dated) return std::move(*dated);
  // An index without month terms: sort every match by value.
  enquire.set_sort_by_value_then_relevance(schema::kDateSlot, page.newest_first);
  Xapian::MSet sorted = enquire.get_mset(offset, request.size, page_end, nullptr, decider);
  for (auto it = sorted.begin(); it != sorted.end(); ++it) {
    matches.push_back({it.get_document(), it.get_weight()});
  }
  return matches;
}

std::optional<std::vector<Match>> SearchService::Impl::PageOfAllWords(
    Xapian::Enquire& enquire, const Xapian::Query& query, const BuiltQuery& built,
    Xapian::doccount offset, Xapian::doccount size, bool total_counted, SearchResponse* response) {
  if (built.all_words_query.empty() || size == 0) return std::nullopt;
  // Only where the full run could not count exactly anyway: Xapian's estimate from the term
  // frequencies alone (check_at_least 0 reads no posting) says more match than it counts.
  enquire.set_query(query);
  const Xapian::MSet estimate = enquire.get_mset(0, 0, Xapian::doccount{0});
  if (estimate.get_matches_lower_bound() <= offset + size + kExactTotalUpTo) return std::nullopt;
  enquire.set_query(built.all_words_query);
  const Xapian::MSet mset = enquire.get_mset(offset, size, offset + size);
  if (mset.size() < size) return std::nullopt;
  // An article missing word j weighs at most (greatest possible weight - word j's greatest
  // possible weight) + one bonus less than the page's articles with every word. Xapian's
  // greatest possible weight of an AND is the sum of its parts'.
  double least_word_max = std::numeric_limits<double>::max();
  for (const auto& part : built.all_words_parts) {
    enquire.set_query(part);
    least_word_max =
        std::min(least_word_max, enquire.get_mset(0, 0, Xapian::doccount{0}).get_max_possible());
  }
  const double last = mset[size - 1].get_weight();
  // Strictly above: equal weights are ordered by document number.
  if (last + kCoordinationBonus + least_word_max <= mset.get_max_possible()) return std::nullopt;
  const double bonus = kCoordinationBonus * static_cast<double>(built.all_words_parts.size());
  std::vector<Match> matches;
  for (auto it = mset.begin(); it != mset.end(); ++it)
    matches.push_back({it.get_document(), it.get_weight() + bonus});
  if (!total_counted) {
    response->total = estimate.get_matches_estimated();
    response->total_exact = false;
  }
  response->all_words_run = true;
  return matches;
}

std::vector<Hit> SearchService::Impl::MakeHits(const SearchRequest& request,
                                               const BuiltQuery& built,
                                               const std::vector<Match>& matches) {
  std::vector<Hit> hits;
  const std::vector<uint32_t> matched = MatchedWords(db, matches, built.word_terms);
  for (size_t i = 0; i < matches.size(); ++i) {
    const Match& match = matches[i];
    auto data = codec->Load(match.document);
    if (!data.ok()) continue;  // a document written by something else: skip it, never crash
    Hit hit;
    hit.id = data->id;
    hit.title = data->title;
    hit.date = data->date;
    hit.date_source = data->date_source;
    hit.date_precision = data->date_precision;
    hit.url = data->url;
    hit.source = data->source;
    hit.lang = data->lang;
    hit.score = match.weight;
    hit.matched_words = matched[i];
    hit.orgs = ToOrgRefs(data->orgs);
    if (request.snippets) {
      hit.snippet =
          MakeSnippet(data->paragraphs, match.document.get_value(schema::kWordSequenceSlot),
                      built.highlight_stems, analyzer);
    }
    hits.push_back(std::move(hit));
  }
  return hits;
}

Result<Article> SearchService::GetArticle(const std::string& id) {
  try {
    impl_->Refresh();
    Xapian::PostingIterator it = impl_->db.postlist_begin(schema::IdTerm(id));
    if (it == impl_->db.postlist_end(schema::IdTerm(id)))
      return Status::NotFound("no article with id \"" + id + "\"");
    auto data = impl_->codec->Load(impl_->db.get_document(*it));
    if (!data.ok()) return data.status();
    Article a{data->id,          data->title,
              data->date,        data->url,
              data->source,      data->lang,
              data->paragraphs,  ToOrgRefsWithMentions(data.value()),
              data->date_source, data->date_precision};
    return a;
  } catch (const Xapian::Error& e) {
    return Status::Unavailable("lookup failed: " + e.get_description());
  }
}

void SearchService::WarmUp() {
  try {
    impl_->Refresh();
    impl_->facet_columns->Get(impl_->db);
    impl_->orgs.WarmUp();
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
    return impl_->orgs.Suggest(prefix, limit);
  } catch (const Xapian::Error& e) {
    return Status::Unavailable(e.get_description());
  }
}

Result<OrgSummary> SearchService::GetOrg(const std::string& id_or_name) {
  try {
    impl_->Refresh();
    QueryBuilder builder(impl_->db, impl_->analyzer, impl_->profile.common_stems,
                         impl_->profile.date_terms);
    std::string term = builder.OrgTerm(id_or_name);
    if (!impl_->db.term_exists(term))
      return Status::NotFound("no organisation \"" + id_or_name + "\" in the index");
    return impl_->orgs.Get(term, impl_->facet_columns->Get(impl_->db), *impl_->codec);
  } catch (const Xapian::Error& e) {
    return Status::Unavailable(e.get_description());
  }
}

}  // namespace izdeu::searchd
