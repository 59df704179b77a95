#include "searchd/http/params.h"

#include <gtest/gtest.h>

namespace izdeu::searchd::http {
namespace {

TEST(ParamsTest, DecodesPercentEncodedCyrillicAndPlus) {
  auto p =
      ParseQueryString("q=%D2%9A%D0%BE%D2%93%D0%B0%D0%BC+%D0%BA%D0%B5%D2%A3%D0%B5%D1%81&page=2");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(*p->Get("q"), "Қоғам кеңес");
  EXPECT_EQ(*p->Get("page"), "2");
  EXPECT_EQ(p->Get("size"), nullptr);
}

TEST(ParamsTest, KeepsRepeatedParameters) {
  auto p = ParseQueryString("org=a&org=b&q=");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->GetAll("org"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(*p->Get("q"), "");
}

TEST(ParamsTest, RejectsBrokenEscapesAndInvalidUtf8) {
  EXPECT_FALSE(PercentDecode("abc%").ok());
  EXPECT_FALSE(PercentDecode("abc%4").ok());
  EXPECT_FALSE(PercentDecode("%zz").ok());
  EXPECT_FALSE(PercentDecode("%FF%FE").ok());
  EXPECT_FALSE(PercentDecode("%C0%AF").ok());  // overlong '/'
  EXPECT_TRUE(PercentDecode("%25").ok());
  EXPECT_EQ(PercentDecode("%25").value(), "%");
}

}  // namespace
}  // namespace izdeu::searchd::http
