#include "searchd/http/params.h"

#include "common/utf8.h"

namespace izdeu::searchd::http {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

const std::string* Params::Get(std::string_view name) const {
  for (auto it = items.rbegin(); it != items.rend(); ++it) {
    if (it->first == name) return &it->second;
  }
  return nullptr;
}

std::vector<std::string> Params::GetAll(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [k, v] : items) {
    if (k == name) out.push_back(v);
  }
  return out;
}

Result<std::string> PercentDecode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '+') {
      out.push_back(' ');
    } else if (c == '%') {
      bool complete = i + 2 < text.size();
      int hi = complete ? HexValue(text[i + 1]) : -1;
      int lo = complete ? HexValue(text[i + 2]) : -1;
      if (hi < 0 || lo < 0) return Status::InvalidQuery("broken percent-encoding");
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  if (!IsValidUtf8(out)) return Status::InvalidQuery("parameter is not valid UTF-8");
  return out;
}

Status CheckParamText(std::string_view name, std::string_view value) {
  for (unsigned char c : value) {
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
      return Status::InvalidQuery("parameter \"" + std::string(name) +
                                  "\" holds a control character");
    }
  }
  return Status::Ok();
}

Result<Params> ParseQueryString(std::string_view query) {
  Params params;
  while (!query.empty()) {
    size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    size_t eq = pair.find('=');
    auto name = PercentDecode(pair.substr(0, eq));
    if (!name.ok()) return name.status();
    auto value =
        PercentDecode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
    if (!value.ok()) {
      return Status::InvalidQuery("parameter \"" + name.value() +
                                  "\": " + value.status().message());
    }
    if (Status s = CheckParamText(name.value(), value.value()); !s.ok()) return s;
    params.items.emplace_back(std::move(name.value()), std::move(value.value()));
  }
  return params;
}

}  // namespace izdeu::searchd::http
