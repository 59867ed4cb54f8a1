// Declarations of nlohmann/json's API bundled with triggerlint-clang, for analysis only: this is
// not nlohmann/json. They let a handler that includes <nlohmann/json.hpp> type-check where the
// library is not installed (a pre-commit hook, a job that does not build the function), so its
// guards on event["triggerSource"], its response writes, throws and failures are still found.
// Added with -idirafter: a real installation (compile database include paths or the system)
// always wins. Written from the documented API of nlohmann/json 3.11 (json.nlohmann.me): the
// same names, overloads and exception hierarchy, so the analysis sees the calls and operators it
// sees with the real header; nothing is defined, as the frontend never links. Conversions to and
// from json are limited to the kinds of types the library converts (arithmetic, enums, strings,
// containers, tuples, and types with to_json/from_json), so overloads resolve as they do there.
#pragma once
#include "json_fwd.hpp"

#include <compare>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <initializer_list>
#include <iosfwd>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

// JSON_USE_IMPLICIT_CONVERSIONS=0 makes `std::string s = j;` an error, as in the library.
#ifndef JSON_USE_IMPLICIT_CONVERSIONS
#define JSON_USE_IMPLICIT_CONVERSIONS 1
#endif
#if JSON_USE_IMPLICIT_CONVERSIONS
#define JSON_EXPLICIT
#else
#define JSON_EXPLICIT explicit
#endif

#define NLOHMANN_BASIC_JSON_TPL_DECLARATION                                                                     \
  template <template <typename, typename, typename...> class ObjectType,                                        \
            template <typename, typename...> class ArrayType, class StringType, class BooleanType,              \
            class NumberIntegerType, class NumberUnsignedType, class NumberFloatType,                           \
            template <typename> class AllocatorType, template <typename, typename = void> class JSONSerializer, \
            class BinaryType>
#define NLOHMANN_BASIC_JSON_TPL                                                                          \
  basic_json<ObjectType, ArrayType, StringType, BooleanType, NumberIntegerType, NumberUnsignedType,      \
             NumberFloatType, AllocatorType, JSONSerializer, BinaryType>

// The serialization macros declare the to_json/from_json pair the library would define.
#define NLOHMANN_DEFINE_TYPE_INTRUSIVE(Type, ...)                                     \
  friend void to_json(nlohmann::json &nlohmann_json_j, const Type &nlohmann_json_t); \
  friend void from_json(const nlohmann::json &nlohmann_json_j, Type &nlohmann_json_t);
#define NLOHMANN_DEFINE_TYPE_INTRUSIVE_WITH_DEFAULT(Type, ...) NLOHMANN_DEFINE_TYPE_INTRUSIVE(Type)
#define NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Type, ...)                          \
  void to_json(nlohmann::json &nlohmann_json_j, const Type &nlohmann_json_t); \
  void from_json(const nlohmann::json &nlohmann_json_j, Type &nlohmann_json_t);
#define NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Type, ...) NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Type)
// from_json keeps the library's table of pairs (serialized_enum.h reads it); nothing instantiates it.
#define NLOHMANN_JSON_SERIALIZE_ENUM(ENUM_TYPE, ...)                      \
  template <typename BasicJsonType>                                      \
  void to_json(BasicJsonType &j, const ENUM_TYPE &e);                    \
  template <typename BasicJsonType>                                      \
  inline void from_json(const BasicJsonType &j, ENUM_TYPE &e) {          \
    static const std::pair<ENUM_TYPE, BasicJsonType> m[] = __VA_ARGS__;  \
    (void)j;                                                             \
    e = m[0].first;                                                      \
  }

