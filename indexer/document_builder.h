// DocumentBuilder: one Article -> one Xapian::Document in the schema of schema/schema.h.
// It decides the article's language (the record's own when given, else detected), its date (the
// record's, else the first written date in the text), its organisations, and generates the terms
// through the shared analyzers::Analyzer (the same code searchd uses for queries).
// Thread-safety: not thread-safe (owns an Analyzer); one per indexing thread.
#pragma once

#include <xapian.h>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "analyzers/analyzer.h"
#include "corpus/article.h"
#include "schema/doc_data_codec.h"
#include "schema/index_profile.h"
#include "schema/length_normalisation.h"

namespace izdeu::indexer {

struct BuiltDocument {
  std::string id_term;  // the unique Q term, for replace_document
  Xapian::Document document;
  std::vector<std::pair<std::string, std::string>> orgs;  // (id, display name) mentioned
  // Distinct normalised words for Xapian's spelling dictionary (analyzers/spelling.h).
  std::vector<std::string> spellings;
};

struct BuildCounters {
  uint64_t terms_dropped = 0;  // words longer than the backend's term limit
  uint64_t dates_from_text = 0;
  uint64_t undated = 0;
  uint64_t org_mentions = 0;
};

class DocumentBuilder {
 public:
  // `profile` (the index's, index_profile.h) must outlive the builder.
  explicit DocumentBuilder(const schema::IndexProfile& profile);
  // REQUIRES: article.id is not empty.
  BuiltDocument Build(const corpus::Article& article, BuildCounters* counters);

 private:
  // Adds the unprefixed stem terms (and S-prefixed ones for titles) of `text`, the pair terms
  // of adjacent common stems, and appends their StemHash values to `sequence` followed by a 0
  // separator.
  void AddText(std::string_view text, analyzers::Language lang, bool is_title,
               Xapian::Document* doc, std::string* sequence, BuildCounters* counters);

  analyzers::Analyzer analyzer_;
  const schema::CommonStems& common_stems_;
  schema::DocDataCodec codec_;
  std::optional<schema::LengthNormalisation> normalisation_;  // when the profile has a length
  // What the builder knows of each stem it has seen: its StemHash, its common-stem entry, and its
  // place in the current article's stem list. Words find it with one look-up of their
  // normalised form (norm_facts_), instead of one for the stem and more for its facts.
  struct StemFacts {
    const std::string* stem = nullptr;  // the key of this entry in stem_facts_
    uint32_t hash = 0;
    const schema::CommonStem* common = nullptr;
    uint64_t article = 0;  // the article (article_number_) whose stem list holds it ...
    uint32_t slot = 0;     // ... at this index
  };
  // Bounded: both are cleared between articles when they grow past kMaxStemFacts, so the
  // pointers into stem_facts_ stay valid while an article is built.
  std::unordered_map<std::string, StemFacts> stem_facts_;
  // A normalised word: its stem's facts and its place in the current article's form list.
  struct FormFacts {
    StemFacts* stem = nullptr;
    uint64_t article = 0;  // the article (article_number_) whose form list holds it ...
    uint32_t slot = 0;     // ... at this index
  };
  std::unordered_map<std::string, FormFacts> norm_facts_[3];  // by analyzers::Language
  // The unprefixed stems of the article being built and their wdf, added to the document at the
  // end, when the article's length is known.
  std::vector<std::pair<const std::string*, Xapian::termcount>> article_stems_;
  // The same for its normalised words that are not their own stem (keys of norm_facts_), added
  // as kFormPrefix terms when the profile has them.
  std::vector<std::pair<const std::string*, Xapian::termcount>> article_forms_;
  const bool form_terms_;
  uint64_t article_number_ = 0;
  Xapian::termcount length_ = 0;
  // The spelling words of the article being built (BuiltDocument::spellings) and their set.
  std::vector<std::string>* spellings_ = nullptr;
  std::unordered_set<std::string> spelling_seen_;
};

}  // namespace izdeu::indexer
