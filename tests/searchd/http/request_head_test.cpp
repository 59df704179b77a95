// HeadScanner, ContentLengthOf and WantsClose: the checks searchd makes on a request head before
// Pistache parses it (request_head.h).
#include "searchd/http/request_head.h"

#include <gtest/gtest.h>

namespace izdeu::searchd::http {
namespace {

using State = HeadScanner::State;

TEST(HeadScannerTest, FindsTheEndOfAHeadSplitAcrossPackets) {
  const std::string request =
      "GET /search?q=%D2%9B%D0%BE%D2%93%D0%B0%D0%BC HTTP/1.1\r\nHost: x\r\n\r\nBODY";
  // Every split point, including inside the blank line.
  for (size_t cut = 1; cut < request.size(); ++cut) {
    HeadScanner scanner(1024, 4096);
    size_t head_bytes = 0;
    State first = scanner.Feed(std::string_view(request).substr(0, cut), &head_bytes);
    if (first != State::kComplete) {
      ASSERT_EQ(first, State::kNeedMore) << cut;
      ASSERT_EQ(scanner.Feed(std::string_view(request).substr(cut), &head_bytes), State::kComplete)
          << cut;
    }
    EXPECT_EQ(scanner.head(), request.substr(0, request.size() - 4)) << cut;
  }
}

TEST(HeadScannerTest, RefusesLongLinesAndLargeHeadsWithoutHoldingThem) {
  HeadScanner line(100, 1000);
  EXPECT_EQ(line.Feed("GET /" + std::string(60, 'a')), State::kNeedMore);
  EXPECT_EQ(line.Feed(std::string(60, 'a')), State::kLineTooLong);
  EXPECT_EQ(line.Feed(" HTTP/1.1\r\n\r\n"), State::kLineTooLong);  // stays refused

  HeadScanner head(100, 1000);
  EXPECT_EQ(head.Feed("GET / HTTP/1.1\r\n"), State::kNeedMore);
  for (int i = 0; i < 200 && head.state() == State::kNeedMore; ++i) head.Feed("X-A: b\r\n");
  EXPECT_EQ(head.state(), State::kHeadTooLarge);
  EXPECT_LE(head.head().size(), 1004u);  // a flood is not kept in memory
  head.Reset();
  EXPECT_EQ(head.Feed("GET / HTTP/1.1\r\n\r\n"), State::kComplete);
}

TEST(ContentLengthTest, AcceptsPlainNumbersOnly) {
  auto length = [](const std::string& value) {
    return ContentLengthOf("POST /search HTTP/1.1\r\nHost: x\r\nContent-Length: " + value +
                           "\r\n\r\n");
  };
  ASSERT_TRUE(length("42").ok());
  EXPECT_EQ(*length("42").value(), 42u);
  EXPECT_EQ(*length(" 7 ").value(), 7u);
  for (const char* bad : {"-5", "+5", "", "5 5", "0x10", "99999999999999999999", "١٢"}) {
    EXPECT_FALSE(length(bad).ok()) << bad;
  }
  auto none = ContentLengthOf("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none.value().has_value());
  EXPECT_FALSE(
      ContentLengthOf("POST / HTTP/1.1\r\ncontent-length: 3\r\nContent-Length: 4\r\n\r\n").ok());
  EXPECT_TRUE(
      ContentLengthOf("POST / HTTP/1.1\r\ncontent-length: 3\r\nContent-Length: 3\r\n\r\n").ok());
}

TEST(WantsCloseTest, FollowsHttpVersionsAndTheConnectionField) {
  EXPECT_FALSE(WantsClose("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
  EXPECT_TRUE(WantsClose("GET / HTTP/1.1\r\nConnection: close\r\n\r\n"));
  EXPECT_TRUE(WantsClose("GET / HTTP/1.0\r\n\r\n"));
  EXPECT_FALSE(WantsClose("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"));
}

}  // namespace
}  // namespace izdeu::searchd::http
