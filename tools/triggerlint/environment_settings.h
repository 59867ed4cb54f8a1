#pragma once
// The settings triggerlint reads from its environment. A value that is not a number is reported
// (it is untrusted: printed escaped) and the default is used, so a typo never goes unnoticed and
// never changes the exit status.
#include <chrono>
#include <cstddef>
#include <ostream>

namespace tl {

/// TRIGGERLINT_MEMORY_BUDGET: bytes of single files' models pass 1 keeps for pass 2 (0 reads
/// every file twice); default 32 MiB. Warnings go to `warnings`.
size_t memoryBudget(std::ostream &warnings);

/// TRIGGERLINT_CLANG_TIMEOUT: seconds (up to three decimals, more than 0) a frontend batch of
/// C++ handler units may take; default 120 s. Warnings go to `warnings`.
std::chrono::milliseconds frontendTimeout(std::ostream &warnings);

} // namespace tl
