#pragma once
// Where things are in the JSON `terraform show -json` prints: the resource instances of a plan's
// planned_values (or of state's values) in every module, which of their attributes are known only
// after apply (resource_changes' after_unknown), and the configuration each instance came from.
// Knows the output format (Terraform's "JSON Output Format" documentation), not the provider.
#include "document/node.h"
#include "model/model.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tl::terraform {

/// One resource instance of a plan or of state.
struct PlanInstance {
  std::string address;                // "module.fn.aws_lambda_function.this[0]"
  std::string modulePath;             // its module's configuration path: "" (root), "module.fn.module.inner"
  std::string_view type;              // "aws_lambda_function"
  std::string_view name;              // "this"
  const doc::Node *object = nullptr;  // the instance's object in planned_values/values
  const doc::Node *values = nullptr;  // its `values`
  const doc::Node *unknown = nullptr; // its after_unknown, null when nothing is unknown (state)
  const doc::Node *config = nullptr;  // its resource's `expressions` in configuration, or null
};

/// The instances of one plan or state document and its configuration.
class PlanIndex {
public:
  PlanIndex(const doc::Document &doc, const doc::Node &root);

  const doc::Document &document() const { return doc_; }
  Location at(const doc::Node *node) const;
  const std::vector<PlanInstance> &instances() const { return instances_; }

  /// The managed instances of resource `type.name` declared in the module at `modulePath`.
  std::vector<const PlanInstance *> instancesOf(std::string_view modulePath, std::string_view type,
                                                std::string_view name) const;
  /// The configuration of the module at `modulePath` (resources, module_calls, outputs), or null.
  const doc::Node *moduleConfig(std::string_view modulePath) const;
  /// The `module_calls` entry that calls the module at `modulePath` (its `expressions`), or null.
  const doc::Node *moduleCall(std::string_view modulePath) const;
  /// A root variable's value (`variables.NAME.value`), or null.
  const doc::Node *rootVariable(std::string_view name) const;
  /// The aws_lambda_function instance whose function_name is `name`, or null.
  const PlanInstance *functionNamed(std::string_view name) const;

private:
  void addModule(const doc::Node &module, const std::string &modulePath);

  const doc::Document &doc_;
  const doc::Node &root_;
  std::vector<PlanInstance> instances_;
  std::map<std::string, const doc::Node *, std::less<>> unknownByAddress_;
  // "modulePath type.name" -> indexes into instances_: a large plan follows many references.
  std::map<std::string, std::vector<size_t>, std::less<>> byResource_;
};

/// The module containing the module at `modulePath` ("module.a.module.b" -> "module.a"; "" for
/// the root's children and the root).
std::string_view parentModulePath(std::string_view modulePath);
/// The path of the module that `call` calls from the module at `modulePath`.
std::string childModulePath(std::string_view modulePath, std::string_view call);

/// The member `key` of the mapping `node`, or null (also when `node` is null or not a mapping).
const doc::Node *member(const doc::Node *node, std::string_view key);
/// The first item of a one-block list (`lambda_config: [ {...} ]`), or the node itself when it is
/// not a list; null for an empty list.
const doc::Node *firstBlock(const doc::Node *node);
/// True when `node` is the JSON `true`.
bool isTrue(const doc::Node *node);
/// A known, non-null scalar value's text ("" for null, absent and non-scalars).
std::string_view scalarText(const doc::Node *node);

} // namespace tl::terraform
