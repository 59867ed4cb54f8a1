#pragma once
// `invocation_response(payload, content_type, success)`: aws-lambda-cpp's public constructor,
// which answers like success() or failure() depending on its third argument.
namespace clang {
class ASTContext;
class Expr;
} // namespace clang

namespace tl::clangfe {

/// A response written with the three-argument constructor: its payload argument and what its
/// `success` argument is known to be.
struct ConstructedResponse {
  enum class Outcome { Success, Failure, Unknown };
  const clang::Expr *payload = nullptr;
  Outcome outcome = Outcome::Unknown;
};

/// `e` read as a constructed invocation_response, resolved or (a missing header, a template) not;
/// `payload` stays null for any other expression.
ConstructedResponse constructedResponse(clang::ASTContext &ctx, const clang::Expr *e);

} // namespace tl::clangfe
