#pragma once
// Which functions of a function's code are trigger handlers (issue 9 "Handler discovery"): what
// is passed to aws-lambda-cpp's run_handler, however it is spelled (qualified, `using`-imported)
// and whatever it is (a function, a lambda, a function object, a member function behind a lambda
// or std::bind); functions with the handler signature, when the code has no run_handler call that
// says which one it is; functions annotated `// triggerlint: trigger=`.
#include "clang/Basic/SourceLocation.h"

#include <functional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
} // namespace clang

namespace tl::clangfe {

/// A handler to analyse: its function (a lambda's call operator for a lambda), the name facts
/// give it, where it is named and where its declaration begins (annotations sit above it).
struct HandlerCandidate {
  const clang::FunctionDecl *fn = nullptr;
  std::string name;
  clang::SourceLocation loc;
  clang::SourceLocation begin;
};

/// What one translation unit says about the handlers of its unit.
struct TuHandlers {
  std::vector<HandlerCandidate> passed;     // lambdas and definitions given to run_handler here
  std::vector<std::string> passedUsrs;      // functions given to run_handler (their USR)
  std::vector<HandlerCandidate> signatures; // handler signature or annotation, defined here
  std::vector<bool> annotated;              // per `signatures` entry
  bool callsRunHandler = false;
  bool unresolvedRunHandler = false; // a run_handler argument that names no function we can see
};

/// Reads one translation unit. `local` says whether a location is in the unit's own code (its
/// sources and the headers they include from the function directory), where handlers are looked
/// for; `annotated` whether an annotation marks the function beginning at a location.
TuHandlers discoverHandlers(clang::ASTContext &ctx, const std::function<bool(clang::SourceLocation)> &local,
                            const std::function<bool(clang::SourceLocation)> &annotated);

} // namespace tl::clangfe
