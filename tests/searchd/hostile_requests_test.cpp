// The hostile-request suite: what anyone on the internet may send to an embedded izdeu, against
// the real izdeu-searchd over the sample corpus on 127.0.0.1. Each case must get a JSON 4xx or
// a bounded answer in bounded time, while the server keeps serving others and stays alive.
#include <gtest/gtest.h>
#include <poll.h>
#include <rapidjson/document.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <thread>

#include "tests/searchd/daemon_fixture.h"

namespace izdeu::testing {
namespace {

using Clock = std::chrono::steady_clock;

int Connect(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

void SendAll(int fd, const std::string& bytes) {
  for (size_t sent = 0; sent < bytes.size();) {
    ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;  // the server may close early on purpose
    sent += static_cast<size_t>(n);
  }
}

// Everything the server sends until it closes the connection or `wait` passes.
std::string ReadUntilClosed(int fd, std::chrono::milliseconds wait, bool* closed = nullptr) {
  std::string raw;
  const auto deadline = Clock::now() + wait;
  if (closed != nullptr) *closed = false;
  char buf[65536];
  while (Clock::now() < deadline) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 50) <= 0) continue;
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) {
      if (closed != nullptr) *closed = true;
      break;
    }
    raw.append(buf, static_cast<size_t>(n));
  }
  return raw;
}

int StatusOf(const std::string& raw) { return raw.size() >= 12 ? std::stoi(raw.substr(9, 3)) : 0; }
size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

long RssKb(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

class HostileRequestsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_GT(Port(), 0) << "izdeu-searchd did not start"; }
  void TearDown() override {
    EXPECT_TRUE(SampleServer::Get().Running()) << "izdeu-searchd died";
    // It still serves others, promptly.
    const auto started = Clock::now();
    EXPECT_EQ(HttpRequest(Port(), "GET", "/ping").status, 200);
    EXPECT_LT(Clock::now() - started, std::chrono::seconds(1));
  }
  static int Port() { return SampleServer::Get().port(); }

  // A 4xx JSON error with the given status.
  static void ExpectJsonError(const HttpResponse& r, int status, const std::string& what) {
    EXPECT_EQ(r.status, status) << what << "\n" << r.body;
    rapidjson::Document doc;
    doc.Parse(r.body.c_str());
    ASSERT_FALSE(doc.HasParseError()) << what << ": " << r.body;
    EXPECT_TRUE(doc.HasMember("error")) << what;
    EXPECT_NE(r.headers.find("application/json; charset=utf-8"), std::string::npos) << what;
  }
};

// Issue 10 item 1: empty, '*' and '"' queries and exports, many at once, crashed searchd
// (a copy of the global Xapian::Query::MatchAll on several threads).
TEST_F(HostileRequestsTest, ConcurrentEmptyStarPhraseQueriesAndExports) {
  const std::vector<std::string> targets = {"/search?q=&size=1",
                                            "/search?q=*&size=1",
                                            "/search?q=%22&size=1",
                                            "/search?q=%22%D2%9B%D0%BE%D2%93%D0%B0%D0%BC%D0%B4%D1%"
                                            "8B%D2%9B+%D0%BA%D0%B5%D2%A3%D0%B5%D1%81%22",
                                            "/export?q=*",
                                            "/search?q=&facets=org,year,month&size=0"};
  std::atomic<int> ok{0}, bad{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 8; ++t) {
    clients.emplace_back([&, t] {
      for (int i = 0; i < 250; ++i) {
        const std::string& target = targets[(t + i) % targets.size()];
        auto r = HttpRequest(Port(), "GET", target);
        if (r.status == 200 && r.complete) {
          ++ok;
        } else {
          ++bad;
          ADD_FAILURE() << target << ": " << r.status << " " << r.error << r.body.substr(0, 200);
        }
      }
    });
  }
  for (auto& c : clients) c.join();
  EXPECT_EQ(bad.load(), 0);
  EXPECT_EQ(ok.load(), 8 * 250);
}

