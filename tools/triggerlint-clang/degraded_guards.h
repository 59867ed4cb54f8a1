#pragma once
// What a degraded parse (a header missing, DESIGN.md §2) may not be trusted with. A variable whose
// type came from the missing header is invalid and loses its initialiser, so
// `const app::Str src = j["triggerSource"]; if (src != "PreSignUp_SignUp") return ...;` no longer
// reads as a trigger-source test: the guard is lost, and everything after it would look as if it
// ran under every trigger, which the full analysis never reports (TL201 on a throw that only
// PreSignUp reaches, TL203 on a write that only TokenGeneration reaches).
//
// So, in a degraded file only, a comparison of such an unknown value with a string literal is
// taken as a possible trigger-source test: it narrows the code it guards like a real one (never
// widens it, see guardsMayNarrow) and is not itself reported as a comparison (TL205/TL206 would
// name a literal that may have nothing to do with the trigger source). Facts may be lost this way;
// none are invented.
#include "clang/AST/Expr.h"

#include <string>
#include <vector>

namespace tl::clangfe {

/// True when `e`'s value is unknown because the parse recovered from an error there: it holds a
/// RecoveryExpr or names a variable whose declaration is invalid.
bool hiddenByParseError(const clang::Expr *e);

/// Whether guards from a guessed test may be added to code already under `guards`. A context's
/// guards are alternatives (the code runs when any admits the trigger), so adding one to a
/// non-empty list widens it; only an empty list is narrowed by a guess.
bool guardsMayNarrow(const std::vector<std::string> &guards);

} // namespace tl::clangfe
