#include "searchd/http/json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace izdeu::searchd::http {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void String(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
void Key(Writer& w, std::string_view k) {
  w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
}

// Empty strings are written as null: "no date" and "no url" are absences, not values.
void OptionalString(Writer& w, std::string_view key, std::string_view value) {
  Key(w, key);
  if (value.empty()) {
    w.Null();
  } else {
    String(w, value);
  }
}

// "organisations": the bodies the article names; "organisations_in_titles": those it names only
// inside people's job titles (OrgRef::only_in_titles). `with_mentions`: each organisation's
// mentions (an article's page), with paragraph -1 for the title, byte offsets into that
// paragraph's UTF-8 text, and whether the mention is inside a job title.
void OrgList(Writer& w, std::string_view key, const std::vector<OrgRef>& orgs, bool only_in_titles,
             bool with_mentions) {
  Key(w, key);
  w.StartArray();
  for (const auto& o : orgs) {
    if (o.only_in_titles != only_in_titles) continue;
    w.StartObject();
    Key(w, "id");
    String(w, o.id);
    Key(w, "name");
    String(w, o.name);
    if (with_mentions) {
      Key(w, "mentions");
      w.StartArray();
      for (const auto& m : o.mentions) {
        w.StartObject();
        Key(w, "paragraph");
        w.Int(m.paragraph);
        Key(w, "start");
        w.Uint(m.start);
        Key(w, "end");
        w.Uint(m.end);
        Key(w, "text");
        String(w, m.text);
        Key(w, "in_title");
        w.Bool(m.in_title);
        w.EndObject();
      }
      w.EndArray();
    }
    w.EndObject();
  }
  w.EndArray();
}

void Orgs(Writer& w, const std::vector<OrgRef>& orgs, bool with_mentions = false) {
  OrgList(w, "organisations", orgs, /*only_in_titles=*/false, with_mentions);
  OrgList(w, "organisations_in_titles", orgs, /*only_in_titles=*/true, with_mentions);
}

void Facet(Writer& w, std::string_view key, const std::vector<FacetCount>& counts,
           bool with_label) {
  Key(w, key);
  w.StartArray();
  for (const auto& c : counts) {
    w.StartObject();
    Key(w, with_label ? "id" : "value");
    String(w, c.value);
    if (with_label) {
      Key(w, "name");
      String(w, c.label);
    }
    Key(w, "count");
    w.Uint64(c.count);
    w.EndObject();
  }
  w.EndArray();
}

// Appends `text` with & < > " ' escaped.
void AppendHtmlEscaped(std::string_view text, std::string* out) {
  for (char c : text) {
    switch (c) {
      case '&':
        *out += "&amp;";
        break;
      case '<':
        *out += "&lt;";
        break;
      case '>':
        *out += "&gt;";
        break;
      case '"':
        *out += "&quot;";
        break;
      case '\'':
        *out += "&#39;";
        break;
      default:
        out->push_back(c);
    }
  }
}

}  // namespace

std::string SnippetHtml(const Snippet& snippet) {
  std::string html;
  const std::string_view text = snippet.text;
  size_t cursor = 0;
  for (const auto& mark : snippet.marks) {
    if (mark.offset < cursor || mark.offset + mark.length > text.size()) continue;  // malformed
    AppendHtmlEscaped(text.substr(cursor, mark.offset - cursor), &html);
    html += "<mark>";
    AppendHtmlEscaped(text.substr(mark.offset, mark.length), &html);
    html += "</mark>";
    cursor = mark.offset + mark.length;
  }
  AppendHtmlEscaped(text.substr(cursor), &html);
  return html;
}

namespace {

// The fields a hit and a whole article share, in the same order and form.
template <typename HitOrArticle>
void SummaryFields(Writer& w, const HitOrArticle& a) {
  Key(w, "id");
  String(w, a.id);
  Key(w, "title");
  String(w, a.title);
  OptionalString(w, "date", a.date);
  OptionalString(w, "date_source", a.date_source);
  OptionalString(w, "date_precision", a.date_precision);
  OptionalString(w, "url", a.url);
  OptionalString(w, "source", a.source);
  Key(w, "lang");
  String(w, a.lang);
}

void HitObject(Writer& w, const Hit& h, bool with_snippet) {
  w.StartObject();
  SummaryFields(w, h);
  if (with_snippet) {
    Key(w, "snippet");
    String(w, SnippetHtml(h.snippet));
  }
  Key(w, "score");
  w.Double(h.score);
  Key(w, "matched_words");
  w.Uint(h.matched_words);
  Orgs(w, h.orgs);
  w.EndObject();
}

}  // namespace

