// ChunkedSender: a 200 answer of unknown length sent in pieces (Transfer-Encoding: chunked) from
// a worker thread, with constant memory whatever its size.
// Why not Pistache's ResponseStream: it queues every flushed piece and never says when one was
// written, so a slow client made searchd hold the whole export (51 MB at 100k articles). Here
// each piece is handed to the connection and Send waits until the socket took it; a client that
// stops reading for kStallLimit or goes away ends the export, and the worker is free again.
// The connection stays open after the last chunk (keep-alive), as for any answer.
// Thread-safety: one sender per answer, used by one thread.
#pragma once

#include <pistache/http.h>

#include <chrono>
#include <memory>
#include <string>

namespace izdeu::searchd::http {

class ChunkedSender {
 public:
  static constexpr std::chrono::seconds kStallLimit{30};

  // Takes the headers from `writer` (which must not have sent anything), with `content_type`
  // (charset included); nothing is written before the first Send.
  ChunkedSender(Pistache::Http::ResponseWriter& writer, const std::string& content_type);

  // Sends one piece (the head first, the first time); false when the client is gone or stalled,
  // after which the sender does nothing more.
  bool Send(std::string piece);
  // Ends the answer properly (the last, empty chunk).
  void Finish();

 private:
  bool Write(std::string bytes);

  std::weak_ptr<Pistache::Tcp::Peer> peer_;
  std::string head_;
  bool failed_ = false;
};

}  // namespace izdeu::searchd::http