namespace nlohmann {

namespace detail {

enum class value_t : std::uint8_t {
  null,
  object,
  array,
  string,
  boolean,
  number_integer,
  number_unsigned,
  number_float,
  binary,
  discarded
};
enum class error_handler_t { strict, replace, ignore };
enum class parse_event_t : std::uint8_t { object_start, object_end, array_start, array_end, key, value };
enum class input_format_t { json, cbor, msgpack, ubjson, bson, bjdata };

/// The library's exceptions: json::exception and its five kinds, all std::exception. Catch
/// clauses are matched against this hierarchy, so it is the library's.
class exception : public std::exception {
public:
  const char *what() const noexcept override;
  const int id;

protected:
  exception(int id_, const char *what_arg);
};

/// Thrown by parse(), and by the binary formats' readers.
class parse_error : public exception {
public:
  const std::size_t byte;

private:
  parse_error(int id_, std::size_t byte_, const char *what_arg);
};

/// Thrown when an iterator does not belong to the value it is used with.
class invalid_iterator : public exception {
private:
  invalid_iterator(int id_, const char *what_arg);
};

/// Thrown by get<T>(), value() and the conversions when the value has another type.
class type_error : public exception {
private:
  type_error(int id_, const char *what_arg);
};

/// Thrown by at() for a missing key or an index past the end.
class out_of_range : public exception {
private:
  out_of_range(int id_, const char *what_arg);
};

/// Thrown for anything else (a JSON Patch operation that fails).
class other_error : public exception {
private:
  other_error(int id_, const char *what_arg);
};

template <typename T>
using uncvref_t = std::remove_cv_t<std::remove_reference_t<T>>;

template <typename T>
struct is_basic_json : std::false_type {};
NLOHMANN_BASIC_JSON_TPL_DECLARATION
struct is_basic_json<NLOHMANN_BASIC_JSON_TPL> : std::true_type {};

template <typename T>
struct is_json_pointer : std::false_type {};
template <typename RefStringType>
struct is_json_pointer<json_pointer<RefStringType>> : std::true_type {};

template <typename T, typename = void>
struct is_range : std::false_type {};
template <typename T>
struct is_range<T, std::void_t<typename T::value_type, decltype(std::begin(std::declval<T &>())),
                               decltype(std::end(std::declval<T &>()))>> : std::true_type {};

template <typename T, typename = void>
struct is_tuple_like : std::false_type {};
template <typename T>
struct is_tuple_like<T, std::void_t<decltype(std::tuple_size<T>::value)>> : std::true_type {};

// A to_json/from_json that argument-dependent lookup finds (the user's, or a macro's).
template <typename J, typename T, typename = void>
struct has_adl_to_json : std::false_type {};
template <typename J, typename T>
struct has_adl_to_json<J, T, std::void_t<decltype(to_json(std::declval<J &>(), std::declval<const T &>()))>>
    : std::true_type {};
template <typename J, typename T, typename = void>
struct has_adl_from_json : std::false_type {};
template <typename J, typename T>
struct has_adl_from_json<J, T, std::void_t<decltype(from_json(std::declval<const J &>(), std::declval<T &>()))>>
    : std::true_type {};

// The serializer's to_json/from_json (nlohmann::adl_serializer<T>, the documented customisation
// point: its primary template has them exactly when argument-dependent lookup finds the user's).
template <typename J, typename T, typename = void>
struct has_serializer_to_json : std::false_type {};
template <typename J, typename T>
struct has_serializer_to_json<J, T,
                              std::void_t<decltype(J::template json_serializer<T, void>::to_json(
                                  std::declval<J &>(), std::declval<const T &>()))>> : std::true_type {};
template <typename J, typename T, typename = void>
struct has_serializer_from_json : std::false_type {};
template <typename J, typename T>
struct has_serializer_from_json<J, T,
                                std::void_t<decltype(J::template json_serializer<T, void>::from_json(
                                    std::declval<const J &>(), std::declval<T &>()))>> : std::true_type {};
template <typename J, typename T, typename = void>
struct has_serializer_returning_from_json : std::false_type {};
template <typename J, typename T>
struct has_serializer_returning_from_json<
    J, T, std::void_t<decltype(J::template json_serializer<T, void>::from_json(std::declval<const J &>()))>>
    : std::true_type {};

template <typename J, typename T>
struct is_string_convertible : std::is_constructible<typename J::string_t, const T &> {};

// What the library converts to json: scalars, strings, containers, tuples, user types.
template <typename J, typename T>
struct is_compatible_type
    : std::conjunction<std::negation<is_basic_json<T>>, std::negation<is_json_pointer<T>>,
                       std::negation<std::is_same<T, value_t>>,
                       std::disjunction<std::is_arithmetic<T>, std::is_enum<T>, std::is_same<T, std::nullptr_t>,
                                        is_string_convertible<J, T>, is_range<T>, is_tuple_like<T>,
                                        has_adl_to_json<J, T>, has_serializer_to_json<J, T>>> {};

// What the library converts json to: the same kinds, strings as any char type built from one.
template <typename J, typename T, typename = void>
struct is_string_constructible : std::false_type {};
template <typename J, typename T>
struct is_string_constructible<J, T, std::void_t<typename T::value_type>>
    : std::conjunction<std::is_same<typename T::value_type, typename J::string_t::value_type>,
                       std::is_constructible<T, const typename J::string_t &>> {};
template <typename J, typename T>
struct is_gettable_type
    : std::disjunction<std::is_same<T, J>, std::is_arithmetic<T>, std::is_enum<T>, is_string_constructible<J, T>,
                       is_range<T>, is_tuple_like<T>, has_adl_from_json<J, T>, has_serializer_from_json<J, T>,
                       has_serializer_returning_from_json<J, T>> {};

/// The iterator of an object or array (iterator and const_iterator); key() and value() name the
/// member an object iterator points to.
template <typename BasicJsonType>
class iter_impl {
  using plain_type = std::remove_const_t<BasicJsonType>;
  using other_iter_impl =
      iter_impl<std::conditional_t<std::is_const_v<BasicJsonType>, plain_type, const BasicJsonType>>;

public:
  using iterator_category = std::bidirectional_iterator_tag;
  using value_type = typename plain_type::value_type;
  using difference_type = typename plain_type::difference_type;
  using pointer = BasicJsonType *;
  using reference = BasicJsonType &;

