#include "source/unsigned_decimal.h"

#include <gtest/gtest.h>

using tl::parseUnsignedDecimal;

TEST(UnsignedDecimal, DigitsOnly) {
  EXPECT_EQ(parseUnsignedDecimal("0"), 0u);
  EXPECT_EQ(parseUnsignedDecimal("33554432"), 33554432u);
  EXPECT_EQ(parseUnsignedDecimal("18446744073709551615"), UINT64_MAX);
  EXPECT_EQ(parseUnsignedDecimal("18446744073709551616"), std::nullopt); // overflow
  EXPECT_EQ(parseUnsignedDecimal(""), std::nullopt);
  EXPECT_EQ(parseUnsignedDecimal("abc"), std::nullopt);
  EXPECT_EQ(parseUnsignedDecimal("-1"), std::nullopt); // strtoull made this 2^64-1
  EXPECT_EQ(parseUnsignedDecimal("+1"), std::nullopt);
  EXPECT_EQ(parseUnsignedDecimal(" 1"), std::nullopt);
  EXPECT_EQ(parseUnsignedDecimal("1 "), std::nullopt);
  EXPECT_EQ(parseUnsignedDecimal("16MiB"), std::nullopt);
  EXPECT_EQ(parseUnsignedDecimal("1.5"), std::nullopt); // no fraction asked for
}

TEST(UnsignedDecimal, ScaledFraction) {
  EXPECT_EQ(parseUnsignedDecimal("1.5", 3), 1500u);
  EXPECT_EQ(parseUnsignedDecimal("0.25", 3), 250u);
  EXPECT_EQ(parseUnsignedDecimal("2", 3), 2000u);
  EXPECT_EQ(parseUnsignedDecimal(".5", 3), 500u);
  EXPECT_EQ(parseUnsignedDecimal("5.", 3), 5000u);
  EXPECT_EQ(parseUnsignedDecimal("0.0001", 3), std::nullopt); // finer than asked
  EXPECT_EQ(parseUnsignedDecimal(".", 3), std::nullopt);
  EXPECT_EQ(parseUnsignedDecimal("1.2.3", 3), std::nullopt);
  EXPECT_EQ(parseUnsignedDecimal("1e3", 3), std::nullopt);
  EXPECT_EQ(parseUnsignedDecimal("18446744073709552", 3), std::nullopt); // overflows once scaled
}
