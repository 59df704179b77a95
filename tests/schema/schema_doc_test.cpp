// docs/schema.md must describe schema/schema.h: every prefix and slot in the header appears in
// the document's tables with the same value.
#include "schema/schema.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "tests/test_paths.h"

namespace izdeu::schema {
namespace {

std::string Doc() {
  std::ifstream in(testing::SourcePath("docs/schema.md"));
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(SchemaDocTest, PrefixesAgree) {
  std::string doc = Doc();
  ASSERT_FALSE(doc.empty());
  const std::pair<std::string_view, std::string_view> prefixes[] = {
      {"kIdPrefix", kIdPrefix},
      {"kTitlePrefix", kTitlePrefix},
      {"kLangPrefix", kLangPrefix},
      {"kOrgPrefix", kOrgPrefix},
      {"kSourcePrefix", kSourcePrefix},
      {"kNoDateTerm", kNoDateTerm},
      {"kMonthPrefix", kMonthPrefix},
      {"kPairPrefix", kPairPrefix},
      {"kDateSourcePrefix", kDateSourcePrefix}};
  for (const auto& [name, value] : prefixes) {
    std::string row = "| `" + std::string(value) + "` | `" + std::string(name) + "` |";
    EXPECT_NE(doc.find(row), std::string::npos) << "docs/schema.md lacks the row " << row;
  }
}

TEST(SchemaDocTest, SlotsAgree) {
  std::string doc = Doc();
  const std::pair<std::string_view, unsigned> slots[] = {{"kDateSlot", kDateSlot},
                                                         {"kOrgsSlot", kOrgsSlot},
                                                         {"kWordSequenceSlot", kWordSequenceSlot},
                                                         {"kDocDataSlot", kDocDataSlot}};
  for (const auto& [name, value] : slots) {
    std::string row = "| " + std::to_string(value) + " | `" + std::string(name) + "` |";
    EXPECT_NE(doc.find(row), std::string::npos) << "docs/schema.md lacks the row " << row;
  }
  EXPECT_NE(doc.find("`kTitleWdf` (" + std::to_string(kTitleWdf) + ")"), std::string::npos);
}

}  // namespace
}  // namespace izdeu::schema
