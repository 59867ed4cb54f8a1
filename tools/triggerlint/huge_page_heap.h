#pragma once
// Backing the heap with transparent huge pages before a lint run allocates its trees and model.
#include <cstddef>

/// Asks the kernel for 2 MiB pages for the malloc heap (Linux/glibc; elsewhere, or when the kernel
/// says no, nothing changes). Call once, before the first large allocation.
void preferHugePagesForHeap();

/// Stops growing the heap by more than asked for, after an allocation failed: glibc adds the pad
/// preferHugePagesForHeap set to its fallback mmap as well, so near a memory limit every later
/// growth would fail although the request itself fits.
void stopPaddingHeap();

/// Before reading a file of `inputBytes`: when its tree and model will outgrow the heap advised so
/// far, grows the heap by that much at once and advises the new range too (a 10 MiB template took
/// 33,000 small-page faults without this, a third of its run).
void reserveHugePagesFor(size_t inputBytes);