  iter_impl() noexcept;
  explicit iter_impl(pointer object) noexcept;
  iter_impl(const iter_impl<const plain_type> &other) noexcept;
  iter_impl(const iter_impl<plain_type> &other) noexcept;
  iter_impl &operator=(const iter_impl<const plain_type> &other) noexcept;
  iter_impl &operator=(const iter_impl<plain_type> &other) noexcept;

  reference operator*() const;
  pointer operator->() const;
  iter_impl operator++(int) &;
  iter_impl &operator++();
  iter_impl operator--(int) &;
  iter_impl &operator--();
  template <typename IterImpl,
            std::enable_if_t<std::is_same_v<IterImpl, iter_impl> || std::is_same_v<IterImpl, other_iter_impl>, int> = 0>
  bool operator==(const IterImpl &other) const;
  template <typename IterImpl,
            std::enable_if_t<std::is_same_v<IterImpl, iter_impl> || std::is_same_v<IterImpl, other_iter_impl>, int> = 0>
  bool operator!=(const IterImpl &other) const;
  bool operator<(const iter_impl &other) const;
  bool operator<=(const iter_impl &other) const;
  bool operator>(const iter_impl &other) const;
  bool operator>=(const iter_impl &other) const;
  iter_impl &operator+=(difference_type i);
  iter_impl &operator-=(difference_type i);
  iter_impl operator+(difference_type i) const;
  friend iter_impl operator+(difference_type i, const iter_impl &it);
  iter_impl operator-(difference_type i) const;
  difference_type operator-(const iter_impl &other) const;
  reference operator[](difference_type n) const;
  const typename plain_type::string_t &key() const;
  reference value() const;
};

/// rbegin()/rend(): a std::reverse_iterator with key() and value().
template <typename Base>
class json_reverse_iterator : public std::reverse_iterator<Base> {
public:
  using difference_type = std::ptrdiff_t;
  using base_iterator = std::reverse_iterator<Base>;
  using reference = typename Base::reference;

  explicit json_reverse_iterator(const typename base_iterator::iterator_type &it) noexcept;
  explicit json_reverse_iterator(const base_iterator &it) noexcept;
  json_reverse_iterator operator++(int) &;
  json_reverse_iterator &operator++();
  json_reverse_iterator operator--(int) &;
  json_reverse_iterator &operator--();
  json_reverse_iterator &operator+=(difference_type i);
  json_reverse_iterator operator+(difference_type i) const;
  json_reverse_iterator operator-(difference_type i) const;
  difference_type operator-(const json_reverse_iterator &other) const;
  reference operator[](difference_type n) const;
  auto key() const -> decltype(std::declval<Base>().key());
  reference value() const;
};

/// One element of items(): key() (an array's index as a string) and value(); also a tuple of
/// the two, for `for (auto &[key, value] : j.items())`.
template <typename IteratorType>
class iteration_proxy_value {
public:
  using difference_type = std::ptrdiff_t;
  using value_type = iteration_proxy_value;
  using pointer = value_type *;
  using reference = value_type &;
  using iterator_category = std::input_iterator_tag;
  using string_type = std::remove_cv_t<std::remove_reference_t<decltype(std::declval<IteratorType>().key())>>;

  iteration_proxy_value() = default;
  explicit iteration_proxy_value(IteratorType it, std::size_t array_index = 0) noexcept;

