#include "schema/index_profile.h"

#include <algorithm>
#include <cstdlib>

#include "schema/schema.h"

namespace izdeu::schema {

int SchemaVersionOf(const Xapian::Database& db) {
  return std::atoi(db.get_metadata(std::string(kSchemaVersionKey)).c_str());
}

IndexProfile IndexProfile::Load(const Xapian::Database& db) {
  IndexProfile profile;
  profile.doc_dictionary = db.get_metadata(std::string(kDocDictionaryKey));
  profile.common_stems = CommonStems::Parse(db.get_metadata(std::string(kCommonStemsKey)));
  const std::string mean = db.get_metadata(std::string(kMeanLengthKey));
  if (!mean.empty()) profile.mean_length = std::max(0.0, std::strtod(mean.c_str(), nullptr));
  profile.data_in_slot = SchemaVersionOf(db) >= 4;
  profile.doc_data_format = DocDataFormatForSchema(SchemaVersionOf(db));
  profile.form_terms = SchemaVersionOf(db) >= 6;
  profile.date_terms = SchemaVersionOf(db) >= 6;
  return profile;
}

void IndexProfile::Store(Xapian::WritableDatabase* db) const {
  db->set_metadata(std::string(kDocDictionaryKey), doc_dictionary);
  db->set_metadata(std::string(kCommonStemsKey), common_stems.Serialize());
  if (mean_length > 0) db->set_metadata(std::string(kMeanLengthKey), std::to_string(mean_length));
}

}  // namespace izdeu::schema
