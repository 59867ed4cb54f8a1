#pragma once
// Where the Clang frontend executable (triggerlint-clang) is. It is a separate program so that
// a run without C++ never loads LLVM (DESIGN.md §5).
#include <string>
#include <string_view>

namespace tl::cpp {

/// The frontend to run, in order: $TRIGGERLINT_CLANG when set; next to this program in the build
/// tree (`<dir>/tools/triggerlint-clang/triggerlint-clang`); installed next to it
/// (`<dir>/triggerlint-clang`); `triggerlint-clang` on PATH. "" when none is found. This program's
/// directory comes from /proc/self/exe, else (no /proc: a chroot, a sandbox) from `argv0` when
/// it names a path.
std::string findFrontend(std::string_view argv0 = {});

} // namespace tl::cpp
