// A routing table's lookup throws for a trigger source that is no key (std::out_of_range from at(),
// std::bad_function_call from the empty std::function operator[] made); a catch clause that logs
// and rethrows it lets it escape under those sources only. Here PostAuthentication_Authentication
// is no key of kPre: the rethrow fails the sign-in. Nothing when the keys cover the sources, when a
// membership test guards the lookup, or when an outer catch clause catches the rethrown type.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <exception>
#include <functional>
#include <iostream>
#include <stdexcept>
#include <string>
#include <unordered_map>

using namespace aws::lambda_runtime;
using json = nlohmann::json;

using Table = std::unordered_map<std::string, std::function<void(json &)>>;
static Table kPre = {{"PreAuthentication_Authentication", [](json &) {}}};
static Table kBoth = {{"PreAuthentication_Authentication", [](json &) {}},
                      {"PostAuthentication_Authentication", [](json &) {}}};

static invocation_response ok(const json &event) { return invocation_response::success(event.dump(), "application/json"); }

// triggerlint: trigger=PreAuthentication,PostAuthentication
invocation_response anyRethrow(invocation_request const &req) {
  auto event = json::parse(req.payload);
  const std::string src = event["triggerSource"];
  try {
    kPre.at(src)(event);
  } catch (...) {
    std::cerr << "no route\n";
    throw;
// CHECK: {{.*}}rethrown-routing-lookup.cpp:[[@LINE-1]]:5: error: 'throw' escapes the handler and fails the PostAuthentication trigger: {{.*}} [TL201 post-auth-blocking]
// CHECK-NEXT: {{.*}}rethrown-routing-lookup.cpp:28:1: note: annotated here as a PostAuthentication handler
// CHECK-NEXT: {{.*}}rethrown-routing-lookup.cpp:[[@LINE-3]]:5: error: 'throw' escapes the handler: {{.*}} [TL208 exception-escapes-handler]
// CHECK-NEXT: {{.*}}rethrown-routing-lookup.cpp:28:1: note: annotated here as a PostAuthentication handler
  }
  return ok(event);
}

// triggerlint: trigger=PreAuthentication,PostAuthentication
invocation_response caughtByBaseOutside(invocation_request const &req) {
  auto event = json::parse(req.payload);
  const std::string src = event["triggerSource"];
  try {
    try {
      kPre.at(src)(event);
    } catch (const std::exception &e) {
      std::cerr << e.what() << '\n';
      throw; // std::out_of_range, which the outer clause catches
    }
  } catch (const std::exception &e) {
    std::cerr << "ignored: " << e.what() << '\n';
  }
  return ok(event);
}

// triggerlint: trigger=PreAuthentication,PostAuthentication
invocation_response otherTypeOutside(invocation_request const &req) {
  auto event = json::parse(req.payload);
  const std::string src = event["triggerSource"];
  try {
    try {
      kPre.at(src)(event);
    } catch (const std::exception &e) {
      std::cerr << e.what() << '\n';
      throw;
// CHECK: {{.*}}rethrown-routing-lookup.cpp:[[@LINE-1]]:7: error: 'throw' escapes the handler and fails the PostAuthentication trigger: {{.*}} [TL201 post-auth-blocking]
// CHECK-NEXT: {{.*}}rethrown-routing-lookup.cpp:62:1: note: annotated here as a PostAuthentication handler
// CHECK-NEXT: {{.*}}rethrown-routing-lookup.cpp:[[@LINE-3]]:7: error: 'throw' escapes the handler: {{.*}} [TL208 exception-escapes-handler]
// CHECK-NEXT: {{.*}}rethrown-routing-lookup.cpp:62:1: note: annotated here as a PostAuthentication handler
    }
  } catch (const std::runtime_error &e) {
    std::cerr << "ignored: " << e.what() << '\n';
  }
  return ok(event);
}

// triggerlint: trigger=PreAuthentication,PostAuthentication
invocation_response membershipGuard(invocation_request const &req) {
  auto event = json::parse(req.payload);
  const std::string src = event["triggerSource"];
  try {
    if (kPre.count(src))
      kPre.at(src)(event);
  } catch (...) {
    throw; // only keys reach at(): nothing to rethrow
  }
  return ok(event);
}

// triggerlint: trigger=PreAuthentication,PostAuthentication
invocation_response emptyFunction(invocation_request const &req) {
  auto event = json::parse(req.payload);
  const std::string src = event["triggerSource"];
  try {
    kPre[src](event);
  } catch (...) {
    throw;
// CHECK: {{.*}}rethrown-routing-lookup.cpp:[[@LINE-1]]:5: error: 'throw' escapes the handler and fails the PostAuthentication trigger: {{.*}} [TL201 post-auth-blocking]
// CHECK-NEXT: {{.*}}rethrown-routing-lookup.cpp:96:1: note: annotated here as a PostAuthentication handler
// CHECK-NEXT: {{.*}}rethrown-routing-lookup.cpp:[[@LINE-3]]:5: error: 'throw' escapes the handler: {{.*}} [TL208 exception-escapes-handler]
// CHECK-NEXT: {{.*}}rethrown-routing-lookup.cpp:96:1: note: annotated here as a PostAuthentication handler
  }
  return ok(event);
}

// triggerlint: trigger=PreAuthentication,PostAuthentication
invocation_response keysCover(invocation_request const &req) {
  auto event = json::parse(req.payload);
  const std::string src = event["triggerSource"];
  try {
    kBoth[src](event);
    kBoth.at(src)(event);
  } catch (...) {
    std::rethrow_exception(std::current_exception()); // every source of both triggers is a key
  }
  return ok(event);
}

// triggerlint: trigger=PreAuthentication,PostAuthentication
invocation_response currentException(invocation_request const &req) {
  auto event = json::parse(req.payload);
  const std::string src = event["triggerSource"];
  try {
    kPre.at(src)(event);
  } catch (...) {
    std::rethrow_exception(std::current_exception());
// CHECK: {{.*}}rethrown-routing-lookup.cpp:[[@LINE-1]]:5: error: 'std::rethrow_exception' escapes the handler and fails the PostAuthentication trigger: {{.*}} [TL201 post-auth-blocking]
// CHECK-NEXT: {{.*}}rethrown-routing-lookup.cpp:125:1: note: annotated here as a PostAuthentication handler
// CHECK-NEXT: {{.*}}rethrown-routing-lookup.cpp:[[@LINE-3]]:5: error: 'std::rethrow_exception' escapes the handler: {{.*}} [TL208 exception-escapes-handler]
// CHECK-NEXT: {{.*}}rethrown-routing-lookup.cpp:125:1: note: annotated here as a PostAuthentication handler
  }
  return ok(event);
}

int main() {
  run_handler(anyRethrow);
  run_handler(caughtByBaseOutside);
  run_handler(otherTypeOutside);
  run_handler(membershipGuard);
  run_handler(emptyFunction);
  run_handler(keysCover);
  run_handler(currentException);
  return 0;
}
