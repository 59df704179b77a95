#include "indexer/index_profile.h"

#include "indexer/schema.h"

namespace izdeu::schema {

IndexProfile IndexProfile::Load(const Xapian::Database& db) {
  IndexProfile profile;
  profile.doc_dictionary = db.get_metadata(std::string(kDocDictionaryKey));
  profile.common_stems = CommonStems::Parse(db.get_metadata(std::string(kCommonStemsKey)));
  return profile;
}

void IndexProfile::Store(Xapian::WritableDatabase* db) const {
  db->set_metadata(std::string(kDocDictionaryKey), doc_dictionary);
  db->set_metadata(std::string(kCommonStemsKey), common_stems.Serialize());
}

}  // namespace izdeu::schema
