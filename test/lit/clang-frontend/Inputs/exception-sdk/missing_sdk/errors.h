// The SDK header exception-degraded.cpp includes, for the run with every header installed.
#pragma once
#include <stdexcept>
namespace sdk {
struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct Timeout : Error {
  using Error::Error;
};
void call();
} // namespace sdk