TEST_F(HostileRequestsTest, BrokenTextAndNumbersAreClearErrors) {
  for (const std::string target : {
           "/search?q=%FF%FE",     // not UTF-8
           "/search?q=%C0%AF",     // overlong encoding of '/'
           "/search?q=%ED%A0%80",  // a UTF-16 surrogate
           "/search?q=%00",        // NUL: matched every article before
           "/search?q=a%01b",      // other control characters
           "/search?q=x&size=99999999999999999999999",
           "/search?q=x&size=-1",
           "/search?q=x&page=-5",
           "/search?q=x&page=18446744073709551617",
           "/search?q=x&facet_size=1e9",
           "/doc/%00",
       }) {
    ExpectJsonError(HttpRequest(Port(), "GET", target), 400, target);
  }
}

TEST_F(HostileRequestsTest, NegativeContentLengthIsRefusedAndTheConnectionClosed) {
  int fd = Connect(Port());
  ASSERT_GE(fd, 0);
  SendAll(fd, "POST /search HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n{}");
  bool closed = false;
  std::string raw = ReadUntilClosed(fd, std::chrono::seconds(3), &closed);
  ::close(fd);
  EXPECT_EQ(StatusOf(raw), 400) << raw;
  EXPECT_EQ(raw.find("_M_create"), std::string::npos) << raw;  // no exception text
  EXPECT_TRUE(closed);
}

