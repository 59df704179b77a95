// The head of an HTTP request (request line and header fields, up to the blank line), watched
// as its bytes arrive on a connection, before Pistache parses anything.
// Why: Pistache 0.0.5 re-parses the whole head from its first byte every time more bytes arrive,
// on the one I/O thread that serves every client, so a 1 MB request line took 2 s and stalled
// all other clients. HeadScanner finds the end of the head in one pass over each byte and says
// when a line or the whole head is over its limit, so the connection is refused early and
// Pistache parses each head exactly once, when it is complete.
// Thread-safety: a HeadScanner belongs to one connection (used by its I/O thread only).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/status.h"

namespace izdeu::searchd::http {

class HeadScanner {
 public:
  enum class State {
    kNeedMore,      // the head is not complete yet
    kComplete,      // head() is the whole head, blank line included
    kLineTooLong,   // the request line is over max_line bytes
    kHeadTooLarge,  // the head is over max_head bytes
  };

  HeadScanner(size_t max_line, size_t max_head) : max_line_(max_line), max_head_(max_head) {}

  // Takes the next bytes of the connection. Once kComplete, `*head_bytes` (if given) is how many
  // bytes of `chunk` belong to the head; the rest starts the body. Bytes fed after kComplete or a
  // refusal are ignored until Reset.
  State Feed(std::string_view chunk, size_t* head_bytes = nullptr);
  const std::string& head() const { return head_; }
  State state() const { return state_; }
  // Ready for the next request on the same connection.
  void Reset();

 private:
  const size_t max_line_, max_head_;
  std::string head_;
  bool line_done_ = false;
  State state_ = State::kNeedMore;
};

// The Content-Length of a complete head: nullopt when it has none. InvalidQuery when the value is
// not a plain decimal number (negative, signed, empty, too long) or when two Content-Length
// fields disagree, as RFC 9112 section 6.3 asks a server to refuse.
Result<std::optional<uint64_t>> ContentLengthOf(std::string_view head);

// True when the head asks to close the connection after the answer: "Connection: close", or
// HTTP/1.0 without "Connection: keep-alive" (HTTP/1.1 keeps connections open by default).
bool WantsClose(std::string_view head);

}  // namespace izdeu::searchd::http
