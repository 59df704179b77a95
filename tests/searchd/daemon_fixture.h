// Test helpers that run the real binaries: izdeu-indexer over a corpus, izdeu-searchd on a free
// port on 127.0.0.1, and a minimal HTTP/1.1 client (one request per connection).
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace izdeu::testing {

struct HttpResponse {
  int status = 0;
  std::string headers;
  std::string body;
  bool complete = true;  // false: a chunked answer ended before its last chunk
  std::string error;     // why there is no answer (status 0)
};

// The body of a chunked answer; `*complete` says whether its last (empty) chunk arrived.
inline std::string DecodeChunked(const std::string& raw, bool* complete) {
  std::string body;
  size_t at = 0;
  *complete = false;
  while (at < raw.size()) {
    size_t eol = raw.find("\r\n", at);
    if (eol == std::string::npos) break;
    size_t size = std::stoul(raw.substr(at, eol - at), nullptr, 16);
    if (size == 0) {
      *complete = true;
      break;
    }
    if (eol + 2 + size > raw.size()) break;
    body += raw.substr(eol + 2, size);
    at = eol + 2 + size + 2;
  }
  return body;
}

// Sends `method path` (with an optional body) to 127.0.0.1:port and reads the whole answer.
// `extra_headers`: more header lines, each ending in \r\n.
inline HttpResponse HttpRequest(int port, const std::string& method, const std::string& target,
                                const std::string& body = "",
                                const std::string& extra_headers = "") {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    HttpResponse failed;
    failed.error = std::string("connect: ") + std::strerror(errno);
    ::close(fd);
    return failed;
  }
  std::string request = method + " " + target +
                        " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extra_headers;
  if (!body.empty() || method == "POST") {
    request +=
        "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  }
  request += "\r\n" + body;
  for (size_t sent = 0; sent < request.size();) {
    ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<size_t>(n);
  }
  std::string raw;
  char buf[65536];
  timeval timeout{10, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  // Read until the answer is complete: Content-Length satisfied, the last chunk of a chunked
  // answer, or the end of the stream (searchd keeps HTTP/1.1 connections open otherwise).
  std::string error;
  for (;;) {
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n < 0) error = std::string("recv: ") + std::strerror(errno);
    if (n <= 0) break;
    raw.append(buf, static_cast<size_t>(n));
    size_t header_end = raw.find("\r\n\r\n");
    if (header_end == std::string::npos) continue;
    std::string lower = raw.substr(0, header_end);
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.find("transfer-encoding: chunked") != std::string::npos) {
      if (raw.size() >= 5 && raw.compare(raw.size() - 5, 5, "0\r\n\r\n") == 0) break;
      continue;
    }
    size_t cl = lower.find("content-length:");
    if (cl != std::string::npos && raw.size() >= header_end + 4 + std::stoul(lower.substr(cl + 15)))
      break;
  }
  ::close(fd);
  HttpResponse response;
  size_t header_end = raw.find("\r\n\r\n");
  if (raw.size() < 12 || header_end == std::string::npos) {
    response.error =
        error.empty() ? "closed after " + std::to_string(raw.size()) + " bytes" : error;
    return response;
  }
  response.status = std::stoi(raw.substr(9, 3));
  response.headers = raw.substr(0, header_end);
  response.body = raw.substr(header_end + 4);
  std::string lower = response.headers;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.find("transfer-encoding: chunked") != std::string::npos) {
    response.body = DecodeChunked(response.body, &response.complete);
  }
  return response;
}

inline std::string PercentEncode(const std::string& text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

// Runs izdeu-indexer on `inputs` into `db`; returns its exit status.
inline int RunIndexer(const std::string& db, const std::string& inputs) {
  std::string cmd = std::string(IZDEU_BINARY_DIR) + "/indexer/izdeu-indexer --quiet --db " + db +
                    " " + inputs + " 2>/dev/null";
  return std::system(cmd.c_str());
}

// izdeu-searchd as a child process on a free port; stopped with SIGTERM on destruction.
class Daemon {
 public:
  // `extra`: more command-line options for izdeu-searchd.
  explicit Daemon(const std::string& db, const std::vector<std::string>& extra = {}) {
    int out[2];
    if (::pipe(out) != 0) throw std::runtime_error("pipe");
    std::string bin = std::string(IZDEU_BINARY_DIR) + "/searchd/izdeu-searchd";
    std::vector<std::string> args = {bin, "--db", db, "--port", "0", "--threads", "2"};
    args.insert(args.end(), extra.begin(), extra.end());
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_ = ::fork();
    if (pid_ == 0) {
      // Dies with the test: a test that aborts must not leave a daemon holding ctest's pipes.
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);
      ::dup2(out[1], STDOUT_FILENO);
      ::close(out[0]);
      ::execv(bin.c_str(), argv.data());
      ::_exit(127);
    }
    ::close(out[1]);
    // The daemon prints "izdeu-searchd: listening on http://127.0.0.1:PORT/ ..." when ready.
    FILE* f = ::fdopen(out[0], "r");
    char line[512] = {0};
    if (f != nullptr && std::fgets(line, sizeof line, f) != nullptr) {
      std::string s(line);
      size_t colon = s.find("127.0.0.1:");
      if (colon != std::string::npos) port_ = std::stoi(s.substr(colon + 10));
    }
    if (f != nullptr) std::fclose(f);
  }
  ~Daemon() { Stop(); }
  // Sends SIGTERM and waits; returns the wait status (see waitpid), or -1 if already stopped.
  int Stop() {
    if (pid_ <= 0) return -1;
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return status;
  }
  // True while the process runs (it has not exited or crashed).
  bool Running() const {
    int status = 0;
    return pid_ > 0 && ::waitpid(pid_, &status, WNOHANG) == 0;
  }
  int port() const { return port_; }
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

// Index of the shipped sample corpus served by a real izdeu-searchd, shared by the tests of one
// process (built on first use, removed at exit).
class SampleServer {
 public:
  static SampleServer& Get() {
    static SampleServer server;
    return server;
  }
  int port() const { return daemon_ ? daemon_->port() : 0; }
  pid_t pid() const { return daemon_ ? daemon_->pid() : -1; }
  bool Running() const { return daemon_ && daemon_->Running(); }
  const std::filesystem::path& db() const { return db_; }

 private:
  SampleServer() {
    db_ = std::filesystem::temp_directory_path() / ("izdeu-it-" + std::to_string(::getpid()));
    std::filesystem::remove_all(db_);
    if (RunIndexer(db_.string(), std::string(IZDEU_SOURCE_DIR) + "/corpus/sample") == 0) {
      daemon_ = std::make_unique<Daemon>(db_.string());
    }
  }
  ~SampleServer() {
    daemon_.reset();
    std::filesystem::remove_all(db_);
  }
  std::filesystem::path db_;
  std::unique_ptr<Daemon> daemon_;
};

}  // namespace izdeu::testing