  const iteration_proxy_value &operator*() const;
  iteration_proxy_value &operator++();
  iteration_proxy_value operator++(int) &;
  bool operator==(const iteration_proxy_value &o) const;
  bool operator!=(const iteration_proxy_value &o) const;
  const string_type &key() const;
  typename IteratorType::reference value() const;
};

/// What items() returns: a range of iteration_proxy_value.
template <typename IteratorType>
class iteration_proxy {
public:
  explicit iteration_proxy(typename IteratorType::reference cont) noexcept;
  iteration_proxy_value<IteratorType> begin() const noexcept;
  iteration_proxy_value<IteratorType> end() const noexcept;
};

template <std::size_t N, typename IteratorType, std::enable_if_t<N == 0, int> = 0>
auto get(const iteration_proxy_value<IteratorType> &i) -> decltype(i.key());
template <std::size_t N, typename IteratorType, std::enable_if_t<N == 1, int> = 0>
auto get(const iteration_proxy_value<IteratorType> &i) -> decltype(i.value());

} // namespace detail

/// The customisation point a user specialises to convert their type (the primary template finds
/// to_json/from_json by argument-dependent lookup).
template <typename ValueType, typename>
struct adl_serializer {
  template <typename BasicJsonType, typename TargetType = ValueType,
            std::enable_if_t<detail::has_adl_from_json<detail::uncvref_t<BasicJsonType>, TargetType>::value, int> = 0>
  static void from_json(BasicJsonType &&j, TargetType &val);
  template <typename BasicJsonType, typename TargetType = ValueType,
            std::enable_if_t<detail::has_adl_to_json<BasicJsonType, detail::uncvref_t<TargetType>>::value, int> = 0>
  static void to_json(BasicJsonType &j, TargetType &&val);
};

/// A binary value with an optional subtype (CBOR tags, MessagePack ext types).
template <typename BinaryType>
class byte_container_with_subtype : public BinaryType {
public:
  using container_type = BinaryType;
  using subtype_type = std::uint64_t;

  byte_container_with_subtype() noexcept(noexcept(container_type()));
  byte_container_with_subtype(const container_type &b) noexcept(noexcept(container_type(b)));
  byte_container_with_subtype(const container_type &b, subtype_type subtype);
  void set_subtype(subtype_type subtype) noexcept;
  subtype_type subtype() const noexcept;
  bool has_subtype() const noexcept;
  void clear_subtype() noexcept;
};

/// A JSON Pointer (RFC 6901), "/request/userAttributes/email".
template <typename RefStringType>
class json_pointer {
public:
  using string_t = RefStringType;

  explicit json_pointer(const string_t &s = "");
  string_t to_string() const;
  operator string_t() const;
  json_pointer &operator/=(const json_pointer &ptr);
  json_pointer &operator/=(string_t token);
  json_pointer &operator/=(std::size_t array_idx);
  friend json_pointer operator/(const json_pointer &lhs, const json_pointer &rhs);
  friend json_pointer operator/(const json_pointer &lhs, string_t token);
  friend json_pointer operator/(const json_pointer &lhs, std::size_t array_idx);
  json_pointer parent_pointer() const;
  void pop_back();
  const string_t &back() const;
  void push_back(const string_t &token);
  void push_back(string_t &&token);
  bool empty() const noexcept;
  friend bool operator==(const json_pointer &lhs, const json_pointer &rhs) noexcept;
  friend bool operator!=(const json_pointer &lhs, const json_pointer &rhs) noexcept;
  friend std::ostream &operator<<(std::ostream &o, const json_pointer &ptr);
};

/// The object type of ordered_json: a vector of members kept in insertion order.
template <class Key, class T, class IgnoredLess, class Allocator>
struct ordered_map : std::vector<std::pair<const Key, T>, Allocator> {
  using key_type = Key;
  using mapped_type = T;
  using Container = std::vector<std::pair<const Key, T>, Allocator>;
  using iterator = typename Container::iterator;
  using const_iterator = typename Container::const_iterator;
  using size_type = typename Container::size_type;
  using value_type = typename Container::value_type;
  using key_compare = std::equal_to<>;

