// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see Aws.h).
#pragma once
#include <utility>

namespace Aws {
namespace Utils {
template <typename R, typename E> class Outcome {
public:
  Outcome();
  Outcome(const R &r);
  Outcome(const E &e);
  bool IsSuccess() const;
  const R &GetResult() const;
  R &GetResult();
  R &&GetResultWithOwnership();
  const E &GetError() const;
};
} // namespace Utils
} // namespace Aws
