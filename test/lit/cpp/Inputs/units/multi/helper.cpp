#include "notify.h"

#include <chrono>
#include <stdexcept>
#include <thread>

static void wait_for_audit_log() { std::this_thread::sleep_for(std::chrono::seconds(8)); }

void record_sign_in(const std::string &event) {
  wait_for_audit_log();
  if (event.empty())
    throw std::runtime_error("no event");
}
