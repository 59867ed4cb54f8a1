#pragma once
// What a handler answers with: the payload of an `invocation_response::success(payload, type)`
// call, judged from how it is written (DESIGN.md §3 TL209). Only what is certain gets a kind other
// than Unknown, so a rule reading these facts raises no false alarm.
#include "model/model.h"

#include <string>

namespace clang {
class ASTContext;
class Expr;
class FunctionDecl;
} // namespace clang

namespace tl::clangfe {

/// The kind of a success() payload and how it reads (the constant, for a literal).
struct PayloadClass {
  model::ResponsePayload::Kind kind = model::ResponsePayload::Kind::Unknown;
  std::string text;
};

/// Classifies `payload`, the first argument of a success() call in the body of `fn`.
PayloadClass classifyResponsePayload(clang::ASTContext &ctx, const clang::FunctionDecl &fn,
                                     const clang::Expr *payload);

} // namespace tl::clangfe
