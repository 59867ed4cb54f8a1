#pragma once
// SHA-256 (FIPS 180-4): names cache entries by the content they depend on. A cryptographic hash,
// not a fast one: handler sources come from pull requests, and a hash an attacker can collide
// would let one file stand for another in a shared CI cache.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace tl::cache {

/// An incremental SHA-256 digest.
class Sha256 {
public:
  Sha256();
  void update(std::string_view bytes);
  /// The digest as 64 lowercase hex digits; the object is spent afterwards.
  std::string hexDigest();

private:
  void block(const unsigned char *p);
  std::array<uint32_t, 8> state_;
  std::array<unsigned char, 64> buffer_{};
  size_t buffered_ = 0;
  uint64_t length_ = 0; // bytes so far
};

/// The SHA-256 of `bytes`, hex.
std::string sha256Hex(std::string_view bytes);

} // namespace tl::cache
