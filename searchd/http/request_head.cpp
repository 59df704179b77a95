#include "searchd/http/request_head.h"

#include <algorithm>
#include <cctype>

namespace izdeu::searchd::http {
namespace {

constexpr std::string_view kEndOfHead = "\r\n\r\n";

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Calls `visit(name, value)` for every header field of `head` (the request line skipped).
template <typename Visit>
void ForEachField(std::string_view head, Visit visit) {
  size_t at = head.find("\r\n");
  while (at != std::string_view::npos) {
    at += 2;
    size_t end = head.find("\r\n", at);
    if (end == std::string_view::npos || end == at) return;
    std::string_view line = head.substr(at, end - at);
    size_t colon = line.find(':');
    if (colon != std::string_view::npos)
      visit(Trim(line.substr(0, colon)), Trim(line.substr(colon + 1)));
    at = end;
  }
}

}  // namespace

HeadScanner::State HeadScanner::Feed(std::string_view chunk, size_t* head_bytes) {
  if (state_ != State::kNeedMore) return state_;
  // Look for the end of the head only where it can be: in the new bytes and the 3 before them.
  const size_t old_size = head_.size();
  const size_t take = std::min(chunk.size(), max_head_ + kEndOfHead.size() - old_size);
  head_.append(chunk.data(), take);
  if (!line_done_) {
    size_t eol = head_.find("\r\n", old_size > 0 ? old_size - 1 : 0);
    if (eol != std::string::npos) {
      line_done_ = true;
      if (eol > max_line_) return state_ = State::kLineTooLong;
    } else if (head_.size() > max_line_) {
      return state_ = State::kLineTooLong;
    }
  }
  size_t end = head_.find(kEndOfHead, old_size >= 3 ? old_size - 3 : 0);
  if (end == std::string::npos) {
    if (head_.size() > max_head_) state_ = State::kHeadTooLarge;
    return state_;
  }
  head_.resize(end + kEndOfHead.size());
  if (head_.size() > max_head_) return state_ = State::kHeadTooLarge;
  if (head_bytes != nullptr) *head_bytes = head_.size() - old_size;
  return state_ = State::kComplete;
}

void HeadScanner::Reset() {
  head_.clear();
  line_done_ = false;
  state_ = State::kNeedMore;
}

Result<std::optional<uint64_t>> ContentLengthOf(std::string_view head) {
  std::optional<uint64_t> length;
  Status error;
  ForEachField(head, [&](std::string_view name, std::string_view value) {
    if (!error.ok() || !EqualsIgnoringCase(name, "content-length")) return;
    // Digits only, at most 18 of them: "-5", "+5", "5 5" and 2^64 are all refused.
    const bool digits =
        !value.empty() && value.size() <= 18 &&
        std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits) {
      error = Status::InvalidQuery("Content-Length must be a decimal number of bytes");
      return;
    }
    const uint64_t n = std::stoull(std::string(value));
    if (length && *length != n) {
      error = Status::InvalidQuery("two different Content-Length fields");
      return;
    }
    length = n;
  });
  if (!error.ok()) return error;
  return length;
}

bool WantsClose(std::string_view head) {
  const std::string_view line = head.substr(0, head.find("\r\n"));
  const bool http10 = line.size() >= 8 && line.substr(line.size() - 8) == "HTTP/1.0";
  bool close = false, keep_alive = false;
  ForEachField(head, [&](std::string_view name, std::string_view value) {
    if (!EqualsIgnoringCase(name, "connection")) return;
    if (EqualsIgnoringCase(value, "close")) close = true;
    if (EqualsIgnoringCase(value, "keep-alive")) keep_alive = true;
  });
  return close || (http10 && !keep_alive);
}

}  // namespace izdeu::searchd::http
