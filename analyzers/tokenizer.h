// Splits UTF-8 text into segments with ICU word-break iteration (UAX #29 with ICU's dictionary
// rules). Invariant: the segments, joined in order, reproduce the input byte for byte; every
// segment carries its byte offsets, which snippets and highlighting rely on.
// Thread-safety: a Tokenizer holds an ICU BreakIterator and must be used by one thread at a time;
// make one per thread (they are cheap to create).
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <type_traits>
#include <utility>

namespace izdeu::analyzers {

struct Segment {
  uint32_t start = 0;    // byte offset of the first byte
  uint32_t end = 0;      // byte offset one past the last byte
  bool is_word = false;  // letters or digits (ICU rule status >= UBRK_WORD_NONE_LIMIT)
};

// Calls sink(args...) and tells whether the iteration goes on: a sink that returns bool stops it
// by returning false, one that returns nothing never stops it.
template <typename Sink, typename... Args>
bool CallSink(Sink& sink, Args&&... args) {
  if constexpr (std::is_same_v<std::invoke_result_t<Sink&, Args...>, bool>) {
    return sink(std::forward<Args>(args)...);
  } else {
    sink(std::forward<Args>(args)...);
    return true;
  }
}

class Tokenizer {
 public:
  Tokenizer();
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Calls sink(Segment) for each segment of `text`, in order. Invalid UTF-8 is tolerated (ICU
  // treats bad bytes as U+FFFD, one segment each). REQUIRES: text.size() < 4 GiB.
  template <typename Sink>
  void Split(std::string_view text, Sink&& sink) {
    Begin(text);
    Segment seg;
    while (Next(&seg)) sink(seg);
  }

  // Convenience: calls sink(std::string_view word, Segment) for word segments only. A sink that
  // returns bool stops the iteration by returning false.
  template <typename Sink>
  void Words(std::string_view text, Sink&& sink) {
    Begin(text);
    Segment seg;
    while (Next(&seg)) {
      if (!seg.is_word) continue;
      if (!CallSink(sink, text.substr(seg.start, seg.end - seg.start), seg)) return;
    }
  }

 private:
  void Begin(std::string_view text);
  bool Next(Segment* seg);

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace izdeu::analyzers