std::string HitJsonLine(const Hit& hit) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  HitObject(w, hit, /*with_snippet=*/false);
  return std::string(buf.GetString()) + "\n";
}

std::string SearchResponseJson(const SearchResponse& r) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  Key(w, "query");
  String(w, r.query);
  Key(w, "total");
  w.Uint64(r.total);
  Key(w, "total_exact");
  w.Bool(r.total_exact);
  Key(w, "relaxed");
  w.Bool(r.relaxed);
  Key(w, "words");
  w.Uint(r.words);
  if (!r.expansions.empty()) {
    Key(w, "expansions");
    w.StartArray();
    for (const auto& e : r.expansions) {
      w.StartObject();
      Key(w, "pattern");
      String(w, e.pattern);
      Key(w, "terms");
      w.Uint(e.terms);
      Key(w, "truncated");
      w.Bool(e.truncated);
      w.EndObject();
    }
    w.EndArray();
  }
  if (!r.did_you_mean.empty()) {
    Key(w, "did_you_mean");
    String(w, r.did_you_mean);
  }
  if (!r.corrected_from.empty()) {
    Key(w, "corrected_from");
    String(w, r.corrected_from);
  }
  if (r.partial) {
    Key(w, "partial");
    w.Bool(true);
  }
  Key(w, "took_ms");
  w.Double(static_cast<double>(static_cast<int64_t>(r.took_ms * 1000)) / 1000);
  Key(w, "hits");
  w.StartArray();
  for (const auto& h : r.hits) HitObject(w, h, /*with_snippet=*/true);
  w.EndArray();
  if (!r.org_facet.empty() || !r.year_facet.empty() || !r.month_facet.empty()) {
    Key(w, "facets");
    w.StartObject();
    Facet(w, "org", r.org_facet, true);
    Facet(w, "year", r.year_facet, false);
    Facet(w, "month", r.month_facet, false);
    w.EndObject();
  }
  w.EndObject();
  return buf.GetString();
}

std::string ArticleJson(const Article& a) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  SummaryFields(w, a);
  Key(w, "paragraphs");
  w.StartArray();
  for (const auto& p : a.paragraphs) String(w, p);
  w.EndArray();
  Orgs(w, a.orgs, /*with_mentions=*/true);
  w.EndObject();
  return buf.GetString();
}

static void OrgObject(Writer& w, const OrgSummary& o) {
  w.StartObject();
  Key(w, "id");
  String(w, o.id);
  Key(w, "name");
  String(w, o.name);
  Key(w, "articles");
  w.Uint64(o.articles);
  Key(w, "aliases");
  w.StartArray();
  for (const auto& a : o.aliases) String(w, a);
  w.EndArray();
  if (!o.per_year.empty()) Facet(w, "per_year", o.per_year, false);
  if (!o.per_month.empty()) Facet(w, "per_month", o.per_month, false);
  if (!o.related.empty()) Facet(w, "related", o.related, true);
  if (!o.spellings.empty()) Facet(w, "spellings", o.spellings, false);
  w.EndObject();
}

std::string OrgListJson(const std::vector<OrgSummary>& orgs) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  Key(w, "organisations");
  w.StartArray();
  for (const auto& o : orgs) OrgObject(w, o);
  w.EndArray();
  w.EndObject();
  return buf.GetString();
}

std::string OrgJson(const OrgSummary& org) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  OrgObject(w, org);
  return buf.GetString();
}

std::string ErrorJson(std::string_view code, std::string_view message) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  Key(w, "error");
  w.StartObject();
  Key(w, "code");
  String(w, code);
  Key(w, "message");
  String(w, message);
  w.EndObject();
  w.EndObject();
  return buf.GetString();
}

std::string HealthJson(const HealthInfo& info) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  Key(w, "status");
  String(w, "ok");
  Key(w, "documents");
  w.Uint64(info.documents);
  Key(w, "workers");
  w.Uint(info.workers);
  Key(w, "queued");
  w.Uint64(info.queued);
  Key(w, "bulk_queued");
  w.Uint64(info.bulk_queued);
  Key(w, "in_flight");
  w.Uint64(info.in_flight);
  w.EndObject();
  return buf.GetString();
}

}  // namespace izdeu::searchd::http
