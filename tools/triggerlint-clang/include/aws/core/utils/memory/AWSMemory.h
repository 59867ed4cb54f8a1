// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see Aws.h).
#pragma once
#include <memory>
#include <utility>

namespace Aws {
template <typename T, typename... Args> std::shared_ptr<T> MakeShared(const char *allocationTag, Args &&...args) {
  (void)allocationTag;
  return std::make_shared<T>(std::forward<Args>(args)...);
}
template <typename T, typename... Args> T *New(const char *allocationTag, Args &&...args) {
  (void)allocationTag;
  return new T(std::forward<Args>(args)...);
}
template <typename T> void Delete(T *p) { delete p; }
} // namespace Aws
