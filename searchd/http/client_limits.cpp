#include "searchd/http/client_limits.h"

#include <algorithm>
#include <cmath>

namespace izdeu::searchd::http {

bool ClientLimits::Applies(const std::string& client) const {
  if (config_.limit_loopback) return true;
  const bool loopback = client.rfind("127.", 0) == 0 || client == "::1" ||
                        client.rfind("::ffff:127.", 0) == 0 || client == "localhost";
  return !loopback;
}

ClientLimits::Admission ClientLimits::Admit(const std::string& client, Clock::time_point now) {
  if (!Applies(client) || (config_.rate <= 0 && config_.concurrency == 0)) return {};
  std::lock_guard lock(mu_);
  if (clients_.size() >= kMaxClients) ForgetIdle(now);
  auto [it, added] = clients_.try_emplace(client);
  Entry& e = it->second;
  if (added) {
    e.tokens = config_.burst;
    e.refilled = now;
  }
  if (config_.concurrency > 0 && e.in_flight >= config_.concurrency) {
    return {false, 1, "too many requests in flight from this client"};
  }
  if (config_.rate > 0) {
    const double seconds = std::chrono::duration<double>(now - e.refilled).count();
    e.tokens = std::min(config_.burst, e.tokens + seconds * config_.rate);
    e.refilled = now;
    if (e.tokens < 1) {
      const int wait = static_cast<int>(std::ceil((1 - e.tokens) / config_.rate));
      return {false, std::max(1, wait), "too many requests from this client"};
    }
    e.tokens -= 1;
  }
  if (config_.concurrency > 0) ++e.in_flight;
  return {};
}

void ClientLimits::Release(const std::string& client) {
  if (!Applies(client) || config_.concurrency == 0) return;
  std::lock_guard lock(mu_);
  auto it = clients_.find(client);
  if (it != clients_.end() && it->second.in_flight > 0) --it->second.in_flight;
}

// Drops clients with nothing in flight whose bucket would be full again by now: forgetting them
// changes nothing for them. If that frees too little (a flood of new addresses), drops every
// client with nothing in flight.
void ClientLimits::ForgetIdle(Clock::time_point now) {
  const auto refill =
      std::chrono::duration<double>(config_.rate > 0 ? config_.burst / config_.rate : 0);
  std::erase_if(clients_, [&](const auto& item) {
    return item.second.in_flight == 0 && now - item.second.refilled >= refill;
  });
  if (clients_.size() >= kMaxClients / 2) {
    std::erase_if(clients_, [](const auto& item) { return item.second.in_flight == 0; });
  }
}

}  // namespace izdeu::searchd::http
