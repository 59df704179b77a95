// The API description searchd serves (/openapi.json, made from docs/openapi.yaml) against its
// real answers over the sample corpus: every GET path it lists answers, and every answer with a
// schema has only documented fields, of the documented types, recursively.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <string>

#include "tests/searchd/daemon_fixture.h"

namespace izdeu::testing {
namespace {

class OpenApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GT(Port(), 0);
    auto r = HttpRequest(Port(), "GET", "/openapi.json");
    ASSERT_EQ(r.status, 200);
    spec_.Parse(r.body.c_str());
    ASSERT_FALSE(spec_.HasParseError());
    ASSERT_TRUE(spec_.HasMember("paths"));
  }
  static int Port() { return SampleServer::Get().port(); }

  const rapidjson::Value& Resolve(const rapidjson::Value& schema) const {
    if (schema.IsObject() && schema.HasMember("$ref")) {
      std::string ref = schema["$ref"].GetString();  // #/components/schemas/Name
      const std::string name = ref.substr(ref.rfind('/') + 1);
      return spec_["components"]["schemas"][name.c_str()];
    }
    return schema;
  }

  // Checks `value` against `schema`; `where` names the place for messages.
  void Check(const rapidjson::Value& value, const rapidjson::Value& raw_schema,
             const std::string& where) const {
    const rapidjson::Value& schema = Resolve(raw_schema);
    if (schema.HasMember("allOf")) {
      // The union of the parts' properties; each known field checked by its part.
      for (auto it = value.MemberBegin(); value.IsObject() && it != value.MemberEnd(); ++it) {
        bool documented = false;
        for (const auto& part : schema["allOf"].GetArray()) {
          const auto& p = Resolve(part);
          if (p.HasMember("properties") && p["properties"].HasMember(it->name)) {
            documented = true;
            Check(it->value, p["properties"][it->name], where + "." + it->name.GetString());
          }
        }
        EXPECT_TRUE(documented) << where << ": undocumented field " << it->name.GetString();
      }
      return;
    }
    if (value.IsNull()) {
      EXPECT_TRUE(schema.HasMember("nullable") && schema["nullable"].GetBool())
          << where << " is null but not nullable";
      return;
    }
    const std::string type = schema.HasMember("type") ? schema["type"].GetString() : "";
    if (type == "object") {
      ASSERT_TRUE(value.IsObject()) << where;
      if (!schema.HasMember("properties")) return;
      const auto& props = schema["properties"];
      for (auto it = value.MemberBegin(); it != value.MemberEnd(); ++it) {
        const std::string name = it->name.GetString();
        if (!props.HasMember(it->name)) {
          ADD_FAILURE() << where << ": undocumented field \"" << name << "\"";
          continue;
        }
        Check(it->value, props[it->name], where + "." + name);
      }
    } else if (type == "array") {
      ASSERT_TRUE(value.IsArray()) << where;
      if (!schema.HasMember("items")) return;
      for (rapidjson::SizeType i = 0; i < value.Size(); ++i)
        Check(value[i], schema["items"], where + "[" + std::to_string(i) + "]");
    } else if (type == "string") {
      EXPECT_TRUE(value.IsString()) << where;
      if (value.IsString() && schema.HasMember("enum")) {
        bool listed = false;
        for (const auto& e : schema["enum"].GetArray()) listed |= e == value;
        EXPECT_TRUE(listed) << where << ": \"" << value.GetString() << "\" not in the enum";
      }
    } else if (type == "integer") {
      EXPECT_TRUE(value.IsInt64() || value.IsUint64()) << where;
    } else if (type == "number") {
      EXPECT_TRUE(value.IsNumber()) << where;
    } else if (type == "boolean") {
      EXPECT_TRUE(value.IsBool()) << where;
    }
  }

  rapidjson::Document spec_;
};

TEST_F(OpenApiTest, EveryListedGetPathAnswersAndMatchesItsSchema) {
  // Real values for the path parameters, from the sample corpus.
  const std::string org = "esep-komiteti";
  const std::string article = "000_8d05277bdd5f4c5e";
  int checked_with_schema = 0;
  for (auto p = spec_["paths"].MemberBegin(); p != spec_["paths"].MemberEnd(); ++p) {
    std::string path = p->name.GetString();
    if (!p->value.HasMember("get")) continue;
    std::string target = path;
    if (target == "/doc/{id}") target = "/doc/" + article;
    if (target == "/orgs/{id}") target = "/orgs/" + org;
    if (target == "/search")
      target += "?q=%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82&facets=org,year,month";
    if (target == "/orgs") target += "?prefix=esep";
    ASSERT_EQ(target.find('{'), std::string::npos) << "no sample value for " << path;
    auto r = HttpRequest(Port(), "GET", target);
    EXPECT_EQ(r.status, 200) << target << "\n" << r.body.substr(0, 200);
    const auto& ok = p->value["get"]["responses"]["200"];
    if (!ok.HasMember("content") || !ok["content"].HasMember("application/json")) continue;
    const auto& media = ok["content"]["application/json"];
    if (!media.HasMember("schema")) continue;
    rapidjson::Document answer;
    answer.Parse(r.body.c_str());
    ASSERT_FALSE(answer.HasParseError()) << target;
    Check(answer, media["schema"], path);
    ++checked_with_schema;
  }
  EXPECT_GE(checked_with_schema, 3);  // /search, /doc/{id}, /orgs/{id} at least
}

}  // namespace
}  // namespace izdeu::testing
