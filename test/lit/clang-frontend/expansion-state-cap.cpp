// The expansion keeps at most 16 states per function (call_path_visits.cpp). Each of these 22
// levels calls the next under a guard of its own or under its exclusion, so the leaf is reached in
// 2^22 states: without the cap the expansion does not finish within the timeout. The states the cap
// drops add nothing: every fact of the leaf is reported under the guards of a state that was kept,
// never under none (that would call the pre-authentication denial a failure of every trigger).
// RUN: timeout 120 %clang-frontend %s -- -std=c++20 > %t.json; echo "status $?" >> %t.json
// RUN: FileCheck %s --check-prefix=STATUS < %t.json
// STATUS: status 0
// RUN: head -n -1 %t.json | %python %S/Inputs/facts.py > %t.facts
// RUN: FileCheck %s < %t.facts
// RUN: grep -c '^  failure failure' %t.facts | FileCheck %s --check-prefix=COUNT
// COUNT: {{^}}16{{$}}
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <string>
using namespace aws::lambda_runtime;

static bool blocked(const std::string &value) { return value.size() > 64; }

static invocation_response level22(const std::string &triggerSource) {
  if (blocked(triggerSource))
    return invocation_response::failure("denied", "Denied");
  return invocation_response::success(triggerSource, "application/json");
}

static invocation_response level21(const std::string &triggerSource) {
  if (triggerSource == "Level21_Source")
    return level22(triggerSource);
  return level22(triggerSource);
}

static invocation_response level20(const std::string &triggerSource) {
  if (triggerSource == "Level20_Source")
    return level21(triggerSource);
  return level21(triggerSource);
}

static invocation_response level19(const std::string &triggerSource) {
  if (triggerSource == "Level19_Source")
    return level20(triggerSource);
  return level20(triggerSource);
}

static invocation_response level18(const std::string &triggerSource) {
  if (triggerSource == "Level18_Source")
    return level19(triggerSource);
  return level19(triggerSource);
}

static invocation_response level17(const std::string &triggerSource) {
  if (triggerSource == "Level17_Source")
    return level18(triggerSource);
  return level18(triggerSource);
}

static invocation_response level16(const std::string &triggerSource) {
  if (triggerSource == "Level16_Source")
    return level17(triggerSource);
  return level17(triggerSource);
}

static invocation_response level15(const std::string &triggerSource) {
  if (triggerSource == "Level15_Source")
    return level16(triggerSource);
  return level16(triggerSource);
}

static invocation_response level14(const std::string &triggerSource) {
  if (triggerSource == "Level14_Source")
    return level15(triggerSource);
  return level15(triggerSource);
}

static invocation_response level13(const std::string &triggerSource) {
  if (triggerSource == "Level13_Source")
    return level14(triggerSource);
  return level14(triggerSource);
}

static invocation_response level12(const std::string &triggerSource) {
  if (triggerSource == "Level12_Source")
    return level13(triggerSource);
  return level13(triggerSource);
}

static invocation_response level11(const std::string &triggerSource) {
  if (triggerSource == "Level11_Source")
    return level12(triggerSource);
  return level12(triggerSource);
}

static invocation_response level10(const std::string &triggerSource) {
  if (triggerSource == "Level10_Source")
    return level11(triggerSource);
  return level11(triggerSource);
}

static invocation_response level09(const std::string &triggerSource) {
  if (triggerSource == "Level09_Source")
    return level10(triggerSource);
  return level10(triggerSource);
}

static invocation_response level08(const std::string &triggerSource) {
  if (triggerSource == "Level08_Source")
    return level09(triggerSource);
  return level09(triggerSource);
}

static invocation_response level07(const std::string &triggerSource) {
  if (triggerSource == "Level07_Source")
    return level08(triggerSource);
  return level08(triggerSource);
}

static invocation_response level06(const std::string &triggerSource) {
  if (triggerSource == "Level06_Source")
    return level07(triggerSource);
  return level07(triggerSource);
}

static invocation_response level05(const std::string &triggerSource) {
  if (triggerSource == "Level05_Source")
    return level06(triggerSource);
  return level06(triggerSource);
}

static invocation_response level04(const std::string &triggerSource) {
  if (triggerSource == "Level04_Source")
    return level05(triggerSource);
  return level05(triggerSource);
}

static invocation_response level03(const std::string &triggerSource) {
  if (triggerSource == "Level03_Source")
    return level04(triggerSource);
  return level04(triggerSource);
}

static invocation_response level02(const std::string &triggerSource) {
  if (triggerSource == "Level02_Source")
    return level03(triggerSource);
  return level03(triggerSource);
}

static invocation_response level01(const std::string &triggerSource) {
  if (triggerSource == "Level01_Source")
    return level02(triggerSource);
  return level02(triggerSource);
}

static invocation_response level00(const std::string &triggerSource) {
  if (triggerSource == "Level00_Source")
    return level01(triggerSource);
  return level01(triggerSource);
}

invocation_response handler(invocation_request const &req) {
  const std::string triggerSource = req.payload.substr(0, req.payload.find(' '));
  return level00(triggerSource);
}
// CHECK: handler handler
// CHECK-NOT: {{^  failure failure .* via=[0-9:,]*$}}

int main() {
  run_handler(handler);
  return 0;
}
