#include "cache/sha256.h"

#include <gtest/gtest.h>

#include <string>

namespace {

// FIPS 180-4 examples (NIST CSRC "SHA256.pdf", "SHA2_Additional.pdf").
TEST(Sha256, KnownDigests) {
  EXPECT_EQ(tl::cache::sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(tl::cache::sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(tl::cache::sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(tl::cache::sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// Every length around the block and padding boundaries, fed whole and in pieces of every size.
TEST(Sha256, PiecesGiveTheWholeDigest) {
  for (size_t n : {55u, 56u, 63u, 64u, 65u, 119u, 120u, 128u, 1000u}) {
    std::string text;
    for (size_t i = 0; i < n; ++i)
      text += static_cast<char>('a' + i % 26);
    const std::string whole = tl::cache::sha256Hex(text);
    for (size_t piece : {1u, 3u, 63u, 64u, 65u}) {
      tl::cache::Sha256 h;
      for (size_t at = 0; at < n; at += piece)
        h.update(std::string_view(text).substr(at, piece));
      EXPECT_EQ(h.hexDigest(), whole) << n << " bytes in pieces of " << piece;
    }
  }
}

} // namespace
