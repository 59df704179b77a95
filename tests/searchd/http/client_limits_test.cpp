// ClientLimits: per-client token bucket and in-flight cap (client_limits.h), on a fake clock.
#include "searchd/http/client_limits.h"

#include <gtest/gtest.h>

namespace izdeu::searchd::http {
namespace {

using Clock = ClientLimits::Clock;

TEST(ClientLimitsTest, ABurstThenTheSteadyRate) {
  ClientLimits limits({/*rate=*/2, /*burst=*/3, /*concurrency=*/0, /*limit_loopback=*/false});
  const auto t0 = Clock::now();
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limits.Admit("203.0.113.7", t0).admitted) << i;
  auto refused = limits.Admit("203.0.113.7", t0);
  EXPECT_FALSE(refused.admitted);
  EXPECT_EQ(refused.retry_after_s, 1);
  // Another client has its own bucket.
  EXPECT_TRUE(limits.Admit("198.51.100.1", t0).admitted);
  // Half a second later one token (2 per second) is back, and only one.
  const auto t1 = t0 + std::chrono::milliseconds(500);
  EXPECT_TRUE(limits.Admit("203.0.113.7", t1).admitted);
  EXPECT_FALSE(limits.Admit("203.0.113.7", t1).admitted);
}

TEST(ClientLimitsTest, InFlightCapIsReleasedWithTheAnswer) {
  ClientLimits limits({/*rate=*/0, /*burst=*/0, /*concurrency=*/2, /*limit_loopback=*/false});
  EXPECT_TRUE(limits.Admit("203.0.113.7").admitted);
  EXPECT_TRUE(limits.Admit("203.0.113.7").admitted);
  EXPECT_FALSE(limits.Admit("203.0.113.7").admitted);
  limits.Release("203.0.113.7");
  EXPECT_TRUE(limits.Admit("203.0.113.7").admitted);
}

TEST(ClientLimitsTest, LoopbackIsExemptUnlessAsked) {
  ClientLimits open({1, 1, 1, false});
  for (int i = 0; i < 10; ++i) EXPECT_TRUE(open.Admit("127.0.0.1").admitted);
  ClientLimits strict({1, 1, 1, true});
  EXPECT_TRUE(strict.Admit("127.0.0.1").admitted);
  EXPECT_FALSE(strict.Admit("127.0.0.1").admitted);
}

TEST(ClientLimitsTest, AFloodOfAddressesDoesNotGrowWithoutBound) {
  ClientLimits limits({10, 10, 0, false});
  const auto t0 = Clock::now();
  // Twice the remembered maximum, a second apart so their buckets are full again.
  for (size_t i = 0; i < 2 * ClientLimits::kMaxClients; ++i) {
    const std::string ip = "10." + std::to_string(i >> 16) + "." + std::to_string((i >> 8) & 255) +
                           "." + std::to_string(i & 255);
    ASSERT_TRUE(limits.Admit(ip, t0 + std::chrono::seconds(i)).admitted);
  }
  // Still admits and limits: nothing broke on the way.
  const auto later = t0 + std::chrono::seconds(3 * ClientLimits::kMaxClients);
  for (int i = 0; i < 10; ++i) EXPECT_TRUE(limits.Admit("203.0.113.9", later).admitted);
  EXPECT_FALSE(limits.Admit("203.0.113.9", later).admitted);
}

}  // namespace
}  // namespace izdeu::searchd::http
