// AWS SDK for C++ JSON declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/core/Aws.h>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace Aws {
namespace Utils {

template <typename T> class Array {
public:
  Array() = default;
  explicit Array(std::size_t size) : m_data(size) {}
  Array(const T *data, std::size_t size) : m_data(data, data + size) {}
  Array(std::initializer_list<T> items) : m_data(items) {}
  T &operator[](std::size_t i) { return m_data[i]; }
  const T &operator[](std::size_t i) const { return m_data[i]; }
  std::size_t GetLength() const { return m_data.size(); }

private:
  std::vector<T> m_data;
};

namespace Json {
class JsonView;

class JsonValue {
public:
  JsonValue();
  JsonValue(const Aws::String &value);
  JsonValue(const JsonValue &value);
  JsonValue &operator=(const JsonValue &other);
  ~JsonValue();
  bool WasParseSuccessful() const;
  const Aws::String &GetErrorMessage() const;
  JsonValue &WithString(const char *key, const Aws::String &value);
  JsonValue &WithString(const Aws::String &key, const Aws::String &value);
  JsonValue &AsString(const Aws::String &value);
  JsonValue &WithBool(const char *key, bool value);
  JsonValue &WithBool(const Aws::String &key, bool value);
  JsonValue &AsBool(bool value);
  JsonValue &WithInteger(const char *key, int value);
  JsonValue &WithInteger(const Aws::String &key, int value);
  JsonValue &AsInteger(int value);
  JsonValue &WithInt64(const char *key, long long value);
  JsonValue &WithInt64(const Aws::String &key, long long value);
  JsonValue &WithDouble(const char *key, double value);
  JsonValue &WithDouble(const Aws::String &key, double value);
  JsonValue &WithArray(const char *key, const Array<Aws::String> &array);
  JsonValue &WithArray(const Aws::String &key, const Array<Aws::String> &array);
  JsonValue &WithArray(const Aws::String &key, const Array<JsonValue> &array);
  JsonValue &AsArray(const Array<JsonValue> &array);
  JsonValue &WithObject(const char *key, const JsonValue &value);
  JsonValue &WithObject(const Aws::String &key, const JsonValue &value);
  JsonValue &AsObject(const JsonValue &value);
  JsonView View() const;
};

class JsonView {
public:
  JsonView();
  JsonView(const JsonValue &value);
  Aws::String GetString(const Aws::String &key) const;
  Aws::String AsString() const;
  bool GetBool(const Aws::String &key) const;
  int GetInteger(const Aws::String &key) const;
  long long GetInt64(const Aws::String &key) const;
  JsonView GetObject(const Aws::String &key) const;
  JsonView AsObject() const;
  Array<JsonView> GetArray(const Aws::String &key) const;
  bool ValueExists(const Aws::String &key) const;
  bool KeyExists(const Aws::String &key) const;
  bool IsString() const;
  bool IsObject() const;
  bool IsNull() const;
  Aws::String WriteCompact(bool treatAsObject = true) const;
  Aws::String WriteReadable(bool treatAsObject = true) const;
  JsonValue Materialize() const;
};

} // namespace Json
} // namespace Utils
} // namespace Aws