  ordered_map() noexcept(noexcept(Container()));
  explicit ordered_map(const Allocator &alloc) noexcept(noexcept(Container(alloc)));
  ordered_map(std::initializer_list<value_type> init, const Allocator &alloc = Allocator());
  std::pair<iterator, bool> emplace(const key_type &key, T &&t);
  T &operator[](const key_type &key);
  const T &operator[](const key_type &key) const;
  T &at(const key_type &key);
  const T &at(const key_type &key) const;
  size_type erase(const key_type &key);
  iterator erase(iterator pos);
  size_type count(const key_type &key) const;
  iterator find(const key_type &key);
  const_iterator find(const key_type &key) const;
  std::pair<iterator, bool> insert(value_type &&value);
  std::pair<iterator, bool> insert(const value_type &value);
};

/// A JSON value: null, boolean, number, string, array, object or binary. nlohmann::json is
/// basic_json<>, nlohmann::ordered_json keeps an object's members in insertion order.
NLOHMANN_BASIC_JSON_TPL_DECLARATION
class basic_json {
  template <typename T>
  static constexpr bool is_key_view_v = std::is_same_v<detail::uncvref_t<T>, std::basic_string_view<typename StringType::value_type>>;
  template <typename T>
  static constexpr bool is_iterator_v = std::is_same_v<T, detail::iter_impl<basic_json>> ||
                                        std::is_same_v<T, detail::iter_impl<const basic_json>>;
  // value()'s result: a string for a string-literal or char-pointer default, else the default's type.
  template <typename ValueType>
  using value_return_t = std::conditional_t<
      std::is_pointer_v<std::decay_t<ValueType>> &&
          std::is_same_v<std::remove_cv_t<std::remove_pointer_t<std::decay_t<ValueType>>>, typename StringType::value_type>,
      StringType, std::decay_t<ValueType>>;

public:
  using value_t = detail::value_t;
  using json_pointer = ::nlohmann::json_pointer<StringType>;
  template <typename T, typename SFINAE>
  using json_serializer = JSONSerializer<T, SFINAE>;
  using error_handler_t = detail::error_handler_t;
  using cbor_tag_handler_t = int;
  using initializer_list_t = std::initializer_list<basic_json>;
  using input_format_t = detail::input_format_t;
  using parse_event_t = detail::parse_event_t;
  using parser_callback_t = std::function<bool(int depth, parse_event_t event, basic_json &parsed)>;

  using exception = detail::exception;
  using parse_error = detail::parse_error;
  using invalid_iterator = detail::invalid_iterator;
  using type_error = detail::type_error;
  using out_of_range = detail::out_of_range;
  using other_error = detail::other_error;

  using value_type = basic_json;
  using reference = value_type &;
  using const_reference = const value_type &;
  using difference_type = std::ptrdiff_t;
  using size_type = std::size_t;
  using allocator_type = AllocatorType<basic_json>;
  using pointer = basic_json *;
  using const_pointer = const basic_json *;
  using iterator = detail::iter_impl<basic_json>;
  using const_iterator = detail::iter_impl<const basic_json>;
  using reverse_iterator = detail::json_reverse_iterator<iterator>;
  using const_reverse_iterator = detail::json_reverse_iterator<const_iterator>;

  using object_comparator_t = std::less<>;
  using object_t = ObjectType<StringType, basic_json, object_comparator_t,
                              AllocatorType<std::pair<const StringType, basic_json>>>;
  using array_t = ArrayType<basic_json, AllocatorType<basic_json>>;
  using string_t = StringType;
  using boolean_t = BooleanType;
  using number_integer_t = NumberIntegerType;
  using number_unsigned_t = NumberUnsignedType;
  using number_float_t = NumberFloatType;
  using binary_t = ::nlohmann::byte_container_with_subtype<BinaryType>;

  static allocator_type get_allocator();
  static basic_json meta();

  // ---- construction ----
  basic_json(const value_t v);
  basic_json(std::nullptr_t = nullptr) noexcept;
  template <typename CompatibleType, typename U = detail::uncvref_t<CompatibleType>,
            std::enable_if_t<detail::is_compatible_type<basic_json, U>::value, int> = 0>
  basic_json(CompatibleType &&val);
  template <typename BasicJsonType,
            std::enable_if_t<detail::is_basic_json<BasicJsonType>::value && !std::is_same_v<basic_json, BasicJsonType>,
                             int> = 0>
  basic_json(const BasicJsonType &val);
  basic_json(initializer_list_t init, bool type_deduction = true, value_t manual_type = value_t::array);
  basic_json(size_type cnt, const basic_json &val);
  template <class InputIT, std::enable_if_t<is_iterator_v<InputIT>, int> = 0>
  basic_json(InputIT first, InputIT last);
  basic_json(const basic_json &other);
  basic_json(basic_json &&other) noexcept;
  basic_json &operator=(basic_json other) noexcept;
  ~basic_json() noexcept;

