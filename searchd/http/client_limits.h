// ClientLimits: per-client admission for the API. Each client (its IP address) has a token bucket
// (a steady rate of requests per second with a burst) and a cap on its requests in flight, so
// that one embedding site or one script cannot take the workers from everyone else. A refused
// request is answered 429 with Retry-After.
// Loopback clients are exempt unless `limit_loopback`: on 127.0.0.1 the client is the operator,
// a benchmark or a reverse proxy, which should apply its own limits per real client.
// Memory is bounded: at most kMaxClients addresses are remembered; idle ones are forgotten first.
// Thread-safety: all methods may be called from any thread.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace izdeu::searchd::http {

struct ClientLimitsConfig {
  double rate = 20;             // requests per second per client; 0 = no rate limit
  double burst = 40;            // requests a client may send at once after being idle
  unsigned concurrency = 8;     // requests in flight per client; 0 = no limit
  bool limit_loopback = false;  // also limit 127.0.0.0/8 and ::1
};

class ClientLimits {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr size_t kMaxClients = 100000;

  explicit ClientLimits(ClientLimitsConfig config) : config_(config) {}

  struct Admission {
    bool admitted = true;
    int retry_after_s = 0;  // when refused: seconds until the client may try again (>= 1)
    const char* reason = "";
  };
  // Admits one request of `client` now, or says why not. An admitted request holds one of the
  // client's in-flight slots until Release(client).
  Admission Admit(const std::string& client, Clock::time_point now = Clock::now());
  void Release(const std::string& client);
  // Whether `client` is subject to limits at all (false for loopback unless limit_loopback).
  bool Applies(const std::string& client) const;

 private:
  struct Entry {
    double tokens = 0;
    Clock::time_point refilled;
    unsigned in_flight = 0;
  };
  void ForgetIdle(Clock::time_point now);

  const ClientLimitsConfig config_;
  std::mutex mu_;
  std::unordered_map<std::string, Entry> clients_;
};

}  // namespace izdeu::searchd::http
