#include "searchd/http/chunked_sender.h"

#include <pistache/peer.h>
#include <sys/socket.h>

#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <sstream>

namespace izdeu::searchd::http {

using namespace Pistache;

ChunkedSender::ChunkedSender(Http::ResponseWriter& writer, const std::string& content_type)
    : peer_(writer.getPeer()) {
  std::ostringstream head;
  head << "HTTP/1.1 200 OK\r\n";
  for (const auto& header : writer.headers().list()) {
    const std::string name = header->name();
    if (name == "Connection" || name == "Content-Type" || name == "Content-Length") continue;
    head << name << ": ";
    header->write(head);
    head << "\r\n";
  }
  head << "Content-Type: " << content_type << "\r\n"
       << "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
  head_ = head.str();
}

bool ChunkedSender::Send(std::string piece) {
  if (piece.empty()) return !failed_;
  char size[24];
  std::snprintf(size, sizeof size, "%zx\r\n", piece.size());
  std::string bytes = std::move(head_);
  head_.clear();
  bytes += size;
  bytes += piece;
  bytes += "\r\n";
  return Write(std::move(bytes), /*close_after=*/false);
}

void ChunkedSender::Finish() {
  std::string bytes = std::move(head_);
  head_.clear();
  bytes += "0\r\n\r\n";
  Write(std::move(bytes), /*close_after=*/true);
}

void ChunkedSender::Abort() {
  failed_ = true;
  if (auto peer = peer_.lock()) {
    // An empty write whose completion closes the connection, after what was queued before it.
    std::weak_ptr<Tcp::Peer> weak = peer_;
    peer->send(RawBuffer(std::string(), 0))
        .then(
            [weak](ssize_t) {
              if (auto p = weak.lock()) ::shutdown(p->fd(), SHUT_RDWR);
            },
            [](std::exception_ptr&) {});
  }
}

bool ChunkedSender::Write(std::string bytes, bool close_after) {
  if (failed_) return false;
  // The worker waits here for the I/O thread to have written the bytes: one piece in memory.
  struct Completion {
    std::mutex mu;
    std::condition_variable cv;
    int state = 0;  // 0 pending, 1 written, -1 failed
    void Set(int s) {
      std::lock_guard lock(mu);
      state = s;
      cv.notify_all();
    }
  };
  auto done = std::make_shared<Completion>();
  {
    auto peer = peer_.lock();
    if (!peer) return !(failed_ = true);
    const size_t size = bytes.size();
    std::weak_ptr<Tcp::Peer> weak = peer_;
    peer->send(RawBuffer(std::move(bytes), size))
        .then(
            [done, close_after, weak](ssize_t) {
              // On the I/O thread, right after the write succeeded: the descriptor is still
              // this connection's.
              if (close_after) {
                if (auto p = weak.lock()) ::shutdown(p->fd(), SHUT_RDWR);
              }
              done->Set(1);
            },
            [done](std::exception_ptr&) { done->Set(-1); });
  }
  const auto deadline = std::chrono::steady_clock::now() + kStallLimit;
  std::unique_lock lock(done->mu);
  while (done->state == 0) {
    // A vanished client's pending write may never complete: look at the connection now and then.
    done->cv.wait_for(lock, std::chrono::milliseconds(100));
    if (done->state == 0 && (peer_.expired() || std::chrono::steady_clock::now() > deadline)) {
      failed_ = true;
      return false;
    }
  }
  if (done->state < 0) failed_ = true;
  return !failed_;
}

}  // namespace izdeu::searchd::http
