// IndexProfile: what a fresh build learns from its first articles (index_builder.cpp) and keeps
// in the index's metadata, so that every segment, every later update and every reader encode and
// decode alike: the zstd dictionary of the document data (doc_data_codec.h) and the common stems
// that get pair terms (common_stems.h). An index without them (schema 2) loads an empty profile:
// plain document data, no pair terms.
// Thread-safety: plain value.
#pragma once

#include <xapian.h>
#include <string>

#include "schema/common_stems.h"
#include "schema/doc_data.h"
#include "schema/length_normalisation.h"

namespace izdeu::schema {

struct IndexProfile {
  std::string doc_dictionary;  // empty: document data is stored uncompressed
  CommonStems common_stems;    // empty: no pair terms
  // Mean article length in words (the sum of the unprefixed wdf) of the sample; 0 for an index
  // whose wdf is not length-normalised (see LengthNormalisation).
  double mean_length = 0;
  // Compressed document data goes to kDocDataSlot (schema 4 on); an update of an older index
  // keeps it in Xapian's document data, where that index's readers look for it.
  bool data_in_slot = true;
  // The document data's format (doc_data.h): 4 from schema 7 (mentions in job titles), 3 from
  // schema 5 (date source, mentions); an update of an older index writes what its readers decode.
  int doc_data_format = kDocDataFormat;
  // Word-form terms (kFormPrefix; schema 6 on); an update of an older index writes none, so its
  // articles are ranked alike.
  bool form_terms = true;
  // Every dated article has a month term or a year-only term (schema 6 on), so a date filter can
  // be a union of those posting lists instead of a test of every candidate's date value.
  bool date_terms = true;

  static IndexProfile Load(const Xapian::Database& db);
  void Store(Xapian::WritableDatabase* db) const;
};

// The index's kSchemaVersionKey as a number; 0 when it has none (not an izdeu index, or one
// written before versions were stored).
int SchemaVersionOf(const Xapian::Database& db);

}  // namespace izdeu::schema
