#pragma once
// The skeleton of one template, indexed once: resources by logical id, parameters, mappings,
// SAM Globals, and the literal function names used to link ARNs to functions. Built in one
// pass so that nothing later loops over all resources per lookup.
#include "document/node.h"
#include "model/model.h"
#include "source/location.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tl::cfn {

/// Resource types the frontend translates or needs to recognise in targets.
enum class ResourceKind {
  Other,
  UserPool,           // AWS::Cognito::UserPool
  ReplicaConfig,      // AWS::Cognito::UserPoolRegionalConfigurationAttachment (a replica's settings)
  LambdaFunction,     // AWS::Lambda::Function
  ServerlessFunction, // AWS::Serverless::Function
  LambdaAlias,        // AWS::Lambda::Alias
  LambdaVersion,      // AWS::Lambda::Version
  LambdaPermission,   // AWS::Lambda::Permission
};

/// One entry of `Resources` (the last one when a logical id is duplicated, as CloudFormation).
struct Resource {
  std::string_view id;
  const doc::Node *idNode = nullptr;
  const doc::Node *body = nullptr;       // the resource mapping
  const doc::Node *properties = nullptr; // `Properties` when it is a mapping, else null
  std::string_view type;
  ResourceKind kind = ResourceKind::Other;
  std::string_view condition; // resource `Condition`

  bool isFunction() const { return kind == ResourceKind::LambdaFunction || kind == ResourceKind::ServerlessFunction; }
  /// The property `name`, or null when absent.
  const doc::Node *property(std::string_view name) const;
};

class TemplateIndex {
public:
  /// Indexes `doc` (whose root is a mapping); structural problems go to `problems`.
  TemplateIndex(const doc::Document &doc, std::vector<model::InputProblem> &problems);

  const doc::Document &document() const { return doc_; }
  const std::string &path() const { return doc_.path; }
  /// Directory of the template, for code paths written relative to it ("" = current directory).
  const std::string &directory() const { return directory_; }

  const std::vector<Resource> &resources() const { return resources_; }
  const Resource *resource(std::string_view id) const;
  /// The model key of a resource: "file#LogicalId".
  std::string keyOf(std::string_view id) const;
  /// The logical id of the function whose literal `FunctionName` is `name`, or "".
  std::string_view functionNamed(std::string_view name) const;

  /// Whether an `Fn::ForEach` loop of AWS::LanguageExtensions may generate a resource with this
  /// logical id (its output key, `${Identifier}` standing for any text). Such resources are not
  /// indexed: what they are is decided at deploy time.
  bool mayBeGenerated(std::string_view id) const;

  const doc::Node *parameter(std::string_view name) const;
  /// `Mappings.<map>` as a mapping, or null.
  const doc::Node *mapping(std::string_view name) const;
  /// `Globals.Function`, or null (only meaningful for AWS::Serverless::Function).
  const doc::Node *globalsFunction() const { return globalsFunction_; }

  Location at(const doc::Node &node) const { return {file_, node.line, node.column}; }
  void addProblem(const doc::Node &node, std::string message) const;

private:
  void indexResources(const doc::Node &resources);
  void indexLoop(const doc::Node &loop);
  void indexFunctionNames();
  void indexParameters(const doc::Node &parameters);

  const doc::Document &doc_;
  FilePath file_; // interned once: every Location of the template copies this pointer
  std::vector<model::InputProblem> &problems_;
  std::string directory_;
  std::vector<Resource> resources_;
  std::vector<uint32_t> byId_;                 // positions in resources_, sorted by logical id
  std::vector<std::string_view> generatedIds_; // Fn::ForEach output keys, with their placeholders
  std::unordered_map<std::string_view, std::string_view> functionByName_;
  std::unordered_map<std::string_view, const doc::Node *> parameters_;
  const doc::Node *mappings_ = nullptr;
  const doc::Node *globalsFunction_ = nullptr;
};

/// True for the pseudo parameters (`AWS::Region`, `AWS::AccountId`, ...): known only at deploy time.
bool isPseudoParameter(std::string_view name);

} // namespace tl::cfn