  static basic_json binary(const typename binary_t::container_type &init);
  static basic_json binary(const typename binary_t::container_type &init, typename binary_t::subtype_type subtype);
  static basic_json array(initializer_list_t init = {});
  static basic_json object(initializer_list_t init = {});

  // ---- serialization ----
  string_t dump(const int indent = -1, const char indent_char = ' ', const bool ensure_ascii = false,
                const error_handler_t error_handler = error_handler_t::strict) const;
  friend std::ostream &operator<<(std::ostream &o, const basic_json &j);
  friend std::istream &operator>>(std::istream &i, basic_json &j);

  // ---- deserialization ----
  template <typename InputType>
  static basic_json parse(InputType &&i, const parser_callback_t cb = nullptr, const bool allow_exceptions = true,
                          const bool ignore_comments = false);
  template <typename IteratorType>
  static basic_json parse(IteratorType first, IteratorType last, const parser_callback_t cb = nullptr,
                          const bool allow_exceptions = true, const bool ignore_comments = false);
  template <typename InputType>
  static bool accept(InputType &&i, const bool ignore_comments = false);
  template <typename IteratorType>
  static bool accept(IteratorType first, IteratorType last, const bool ignore_comments = false);

  // ---- type inspection ----
  value_t type() const noexcept;
  const char *type_name() const noexcept;
  bool is_primitive() const noexcept;
  bool is_structured() const noexcept;
  bool is_null() const noexcept;
  bool is_boolean() const noexcept;
  bool is_number() const noexcept;
  bool is_number_integer() const noexcept;
  bool is_number_unsigned() const noexcept;
  bool is_number_float() const noexcept;
  bool is_object() const noexcept;
  bool is_array() const noexcept;
  bool is_string() const noexcept;
  bool is_binary() const noexcept;
  bool is_discarded() const noexcept;
  operator value_t() const noexcept;

  // ---- value access ----
  template <typename ValueType, std::enable_if_t<!std::is_pointer_v<ValueType>, int> = 0>
  ValueType get() const;
  template <typename PointerType, std::enable_if_t<std::is_pointer_v<PointerType>, int> = 0>
  PointerType get() noexcept;
  template <typename PointerType, std::enable_if_t<std::is_pointer_v<PointerType>, int> = 0>
  PointerType get() const noexcept;
  template <typename ValueType>
  ValueType &get_to(ValueType &v) const;
  template <typename PointerType, std::enable_if_t<std::is_pointer_v<PointerType>, int> = 0>
  PointerType get_ptr() noexcept;
  template <typename PointerType, std::enable_if_t<std::is_pointer_v<PointerType>, int> = 0>
  PointerType get_ptr() const noexcept;
  template <typename ReferenceType, std::enable_if_t<std::is_reference_v<ReferenceType>, int> = 0>
  ReferenceType get_ref();
  template <typename ReferenceType, std::enable_if_t<std::is_reference_v<ReferenceType>, int> = 0>
  ReferenceType get_ref() const;
  binary_t &get_binary();
  const binary_t &get_binary() const;
  // `std::string s = j["x"];` and `bool b = j["flag"];`: never to pointers, char, string_view
  // or another json, as in the library.
  template <typename ValueType,
            std::enable_if_t<!std::is_pointer_v<ValueType> && !std::is_same_v<ValueType, std::nullptr_t> &&
                                 !std::is_same_v<ValueType, typename string_t::value_type> &&
                                 !detail::is_basic_json<ValueType>::value &&
                                 !std::is_same_v<ValueType, std::initializer_list<typename string_t::value_type>> &&
                                 !std::is_same_v<ValueType, std::string_view> &&
                                 detail::is_gettable_type<basic_json, ValueType>::value,
                             int> = 0>
  JSON_EXPLICIT operator ValueType() const;

  // ---- element access ----
  reference at(size_type idx);
  const_reference at(size_type idx) const;
  reference at(const typename object_t::key_type &key);
  const_reference at(const typename object_t::key_type &key) const;
  template <class KeyType, std::enable_if_t<is_key_view_v<KeyType>, int> = 0>
  reference at(KeyType &&key);
  template <class KeyType, std::enable_if_t<is_key_view_v<KeyType>, int> = 0>
  const_reference at(KeyType &&key) const;
  reference at(const json_pointer &ptr);
  const_reference at(const json_pointer &ptr) const;

