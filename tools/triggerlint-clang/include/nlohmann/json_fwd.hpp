// Forward declarations of nlohmann/json bundled with triggerlint-clang, for analysis only: this is
// not nlohmann/json (see json.hpp beside it). The names and template parameters are those of
// nlohmann/json 3.11's documented <nlohmann/json_fwd.hpp>, so code that names them type-checks.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace nlohmann {

template <typename T = void, typename SFINAE = void>
struct adl_serializer;

template <template <typename U, typename V, typename... Args> class ObjectType = std::map,
          template <typename U, typename... Args> class ArrayType = std::vector, class StringType = std::string,
          class BooleanType = bool, class NumberIntegerType = std::int64_t,
          class NumberUnsignedType = std::uint64_t, class NumberFloatType = double,
          template <typename U> class AllocatorType = std::allocator,
          template <typename T, typename SFINAE = void> class JSONSerializer = adl_serializer,
          class BinaryType = std::vector<std::uint8_t>>
class basic_json;

template <typename RefStringType>
class json_pointer;

using json = basic_json<>;

template <class Key, class T, class IgnoredLess = std::less<Key>,
          class Allocator = std::allocator<std::pair<const Key, T>>>
struct ordered_map;

using ordered_json = basic_json<ordered_map>;

} // namespace nlohmann
