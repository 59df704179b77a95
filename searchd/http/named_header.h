// NamedHeader: a response header field that Pistache 0.0.5 has no class for (ETag, Vary,
// Retry-After, X-Content-Type-Options, Content-Security-Policy, Access-Control-Max-Age).
// Why: Pistache writes only typed headers; fields added with Collection::addRaw are silently
// left out of the answer. Never use it for a name Pistache has a class for (Cache-Control,
// Connection, Access-Control-Allow-*, ...): Pistache would cast it to that class.
#pragma once

#include <pistache/http_header.h>

#include <memory>
#include <ostream>
#include <string>

namespace izdeu::searchd::http {

class NamedHeader : public Pistache::Http::Header::Header {
 public:
  NamedHeader(std::string name, std::string value)
      : name_(std::move(name)), value_(std::move(value)) {}
  const char* name() const override { return name_.c_str(); }
  void write(std::ostream& os) const override { os << value_; }
  uint64_t hash() const override { return Pistache::Http::Header::detail::hash(name_.c_str()); }

 private:
  std::string name_, value_;
};

// Adds (or replaces) the field `name: value` on a response.
template <typename Response>
void SetHeader(Response& response, std::string name, std::string value) {
  response.headers().remove(name);
  response.headers().add(std::make_shared<NamedHeader>(std::move(name), std::move(value)));
}

}  // namespace izdeu::searchd::http
