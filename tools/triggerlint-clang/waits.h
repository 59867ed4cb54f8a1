#pragma once
// Waits a handler asks for (DESIGN TL207): sleeps (std::this_thread::sleep_for/sleep_until, sleep,
// usleep), libcurl timeout options and AWS SDK ClientConfiguration timeouts, each with its duration
// in milliseconds when constant evaluation gives one.
#include "clang/Basic/SourceLocation.h"

#include <optional>
#include <string>

namespace clang {
class ASTContext;
class CallExpr;
class Expr;
} // namespace clang

namespace tl::clangfe {

/// One wait: what it is (the call or option as named), its duration, and where it is written.
struct Wait {
  std::string what;
  std::optional<long long> millis; // nullopt: not a constant
  clang::SourceLocation loc;
};

/// The timeout `lhs = rhs` sets on a ClientConfiguration (requestTimeoutMs, connectTimeoutMs,
/// httpRequestTimeoutMs), or nullopt.
std::optional<Wait> assignedWait(const clang::ASTContext &ctx, const clang::Expr *lhs, const clang::Expr *rhs);

/// What a call does about waits: nothing (`isWaitCall` false), or it is a sleep or a
/// curl_easy_setopt, which is all the call does (`wait` holds the wait, if the option is a timeout).
struct WaitCall {
  bool isWaitCall = false;
  std::optional<Wait> wait;
};
WaitCall calledWait(const clang::ASTContext &ctx, const clang::CallExpr *call);

} // namespace tl::clangfe
