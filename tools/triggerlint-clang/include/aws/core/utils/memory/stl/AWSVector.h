// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see Aws.h).
#pragma once
#include <map>
#include <vector>

namespace Aws {
template <typename T> using Vector = std::vector<T>;
template <typename K, typename V> using Map = std::map<K, V>;
} // namespace Aws
