#pragma once
// What is known about the type of an exception in flight, and whether a catch clause catches it
// ([except.handle]). Kept apart from the flow through try statements and calls (exception_flow.h),
// the way clang-tidy keeps ExceptionAnalyzer's type matching apart from its traversal.
//
// Missing headers: a type Clang could not resolve is Unresolved, and an Unresolved exception counts
// as caught by every catch clause, typed or not, while a catch clause whose own type is unresolved
// catches everything. A full parse might find that such a clause does not catch, but a degraded
// parse must never report what the full parse would not, so an unknown type is never taken as
// escaping a handler it may have matched. The price is that a degraded parse can miss a throw that
// the full parse reports.
#include <optional>

namespace clang {
class ASTContext;
class CXXCatchStmt;
class Expr;
class Stmt;
class Type;
} // namespace clang

namespace tl::clangfe {

/// An exception that may be in flight, as precisely as the code tells.
struct ThrownType {
  enum class Kind {
    Exact,      // `throw E(...)`: an E, exactly
    AtLeast,    // rethrown by a `catch (T)` that may have caught it: a T or a class derived from T
    Anything,   // std::rethrow_exception, or a rethrow from `catch (...)` of something unknown
    Unresolved, // a missing header left the type unknown
    Library,    // what a call without a body here may throw; never reported on its own (DESIGN TL208)
  };
  Kind kind = Kind::Library;
  const clang::Type *type = nullptr; // canonical and unqualified; Exact and AtLeast only
  // The routing-table lookup that throws it only for a trigger source that is none of the table's
  // keys (std::out_of_range from at(), std::bad_function_call from an empty std::function), so
  // that a rethrow of it runs under those sources only; nullptr: under any source.
  const clang::Stmt *keyless = nullptr;

  bool operator==(const ThrownType &o) const { return kind == o.kind && type == o.type && keyless == o.keyless; }
};

/// What one catch clause does with one exception.
struct CatchOutcome {
  bool surely = false;                // it certainly catches it: the exception goes no further
  std::optional<ThrownType> rethrown; // what a `throw;` in the clause rethrows when it caught it
};

/// The exception a throw expression's operand makes. `degraded`: a header was missing, so a class
/// whose base clause lost a base to it is Unresolved rather than a class without that base.
ThrownType thrownBy(const clang::Expr *operand, const clang::ASTContext &ctx, bool degraded);

/// How `handler` treats `thrown`.
CatchOutcome catchBy(const clang::CXXCatchStmt *handler, const ThrownType &thrown, const clang::ASTContext &ctx);

} // namespace tl::clangfe
