#include "searchd/http/chunked_sender.h"

#include <pistache/peer.h>

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
    if (name == "Content-Type" || name == "Content-Length") continue;
    head << name << ": ";
    header->write(head);
    head << "\r\n";
  }
  head << "Content-Type: " << content_type << "\r\n"
       << "Transfer-Encoding: chunked\r\n\r\n";
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
  return Write(std::move(bytes));
}

void ChunkedSender::Finish() {
  std::string bytes = std::move(head_);
  head_.clear();
  bytes += "0\r\n\r\n";
  Write(std::move(bytes));
}

bool ChunkedSender::Write(std::string bytes) {
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
    // The continuation may run on the I/O thread or, when the write is already done, here.
    peer->send(RawBuffer(std::move(bytes), size))
        .then([done](ssize_t) { done->Set(1); }, [done](std::exception_ptr&) { done->Set(-1); });
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
