#pragma once
#include <stdexcept>

namespace auth {
struct Denied : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct Throttled : std::logic_error {
  using std::logic_error::logic_error;
};
} // namespace auth