  reference operator[](size_type idx);
  const_reference operator[](size_type idx) const;
  reference operator[](typename object_t::key_type key);
  const_reference operator[](const typename object_t::key_type &key) const;
  template <typename T>
  reference operator[](T *key);
  template <typename T>
  const_reference operator[](T *key) const;
  template <class KeyType, std::enable_if_t<is_key_view_v<KeyType>, int> = 0>
  reference operator[](KeyType &&key);
  template <class KeyType, std::enable_if_t<is_key_view_v<KeyType>, int> = 0>
  const_reference operator[](KeyType &&key) const;
  reference operator[](const json_pointer &ptr);
  const_reference operator[](const json_pointer &ptr) const;

  template <class ValueType, class ReturnType = value_return_t<ValueType>>
  ReturnType value(const typename object_t::key_type &key, ValueType &&default_value) const;
  template <class KeyType, class ValueType, class ReturnType = value_return_t<ValueType>,
            std::enable_if_t<is_key_view_v<KeyType>, int> = 0>
  ReturnType value(KeyType &&key, ValueType &&default_value) const;
  template <class ValueType, class ReturnType = value_return_t<ValueType>>
  ReturnType value(const json_pointer &ptr, ValueType &&default_value) const;

  reference front();
  const_reference front() const;
  reference back();
  const_reference back() const;

  template <class IteratorType, std::enable_if_t<is_iterator_v<IteratorType>, int> = 0>
  IteratorType erase(IteratorType pos);
  template <class IteratorType, std::enable_if_t<is_iterator_v<IteratorType>, int> = 0>
  IteratorType erase(IteratorType first, IteratorType last);
  size_type erase(const typename object_t::key_type &key);
  template <class KeyType, std::enable_if_t<is_key_view_v<KeyType>, int> = 0>
  size_type erase(KeyType &&key);
  void erase(const size_type idx);

  // ---- lookup ----
  iterator find(const typename object_t::key_type &key);
  const_iterator find(const typename object_t::key_type &key) const;
  template <class KeyType, std::enable_if_t<is_key_view_v<KeyType>, int> = 0>
  iterator find(KeyType &&key);
  template <class KeyType, std::enable_if_t<is_key_view_v<KeyType>, int> = 0>
  const_iterator find(KeyType &&key) const;
  size_type count(const typename object_t::key_type &key) const;
  template <class KeyType, std::enable_if_t<is_key_view_v<KeyType>, int> = 0>
  size_type count(KeyType &&key) const;
  bool contains(const typename object_t::key_type &key) const;
  template <class KeyType, std::enable_if_t<is_key_view_v<KeyType>, int> = 0>
  bool contains(KeyType &&key) const;
  bool contains(const json_pointer &ptr) const;

  // ---- iterators ----
  iterator begin() noexcept;
  const_iterator begin() const noexcept;
  const_iterator cbegin() const noexcept;
  iterator end() noexcept;
  const_iterator end() const noexcept;
  const_iterator cend() const noexcept;
  reverse_iterator rbegin() noexcept;
  const_reverse_iterator rbegin() const noexcept;
  reverse_iterator rend() noexcept;
  const_reverse_iterator rend() const noexcept;
  const_reverse_iterator crbegin() const noexcept;
  const_reverse_iterator crend() const noexcept;
  detail::iteration_proxy<iterator> items() noexcept;
  detail::iteration_proxy<const_iterator> items() const noexcept;

  // ---- capacity ----
  bool empty() const noexcept;
  size_type size() const noexcept;
  size_type max_size() const noexcept;

  // ---- modifiers ----
  void clear() noexcept;
  void push_back(basic_json &&val);
  void push_back(const basic_json &val);
  void push_back(const typename object_t::value_type &val);
  void push_back(initializer_list_t init);
  reference operator+=(basic_json &&val);
  reference operator+=(const basic_json &val);
  reference operator+=(const typename object_t::value_type &val);
  reference operator+=(initializer_list_t init);
  template <class... Args>
  reference emplace_back(Args &&...args);
  template <class... Args>
  std::pair<iterator, bool> emplace(Args &&...args);
  iterator insert(const_iterator pos, const basic_json &val);
  iterator insert(const_iterator pos, basic_json &&val);
  iterator insert(const_iterator pos, size_type cnt, const basic_json &val);
  iterator insert(const_iterator pos, const_iterator first, const_iterator last);
  iterator insert(const_iterator pos, initializer_list_t ilist);
  void insert(const_iterator first, const_iterator last);
  void update(const_reference j, bool merge_objects = false);
  void update(const_iterator first, const_iterator last, bool merge_objects = false);
  void swap(reference other) noexcept;
  friend void swap(reference left, reference right) noexcept;
  void swap(array_t &other);
  void swap(object_t &other);
  void swap(string_t &other);