TEST_F(HostileRequestsTest, OversizedBodyIsRefusedAndItsBytesNeverParsedAsRequests) {
  int fd = Connect(Port());
  ASSERT_GE(fd, 0);
  // A body over the 1 MiB limit that carries what looks like further requests.
  std::string smuggled;
  while (smuggled.size() < (2u << 20)) smuggled += "GET /ping HTTP/1.1\r\nHost: x\r\n\r\n";
  SendAll(fd, "POST /search HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                  std::to_string(smuggled.size()) + "\r\n\r\n" + smuggled);
  bool closed = false;
  std::string raw = ReadUntilClosed(fd, std::chrono::seconds(3), &closed);
  ::close(fd);
  EXPECT_EQ(StatusOf(raw), 413) << raw.substr(0, 300);
  EXPECT_EQ(Count(raw, "HTTP/1.1 "), 1u) << "bytes of the refused body were served as requests";
  EXPECT_TRUE(closed);
}

TEST_F(HostileRequestsTest, LongRequestLinesAndHeadsAreRefusedEarly) {
  // 1 MB request lines used to take the I/O thread 2 s each.
  const auto started = Clock::now();
  for (int i = 0; i < 5; ++i) {
    int fd = Connect(Port());
    ASSERT_GE(fd, 0);
    SendAll(fd, "GET /search?q=" + std::string(1 << 20, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n");
    std::string raw = ReadUntilClosed(fd, std::chrono::seconds(3));
    ::close(fd);
    EXPECT_EQ(StatusOf(raw), 414) << raw.substr(0, 200);
  }
  EXPECT_LT(Clock::now() - started, std::chrono::seconds(3));
  int fd = Connect(Port());
  std::string head = "GET /ping HTTP/1.1\r\n";
  for (int i = 0; i < 2000; ++i)
    head += "X-Filler-" + std::to_string(i) + ": " + std::string(40, 'z') + "\r\n";
  SendAll(fd, head + "\r\n");
  std::string raw = ReadUntilClosed(fd, std::chrono::seconds(3));
  ::close(fd);
  EXPECT_EQ(StatusOf(raw), 431) << raw.substr(0, 200);
}

TEST_F(HostileRequestsTest, DeepNestingAndHugeQueriesAreBounded) {
  const std::string deep_json(100000, '[');
  ExpectJsonError(HttpRequest(Port(), "POST", "/search", deep_json), 400, "deep JSON");
  ExpectJsonError(HttpRequest(Port(), "POST", "/batch", "{\"queries\":" + deep_json + "}"), 400,
                  "deep batch");
  // Deep parentheses, 10,000 words and a wildcard over everything: an error or an answer,
  // each within a few seconds.
  std::string parens = std::string(5000, '(') + "бюджет" + std::string(5000, ')');
  std::string words;
  for (int i = 0; i < 10000; ++i) words += (i % 2 ? "кеңес " : "қоғамдық ");
  for (const std::string& q : {parens, words, std::string("а*"), std::string("*а*")}) {
    const auto started = Clock::now();
    auto r = HttpRequest(Port(), "POST", "/search",
                         "{\"q\":\"" + q + "\",\"size\":5,\"facets\":\"org\"}");
    EXPECT_TRUE(r.status == 200 || r.status == 400) << r.status << " " << r.body.substr(0, 200);
    EXPECT_LT(Clock::now() - started, std::chrono::seconds(5)) << q.substr(0, 40);
  }
}

TEST_F(HostileRequestsTest, SlowAndVanishingClientsDoNotHoldUpOthers) {
  // A client that sends its request one byte at a time.
  std::atomic<bool> done{false};
  std::thread slow([&] {
    int fd = Connect(Port());
    const std::string request =
        "GET /search?q=%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82 HTTP/1.1\r\n"
        "Host: x\r\nConnection: close\r\n\r\n";
    for (char c : request) {
      if (done) break;
      SendAll(fd, std::string(1, c));
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ReadUntilClosed(fd, std::chrono::seconds(2));
    ::close(fd);
  });
  // Clients that ask for an export and leave after its first bytes.
  for (int i = 0; i < 10; ++i) {
    int fd = Connect(Port());
    SendAll(fd, "GET /export?q=* HTTP/1.1\r\nHost: x\r\n\r\n");
    char buf[100];
    (void)::recv(fd, buf, sizeof buf, 0);
    ::close(fd);
  }
  for (int i = 0; i < 20; ++i) {
    const auto started = Clock::now();
    EXPECT_EQ(HttpRequest(Port(), "GET", "/search?q=x&size=1").status, 200);
    EXPECT_LT(Clock::now() - started, std::chrono::milliseconds(500));
  }
  done = true;
  slow.join();
  // Every request has ended: nothing is left in flight.
  bool settled = false;
  for (int i = 0; i < 100 && !settled; ++i) {
    rapidjson::Document health;
    health.Parse(HttpRequest(Port(), "GET", "/health").body.c_str());
    settled = health.IsObject() && health["in_flight"].GetUint64() <= 1;  // this /health
    if (!settled) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_TRUE(settled);
}

TEST_F(HostileRequestsTest, TwoThousandIdleConnectionsDoNotStopService) {
  const long rss_before = RssKb(SampleServer::Get().pid());
  std::vector<int> idle;
  for (int i = 0; i < 2000; ++i) {
    int fd = Connect(Port());
    if (fd < 0) break;
    idle.push_back(fd);
  }
  EXPECT_EQ(idle.size(), 2000u);
  const auto started = Clock::now();
  EXPECT_EQ(HttpRequest(Port(), "GET", "/search?q=%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82").status,
            200);
  EXPECT_LT(Clock::now() - started, std::chrono::seconds(1));
  for (int fd : idle) ::close(fd);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  const long rss_after = RssKb(SampleServer::Get().pid());
  EXPECT_LT(rss_after, rss_before + 64 * 1024) << rss_before << " kB -> " << rss_after << " kB";
}

TEST_F(HostileRequestsTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  int fd = Connect(Port());
  ASSERT_GE(fd, 0);
  SendAll(fd, "GET /ping HTTP/1.1\r\nHost: x\r\n\r\n");
  std::string first = ReadUntilClosed(fd, std::chrono::milliseconds(300));
  SendAll(fd, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
  std::string second = ReadUntilClosed(fd, std::chrono::milliseconds(300));
  ::close(fd);
  EXPECT_EQ(StatusOf(first), 200);
  EXPECT_NE(first.find("Connection: Keep-Alive"), std::string::npos) << first;
  EXPECT_EQ(StatusOf(second), 200) << second;
}

TEST_F(HostileRequestsTest, EveryAnswerHasAContentTypeWithCharset) {
  for (const std::string target :
       {"/", "/a/000_8d05277bdd5f4c5e", "/widget.js", "/openapi.json", "/openapi.yaml", "/health",
        "/ping", "/search?q=x", "/export?q=x", "/orgs?prefix=a", "/doc/nope", "/nowhere"}) {
    auto r = HttpRequest(Port(), "GET", target);
    EXPECT_NE(r.headers.find("charset=utf-8"), std::string::npos) << target << "\n" << r.headers;
  }
}

// Per-client limits, on a daemon of its own that limits loopback clients too.
TEST(ClientLimitsIntegrationTest, ARushFromOneClientGets429WithRetryAfter) {
  Daemon daemon(SampleServer::Get().db().string(),
                {"--limit-loopback", "--client-rate", "5", "--client-burst", "5"});
  ASSERT_GT(daemon.port(), 0);
  int ok = 0, limited = 0;
  std::string retry_after;
  for (int i = 0; i < 20; ++i) {
    auto r = HttpRequest(daemon.port(), "GET", "/search?q=x&size=1");
    if (r.status == 200) ++ok;
    if (r.status == 429) {
      ++limited;
      retry_after = r.headers;
    }
  }
  EXPECT_GE(ok, 5);
  EXPECT_GE(limited, 10);
  EXPECT_NE(retry_after.find("Retry-After: "), std::string::npos) << retry_after;
  // Health and liveness are never limited.
  EXPECT_EQ(HttpRequest(daemon.port(), "GET", "/health").status, 200);
}

TEST(CorsIntegrationTest, OnlyAllowedOriginsMayCallTheApi) {
  Daemon daemon(SampleServer::Get().db().string(), {"--cors-origin", "https://allowed.example"});
  ASSERT_GT(daemon.port(), 0);
  auto with_origin = [&](const std::string& method, const std::string& origin) {
    auto r = HttpRequest(daemon.port(), method, "/search?q=x", "", "Origin: " + origin + "\r\n");
    return "HTTP/1.1 " + std::to_string(r.status) + " \r\n" + r.headers;
  };
  std::string allowed = with_origin("GET", "https://allowed.example");
  EXPECT_EQ(StatusOf(allowed), 200);
  EXPECT_NE(allowed.find("Access-Control-Allow-Origin: https://allowed.example"),
            std::string::npos);
  std::string refused = with_origin("GET", "https://evil.example");
  EXPECT_EQ(StatusOf(refused), 403);
  EXPECT_EQ(refused.find("Access-Control-Allow-Origin"), std::string::npos);
  EXPECT_EQ(StatusOf(with_origin("OPTIONS", "https://allowed.example")), 204);
  EXPECT_EQ(StatusOf(with_origin("OPTIONS", "https://evil.example")), 403);
}

// SIGTERM with requests in flight: they all get their whole answer, and the exit is clean.
TEST(CleanStopIntegrationTest, SigtermFinishesRequestsInFlight) {
  Daemon daemon(SampleServer::Get().db().string(), {"--bulk-threads", "1"});
  ASSERT_GT(daemon.port(), 0);
  std::string batch = "{\"queries\":[";
  for (int i = 0; i < 100; ++i) {
    batch += std::string(i ? "," : "") +
             "{\"q\":\"бюджет\",\"exact\":true,\"facets\":\"org,year,month\"}";
  }
  batch += "]}";
  std::vector<HttpResponse> answers(4);
  std::vector<std::thread> clients;
  for (auto& answer : answers) {
    clients.emplace_back([&] { answer = HttpRequest(daemon.port(), "POST", "/batch", batch); });
  }
  // Stop only once all four are in the server (slow under the sanitizers): what arrives after
  // SIGTERM is refused with 503 by design.
  for (int i = 0; i < 500; ++i) {
    rapidjson::Document health;
    health.Parse(HttpRequest(daemon.port(), "GET", "/health").body.c_str());
    if (health.IsObject() && health["in_flight"].GetUint64() >= 5) break;  // 4 + this /health
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  const int status = daemon.Stop();
  for (auto& c : clients) c.join();
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  for (const auto& answer : answers) {
    ASSERT_EQ(answer.status, 200) << answer.body.substr(0, 200);
    rapidjson::Document doc;
    doc.Parse(answer.body.c_str());
    ASSERT_FALSE(doc.HasParseError()) << answer.body.size();
    ASSERT_TRUE(doc.HasMember("results"));
    EXPECT_EQ(doc["results"].Size(), 100u);
  }
}

}  // namespace
}  // namespace izdeu::testing
