#include <string>
bool isTokenGeneration(const std::string &source) {
  return source == "TokenGeneration_Authentication" || source == "TokenGeneration_RefreshTokens";
}