  // ---- comparison ----
#if defined(__cpp_impl_three_way_comparison) && __cpp_impl_three_way_comparison >= 201907L && \
    defined(__cpp_lib_three_way_comparison) && __cpp_lib_three_way_comparison >= 201907L
  // C++20: == and <=> as members; `"X" == j` and `j != "X"` are their rewritten forms.
  bool operator==(const_reference rhs) const noexcept;
  template <typename ScalarType, std::enable_if_t<std::is_scalar_v<ScalarType>, int> = 0>
  bool operator==(ScalarType rhs) const noexcept;
  bool operator!=(const_reference rhs) const noexcept;
  std::partial_ordering operator<=>(const_reference rhs) const noexcept;
  template <typename ScalarType, std::enable_if_t<std::is_scalar_v<ScalarType>, int> = 0>
  std::partial_ordering operator<=>(ScalarType rhs) const noexcept;
#else
  friend bool operator==(const_reference lhs, const_reference rhs) noexcept;
  template <typename ScalarType>
  friend std::enable_if_t<std::is_scalar_v<ScalarType>, bool> operator==(const_reference lhs, ScalarType rhs) noexcept;
  template <typename ScalarType>
  friend std::enable_if_t<std::is_scalar_v<ScalarType>, bool> operator==(ScalarType lhs, const_reference rhs) noexcept;
  friend bool operator!=(const_reference lhs, const_reference rhs) noexcept;
  template <typename ScalarType>
  friend std::enable_if_t<std::is_scalar_v<ScalarType>, bool> operator!=(const_reference lhs, ScalarType rhs) noexcept;
  template <typename ScalarType>
  friend std::enable_if_t<std::is_scalar_v<ScalarType>, bool> operator!=(ScalarType lhs, const_reference rhs) noexcept;
  friend bool operator<(const_reference lhs, const_reference rhs) noexcept;
  friend bool operator<=(const_reference lhs, const_reference rhs) noexcept;
  friend bool operator>(const_reference lhs, const_reference rhs) noexcept;
  friend bool operator>=(const_reference lhs, const_reference rhs) noexcept;
#endif

  // ---- JSON Pointer, Patch and Merge Patch ----
  basic_json flatten() const;
  basic_json unflatten() const;
  basic_json patch(const basic_json &json_patch) const;
  void patch_inplace(const basic_json &json_patch);
  static basic_json diff(const basic_json &source, const basic_json &target, const string_t &path = "");
  void merge_patch(const basic_json &apply_patch);
};

/// The value as a string, as dump() writes it.
NLOHMANN_BASIC_JSON_TPL_DECLARATION
std::string to_string(const NLOHMANN_BASIC_JSON_TPL &j);

inline namespace literals {
inline namespace json_literals {
json operator""_json(const char *s, std::size_t n);
json::json_pointer operator""_json_pointer(const char *s, std::size_t n);
} // namespace json_literals
} // namespace literals

} // namespace nlohmann

namespace std {

template <typename IteratorType>
struct tuple_size<::nlohmann::detail::iteration_proxy_value<IteratorType>> : std::integral_constant<std::size_t, 2> {};
template <std::size_t N, typename IteratorType>
struct tuple_element<N, ::nlohmann::detail::iteration_proxy_value<IteratorType>> {
  using type = decltype(::nlohmann::detail::get<N>(
      std::declval<::nlohmann::detail::iteration_proxy_value<IteratorType>>()));
};

NLOHMANN_BASIC_JSON_TPL_DECLARATION
struct hash<nlohmann::NLOHMANN_BASIC_JSON_TPL> {
  std::size_t operator()(const nlohmann::NLOHMANN_BASIC_JSON_TPL &j) const;
};

} // namespace std

// As the library does by default (JSON_USE_GLOBAL_UDLS): "..."_json without a using-directive.
using nlohmann::literals::json_literals::operator""_json;
using nlohmann::literals::json_literals::operator""_json_pointer;
