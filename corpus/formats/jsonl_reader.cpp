#include "corpus/formats/jsonl_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "corpus/text_util.h"

namespace izdeu::corpus {
namespace {

// Reads an optional string member; false (with *error set) when present but not a string.
bool GetString(const rapidjson::Value& obj, const char* key, std::string* out, bool* repaired,
               std::string* error) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || it->value.IsNull()) return true;
  if (!it->value.IsString()) {
    *error = std::string("\"") + key + "\" is not a string";
    return false;
  }
  bool fixed = false;
  *out = RepairUtf8(std::string_view(it->value.GetString(), it->value.GetStringLength()), &fixed);
  *repaired |= fixed;
  return true;
}

}  // namespace

void JsonlReader::Read(std::string_view content, const std::string& name, size_t first_line,
                       const ArticleSink& articles, const IssueSink& issues) const {
  size_t line_no = first_line;
  for (size_t begin = 0; begin < content.size(); ++line_no) {
    size_t end = content.find('\n', begin);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = Trim(content.substr(begin, end - begin));
    begin = end + 1;
    if (line.empty()) continue;

    rapidjson::Document doc;
    doc.Parse(line.data(), line.size());
    if (doc.HasParseError()) {
      issues({name, line_no,
              std::string("invalid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
                  " at column " + std::to_string(doc.GetErrorOffset() + 1)});
      continue;
    }
    if (!doc.IsObject()) {
      issues({name, line_no, "not a JSON object"});
      continue;
    }
    Article article;
    std::string body, error;
    bool repaired = false;
    bool ok = GetString(doc, "id", &article.id, &repaired, &error) &&
              GetString(doc, "date", &article.date, &repaired, &error) &&
              GetString(doc, "title", &article.title, &repaired, &error) &&
              GetString(doc, "body", &body, &repaired, &error) &&
              GetString(doc, "url", &article.url, &repaired, &error) &&
              GetString(doc, "source", &article.source, &repaired, &error) &&
              GetString(doc, "lang", &article.lang, &repaired, &error);
    if (!ok) {
      issues({name, line_no, error});
      continue;
    }
    if (Trim(article.id).empty()) {
      issues({name, line_no, "missing \"id\""});
      continue;
    }
    if (!article.date.empty() && !IsPartialIsoDate(article.date)) {
      issues({name, line_no, "\"date\" is not YYYY, YYYY-MM or YYYY-MM-DD: " + article.date});
      continue;
    }
    if (!article.date.empty()) article.date_source = "record";
    if (repaired) issues({name, line_no, "invalid UTF-8 replaced by U+FFFD"});
    article.paragraphs = SplitParagraphs(body);
    article.origin = name + ":" + std::to_string(line_no);
    articles(std::move(article));
  }
}

}  // namespace izdeu::corpus
