// No handler markers here: what the handler calls, and what each call throws.
#include <stdexcept>
#include <string>

#include "errors.h"

namespace {
struct Hidden {};
} // namespace

void record(const std::string &payload) {
  if (payload.empty())
    throw auth::Denied("no payload");
}

void notify(const std::string &payload) {
  if (payload.size() > 4096)
    throw std::runtime_error("too large to notify");
}

void audit(const std::string &payload) {
  if (payload.find("admin") != std::string::npos)
    throw auth::Denied("admin sign-in");
}

void count(const std::string &payload) {
  if (payload.empty())
    throw Hidden{};
}
