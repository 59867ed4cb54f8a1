#include "huge_page_heap.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib> // defines __GLIBC__ where glibc is the C library
#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <array>

// Why: a 1 MiB template becomes ~8 MiB of parse tree and model, touched once. On the virtual
// machines CI and these workplaces run on, each 4 KiB first-touch page fault costs ~13 us (measured:
// 6000 faults, 80 of the 140 ms such a run took); with 2 MiB pages the same run takes 700-1100
// (the kernel falls back to small pages when no huge page is free at once).
// glibc only does this by itself under GLIBC_TUNABLES=glibc.malloc.hugetlb=1, which a program cannot
// set for itself, so the heap is grown once by a generous pad and that range is madvised.
void preferHugePagesForHeap() {
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  constexpr size_t kHugePage = 2u << 20;
  constexpr size_t kPad = 64u << 20; // address space, not memory: untouched pages cost nothing
  // Grow in one step, never hand memory back mid-run (freed trees are reused for the next file,
  // so memory stays bounded by the largest file), and keep large buffers (file texts) in the heap.
  mallopt(M_TOP_PAD, kPad);
  mallopt(M_TRIM_THRESHOLD, 2 * kPad);
  mallopt(M_MMAP_THRESHOLD, 32u << 20);
  const auto before = reinterpret_cast<uintptr_t>(sbrk(0));
  void *volatile probe = std::malloc(kHugePage); // volatile: the compiler must not drop the pair
  std::free(probe);
  const auto after = reinterpret_cast<uintptr_t>(sbrk(0));
  const uintptr_t begin = (before + kHugePage - 1) & ~uintptr_t{kHugePage - 1};
  const uintptr_t end = after & ~uintptr_t{kHugePage - 1};
  if (end > begin)
    madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE); // advice: failure is harmless
#endif
}

void stopPaddingHeap() {
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  mallopt(M_TOP_PAD, 0);
#endif
}

void reserveHugePagesFor(size_t inputBytes) {
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  constexpr size_t kHugePage = 2u << 20;
  constexpr size_t kPad = 64u << 20;
  // What a template's tree and model take per input byte (bench/template-series: 7.8 at
  // 10 MiB, the process included). Advising more than that made huge pages of ranges the run
  // barely touched: a few MiB of peak memory for no time.
  constexpr size_t kBytesPerInputByte = 8;
  constexpr size_t kChunk = 30u << 20; // under glibc's largest mmap threshold: these come from the heap
  size_t want = std::min<size_t>(inputBytes * kBytesPerInputByte, size_t{1} << 30);
  // Under an address-space limit, reserving more than a part of it would fail the allocations
  // that follow (the pad is added to each growth).
  if (rlimit limit{}; getrlimit(RLIMIT_AS, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
    want = std::min<size_t>(want, limit.rlim_cur / 8);
  if (want <= kPad)
    return;
  // Grow the heap past what this file will need in one go, advise the new range for huge pages,
  // and give it back to malloc untouched (the trim threshold keeps it in the heap).
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(std::min<size_t>(2 * want + 2 * kPad, size_t{1} << 30)));
  const auto before = reinterpret_cast<uintptr_t>(sbrk(0));
  std::array<void *, 40> chunks{};
  size_t got = 0;
  for (size_t have = 0; have < want && got < chunks.size(); have += kChunk) {
    chunks[got] = std::malloc(kChunk);
    if (!chunks[got])
      break;
    ++got;
  }
  const auto after = reinterpret_cast<uintptr_t>(sbrk(0));
  for (size_t i = got; i-- > 0;)
    std::free(chunks[i]);
  const uintptr_t begin = (before + kHugePage - 1) & ~uintptr_t{kHugePage - 1};
  const uintptr_t end = after & ~uintptr_t{kHugePage - 1};
  if (end > begin)
    madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)inputBytes;
#endif
}
