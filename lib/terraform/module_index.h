#pragma once
// One Terraform module: the `.tf` files of one directory, which Terraform reads as one
// configuration. The index finds resources, data sources, variables, locals and module calls by
// name across those files, and turns offsets into locations.
#include "document/text_position.h"
#include "hcl/syntax.h"
#include "source/location.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tl::terraform {

/// A parsed `.tf` file; the text stays for locations.
struct SourceFile {
  std::string path;
  std::string text;
  hcl::File syntax;
};

/// `resource "TYPE" "NAME" {...}` or `data "TYPE" "NAME" {...}`.
struct Resource {
  std::string_view type;
  std::string_view name;
  bool data = false;
  const hcl::Block *block = nullptr;
  const SourceFile *file = nullptr;
  const hcl::Expression *count = nullptr;   // the `count` meta-argument, if any
  const hcl::Expression *forEach = nullptr; // the `for_each` meta-argument, if any

  /// The attribute `name` of the resource's body, or null.
  const hcl::Attribute *attribute(std::string_view name) const;
  /// The first nested block of type `name`, or null.
  const hcl::Block *nested(std::string_view name) const;
  /// How Terraform names it: "aws_lambda_function.f", "data.archive_file.zip".
  std::string address() const;
  /// Its model key: the address in the module's scope (model/declaration_scope.h).
  std::string key() const;
};

/// Where a named expression is written (a variable's default, a local's value).
struct Definition {
  const hcl::Expression *value = nullptr;
  const SourceFile *file = nullptr;
  uint32_t nameOffset = 0; // the variable block's label, the local's name
};

/// The configuration of one module directory.
class ModuleIndex {
public:
  /// Adds a parsed file; the index keeps it (and pointers into it) for its lifetime. A file may
  /// be shared with other indexes (every file of a directory is read with the same siblings).
  void add(std::shared_ptr<const SourceFile> file);

  const std::vector<Resource> &resources() const { return resources_; }
  /// `resource "type" "name"` (data = false) or `data "type" "name"`; null when not declared.
  const Resource *resource(std::string_view type, std::string_view name, bool data = false) const;
  /// `variable "name" { default = ... }`: the default, or a null value when there is none.
  Definition variableDefault(std::string_view name) const;
  /// The variable's value in the module's terraform.tfvars or *.auto.tfvars (the last of them
  /// in Terraform's order), or a null value when none sets it.
  Definition variableAssignment(std::string_view name) const;
  /// True when `variable "name"` is declared (with or without a default).
  bool hasVariable(std::string_view name) const;
  /// `module "name" {...}`: the call's block, or null.
  const hcl::Block *moduleCall(std::string_view name) const;
  /// `locals { name = ... }`.
  Definition local(std::string_view name) const;
  /// The files in the order they were added.
  const std::vector<std::shared_ptr<const SourceFile>> &files() const { return files_; }

  /// The location of `offset` in `file`.
  Location at(const SourceFile &file, uint32_t offset) const;

private:
  std::vector<std::shared_ptr<const SourceFile>> files_;
  std::vector<Resource> resources_;
  std::unordered_map<std::string, Definition> variables_; // declared ones, default or not
  std::unordered_map<std::string, Definition> assignments_; // from variable files
  std::unordered_map<std::string, Definition> locals_;
  std::unordered_map<std::string, const hcl::Block *> moduleCalls_;
  mutable std::unordered_map<const SourceFile *, doc::TextPosition> positions_;
};

} // namespace tl::terraform
