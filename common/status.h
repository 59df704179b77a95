// Status and Result<T>: how izdeu reports expected failures (bad input, missing documents,
// I/O errors) without exceptions. Exceptions from Xapian are caught at the edges (indexer/,
// searchd/service/) and turned into a Status; only searchd/http/ maps codes to HTTP statuses.
// Thread-safety: plain values, safe to copy between threads.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace izdeu {

class [[nodiscard]] Status {
 public:
  // Domain codes, not transport codes. kOk is the only success.
  enum class Code { kOk, kInvalidQuery, kNotFound, kCorruptInput, kIOError, kUnavailable };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidQuery(std::string msg) { return {Code::kInvalidQuery, std::move(msg)}; }
  static Status NotFound(std::string msg) { return {Code::kNotFound, std::move(msg)}; }
  static Status CorruptInput(std::string msg) { return {Code::kCorruptInput, std::move(msg)}; }
  static Status IOError(std::string msg) { return {Code::kIOError, std::move(msg)}; }
  static Status Unavailable(std::string msg) { return {Code::kUnavailable, std::move(msg)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Result<T> holds either a value or a non-ok Status (std::expected arrives only in C++23).
// REQUIRES: value() only when ok(); status() is Ok when a value is held.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design, like expected
  Result(Status status) : status_(std::move(status)) {}  // NOLINT
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace izdeu
