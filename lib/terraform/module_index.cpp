#include "terraform/module_index.h"

#include "model/declaration_scope.h"
#include "model/model.h"

namespace tl::terraform {

const hcl::Attribute *Resource::attribute(std::string_view name) const {
  for (const hcl::Attribute &a : block->body.attributes)
    if (a.name == name)
      return &a;
  return nullptr;
}

const hcl::Block *Resource::nested(std::string_view name) const {
  for (const hcl::Block &b : block->body.blocks)
    if (b.type == name)
      return &b;
  return nullptr;
}

std::string Resource::address() const {
  std::string out = data ? "data." : "";
  return out.append(type).append(".").append(name);
}

std::string Resource::key() const { return model::resourceKey(model::declarationScope(file->path), address()); }

namespace {

// Terraform reads terraform.tfvars, then the *.auto.tfvars files in lexical order, each one
// overriding what the earlier ones set.
bool isVariableFile(std::string_view path) { return path.ends_with(".tfvars"); }

// True when Terraform reads the variable file `a` after `b` (so `a`'s values win).
bool readAfter(std::string_view a, std::string_view b) {
  auto rank = [](std::string_view path) {
    const size_t slash = path.find_last_of('/');
    return (slash == std::string_view::npos ? path : path.substr(slash + 1)) == "terraform.tfvars" ? 0 : 1;
  };
  return rank(a) != rank(b) ? rank(a) > rank(b) : a > b;
}

} // namespace

void ModuleIndex::add(std::shared_ptr<const SourceFile> file) {
  const SourceFile *f = file.get();
  files_.push_back(std::move(file));
  if (isVariableFile(f->path)) {
    for (const hcl::Attribute &a : f->syntax.body.attributes) {
      auto it = assignments_.find(a.name);
      if (it == assignments_.end() || readAfter(f->path, it->second.file->path))
        assignments_.insert_or_assign(a.name, Definition{a.value.get(), f, a.offset});
    }
    return;
  }
  for (const hcl::Block &block : f->syntax.body.blocks) {
    if ((block.type == "resource" || block.type == "data") && block.labels.size() == 2) {
      Resource r;
      r.type = block.labels[0];
      r.name = block.labels[1];
      r.data = block.type == "data";
      r.block = &block;
      r.file = f;
      r.count = r.attribute("count") ? r.attribute("count")->value.get() : nullptr;
      r.forEach = r.attribute("for_each") ? r.attribute("for_each")->value.get() : nullptr;
      resources_.push_back(r);
    } else if (block.type == "variable" && block.labels.size() == 1) {
      Definition d{nullptr, f, block.labelOffsets[0]};
      for (const hcl::Attribute &a : block.body.attributes)
        if (a.name == "default")
          d.value = a.value.get();
      variables_.insert_or_assign(block.labels[0], d);
    } else if (block.type == "module" && block.labels.size() == 1) {
      moduleCalls_.insert_or_assign(block.labels[0], &block);
    } else if (block.type == "locals") {
      for (const hcl::Attribute &a : block.body.attributes)
        locals_.insert_or_assign(a.name, Definition{a.value.get(), f, a.offset});
    }
  }
}

const Resource *ModuleIndex::resource(std::string_view type, std::string_view name, bool data) const {
  for (const Resource &r : resources_)
    if (r.data == data && r.type == type && r.name == name)
      return &r;
  return nullptr;
}

Definition ModuleIndex::variableDefault(std::string_view name) const {
  auto it = variables_.find(std::string(name));
  return it == variables_.end() ? Definition{} : it->second;
}

Definition ModuleIndex::variableAssignment(std::string_view name) const {
  auto it = assignments_.find(std::string(name));
  return it == assignments_.end() ? Definition{} : it->second;
}

bool ModuleIndex::hasVariable(std::string_view name) const { return variables_.count(std::string(name)) > 0; }

const hcl::Block *ModuleIndex::moduleCall(std::string_view name) const {
  auto it = moduleCalls_.find(std::string(name));
  return it == moduleCalls_.end() ? nullptr : it->second;
}

Definition ModuleIndex::local(std::string_view name) const {
  auto it = locals_.find(std::string(name));
  return it == locals_.end() ? Definition{} : it->second;
}

Location ModuleIndex::at(const SourceFile &file, uint32_t offset) const {
  auto it = positions_.find(&file);
  if (it == positions_.end())
    it = positions_.emplace(&file, doc::TextPosition(file.text, file.text.starts_with("\xEF\xBB\xBF") ? 3 : 0)).first;
  const doc::TextPoint p = it->second.at(offset);
  return Location{FilePath(file.path), p.line, p.column};
}

} // namespace tl::terraform
