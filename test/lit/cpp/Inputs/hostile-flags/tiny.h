#include <stddef.h> // a builtin module under -fmodules: the module cache gets written
constexpr size_t kTiny = 1;
