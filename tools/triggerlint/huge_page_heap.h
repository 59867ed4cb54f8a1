#pragma once
// Backing the heap with transparent huge pages before a lint run allocates its trees and model.

/// Asks the kernel for 2 MiB pages for the malloc heap (Linux/glibc; elsewhere, or when the kernel
/// says no, nothing changes). Call once, before the first large allocation.
void preferHugePagesForHeap();

/// Stops growing the heap by more than asked for, after an allocation failed: glibc adds the pad
/// preferHugePagesForHeap set to its fallback mmap as well, so near a memory limit every later
/// growth would fail although the request itself fits.
void stopPaddingHeap();
