// Shared by the post-authentication handler only: editing it must re-parse that handler alone.
#pragma once
#include <stdexcept>

inline void record_sign_in(bool ok) {
  if (!ok)
    throw std::runtime_error("audit write failed");
}
