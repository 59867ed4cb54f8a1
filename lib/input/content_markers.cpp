#include "input/content_markers.h"

#include "awsjson/dump_files.h"

namespace tl::input {

bool mentionsTemplateMarkers(std::string_view text) {
  return text.find("AWSTemplateFormatVersion") != std::string_view::npos ||
         text.find("AWS::Serverless") != std::string_view::npos ||
         (text.find("Resources") != std::string_view::npos && text.find("AWS::") != std::string_view::npos);
}

// Dumps are JSON files; documentation that quotes CLI output (.rst, .md) is not one.
bool mentionsDumpMarkers(std::string_view text) {
  return text.find("\"UserPool\"") != std::string_view::npos || text.find("\"UserPools\"") != std::string_view::npos ||
         text.find("\"FunctionArn\"") != std::string_view::npos ||
         (text.find("\"Policy\"") != std::string_view::npos && text.find("lambda") != std::string_view::npos) ||
         text.find(awsjson::kCollectErrorKey) != std::string_view::npos ||
         text.find("\"terraform_version\"") != std::string_view::npos;
}

} // namespace tl::input
