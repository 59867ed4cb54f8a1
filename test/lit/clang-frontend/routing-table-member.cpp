// A routing table held as a data member is read from the constructor that fills it: its
// member initialiser list, then insert and try_emplace in its body; a lookup in a member function
// compares the source with each key and runs each entry under its key.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <unordered_map>
using namespace aws::lambda_runtime;

using Route = std::function<invocation_response(std::string const &)>;
static invocation_response pre(std::string const &p) { return invocation_response::failure(p, "Denied"); }
static invocation_response post(std::string const &p) {
  if (p.empty())
    throw std::runtime_error("post");
  return invocation_response::success(p, "application/json");
}
static invocation_response confirm(std::string const &p) { return invocation_response::success(p, "application/json"); }

class Listed {
public:
  Listed() : routes_{{"PreAuthentication_Authentication", pre}} {
    routes_.insert({"PostAuthentication_Authentication", post});
    routes_.try_emplace("PostConfirmation_ConfirmSignUp", confirm);
  }
  invocation_response handle(invocation_request const &req) const {
    const std::string triggerSource = req.payload;
    auto it = routes_.find(triggerSource);
    return it == routes_.end() ? invocation_response::success(req.payload, "application/json") : it->second(req.payload);
  }

private:
  std::unordered_map<std::string, Route> routes_;
};

// CHECK: handler (lambda) 48:15
// CHECK-NEXT: failure failure [invocation_response::failure] 15:63 via=48:59,32:98 guards=PreAuthentication_Authentication{{$}}
// CHECK-NEXT: failure throw [throw std::runtime_error] 18:5 via=48:59,32:98 guards=PostAuthentication_Authentication{{$}}
// CHECK-NEXT: compare == PreAuthentication_Authentication 25:23 via=48:59{{$}}
// CHECK-NEXT: compare == PostAuthentication_Authentication 26:21 via=48:59{{$}}
// CHECK-NEXT: compare == PostConfirmation_ConfirmSignUp 27:25 via=48:59{{$}}

int main() {
  const Listed listed;
  run_handler([&](invocation_request const &req) { return listed.handle(req); });
  return 0;
}
