#include "cfn/references.h"

#include "cfn/intrinsic_call.h"
#include "cfn/sam_globals.h"
#include "cfn/sub_syntax.h"

#include <initializer_list>
#include <span>
#include <vector>

namespace tl::cfn {
namespace {

/// A reference found in a subtree, before it is attributed to a resource.
struct FoundReference {
  std::string_view to;
  const doc::Node *at;
  std::string path;
};

/// One step of a property path: a mapping key, or a list position when `key` is empty.
struct PathStep {
  std::string_view key;
  size_t index = 0;
};

/// Walks subtrees and lists the resources they name. The property path is kept as a stack of
/// steps and only spelled out for a reference found. YAML aliases may share subtrees; a walk
/// budget linear in the document's node count keeps alias fans from blowing up, while a tree
/// without aliases (every node visited once per template) never reaches it.
class ReferenceWalker {
public:
  explicit ReferenceWalker(const TemplateIndex &tmpl)
      : tmpl_(tmpl), budget_(2 * tmpl.document().arena.size() + 10'000) {}

  /// The references under `node`, whose property path is `root`.
  std::vector<FoundReference> walk(const doc::Node &node, std::initializer_list<std::string_view> root) {
    return walk(node, std::span<const std::string_view>(root.begin(), root.size()));
  }
  std::vector<FoundReference> walk(const doc::Node &node, std::span<const std::string_view> root) {
    found_.clear();
    path_.clear();
    for (std::string_view step : root)
      path_.push_back({step, 0});
    visit(node, false);
    return std::move(found_);
  }

private:
  // `inCall`: inside an intrinsic's arguments, whose keys and positions are no property path.
  void visit(const doc::Node &node, bool inCall);
  void visitChildren(const doc::Node &node, bool inCall);
  void visitCall(const IntrinsicCall &call);
  void visitSub(const IntrinsicCall &call);
  void note(std::string_view name, const doc::Node &at);
  std::string spellPath() const;

  const TemplateIndex &tmpl_;
  size_t budget_;
  std::vector<FoundReference> found_;
  std::vector<PathStep> path_;
};

std::string ReferenceWalker::spellPath() const {
  std::string out;
  for (const PathStep &step : path_) {
    if (!out.empty())
      out += '.';
    if (step.key.empty())
      out += std::to_string(step.index);
    else
      out += step.key;
  }
  return out;
}

// Only names of resources are edges: parameters and pseudo parameters order nothing.
void ReferenceWalker::note(std::string_view name, const doc::Node &at) {
  if (const Resource *r = tmpl_.resource(name))
    found_.push_back({r->id, &at, spellPath()});
}

// `${X}` and `${X.Attr}` of an Fn::Sub, except names the variables map defines.
void ReferenceWalker::visitSub(const IntrinsicCall &call) {
  const doc::Node *format = call.arg;
  const doc::Node *vars = nullptr;
  if (call.arg->isSequence() && call.arg->items().size() == 2) {
    format = call.arg->items()[0];
    vars = call.arg->items()[1]->isMapping() ? call.arg->items()[1] : nullptr;
  }
  if (format->isScalar()) {
    for (const SubPiece &piece : parseSub(format->value)) {
      if (piece.kind != SubPiece::Kind::Variable || (vars && vars->find(piece.text)))
        continue;
      note(piece.text.substr(0, piece.text.find('.')), *call.expr);
    }
  }
  if (vars)
    visitChildren(*vars, true);
}

void ReferenceWalker::visitCall(const IntrinsicCall &call) {
  if (call.is("Ref")) {
    // SAM's `!Ref Fn.Alias` depends on Fn.
    if (NamedReference ref = refArgument(call); ref.valid)
      note(ref.target.substr(0, ref.target.find('.')), *call.expr);
    return;
  }
  if (call.is("Fn::Sub"))
    return visitSub(call);
  if (call.is("Fn::GetAtt"))
    if (NamedReference ref = getAttArgument(call); ref.valid)
      note(ref.target, *call.expr);
  // Arguments may hold further calls (`!GetAtt [X, !Ref Attr]`, Join lists, If branches); the
  // path stays the property's, not the argument's position.
  if (call.arg != call.expr)
    visit(*call.arg, true);
  else
    visitChildren(*call.arg, true);
}

void ReferenceWalker::visitChildren(const doc::Node &node, bool inCall) {
  if (node.isMapping()) {
    for (const doc::MapEntry &e : node.entries()) {
      if (!inCall)
        path_.push_back({e.key->value, 0});
      visit(*e.value, inCall);
      if (!inCall)
        path_.pop_back();
    }
  } else if (node.isSequence()) {
    for (size_t i = 0; i < node.items().size(); ++i) {
      if (!inCall)
        path_.push_back({{}, i});
      visit(*node.items()[i], inCall);
      if (!inCall)
        path_.pop_back();
    }
  }
}

void ReferenceWalker::visit(const doc::Node &node, bool inCall) {
  if (budget_ == 0)
    return;
  --budget_;
  if (node.isScalar() && node.tag.empty())
    return;
  if (auto call = asIntrinsic(node))
    visitCall(*call);
  else
    visitChildren(node, inCall);
}

void addReferences(const TemplateIndex &tmpl, std::string_view from, std::vector<FoundReference> found,
                   model::Model &model) {
  for (FoundReference &f : found) {
    if (f.to == from) // a self-reference is no edge between resources
      continue;
    const Resource *target = tmpl.resource(f.to);
    model.references.push_back({std::string(from), std::string(f.to), tmpl.at(*f.at), std::move(f.path),
                                target ? std::string(target->type) : std::string()});
  }
}

// `DependsOn: X` or `DependsOn: [X, Y]`.
void dependsOn(const TemplateIndex &tmpl, const Resource &r, const doc::Node &value, model::Model &model) {
  std::vector<FoundReference> found;
  auto add = [&](const doc::Node *n) {
    if (n->isScalar())
      if (const Resource *target = tmpl.resource(n->value))
        found.push_back({target->id, n, "DependsOn"});
  };
  if (value.isSequence())
    for (const doc::Node *item : value.items())
      add(item);
  else
    add(&value);
  addReferences(tmpl, r.id, std::move(found), model);
}

void resourceReferences(const TemplateIndex &tmpl, ReferenceWalker &walker, const Resource &r, model::Model &model) {
  for (const doc::MapEntry &e : r.body->entries()) {
    std::string_view key = e.key->value;
    if (key == "Metadata")
      continue;
    if (key == "DependsOn") {
      dependsOn(tmpl, r, *e.value, model);
      continue;
    }
    if (key == "Properties" && r.kind == ResourceKind::ServerlessFunction && e.value->isMapping()) {
      // Event sources become separate resources (permissions, mappings, LambdaConfig entries).
      for (const doc::MapEntry &p : e.value->entries())
        if (p.key->value != "Events")
          addReferences(tmpl, r.id, walker.walk(*p.value, {"Properties", p.key->value}), model);
      continue;
    }
    addReferences(tmpl, r.id, walker.walk(*e.value, {key}), model);
  }
}

// SAM merges each Globals.Function property into the function's own (SAM's globals
// documentation): mappings key by key with the function's value winning, lists concatenated
// (global items first), anything else, intrinsics included, replaced by the function's value.
// Only the parts of a global value that survive the merge reference anything from the function.
void inheritedReferences(ReferenceWalker &walker, const doc::Node &global, const doc::Node *own,
                         std::vector<std::string_view> &path, std::vector<FoundReference> &out) {
  auto keep = [&] {
    for (FoundReference &f : walker.walk(global, path))
      out.push_back(std::move(f));
  };
  if (!own)
    return keep();
  const bool globalPlain = !asIntrinsic(global), ownPlain = !asIntrinsic(*own);
  if (globalPlain && ownPlain && global.isSequence() && own->isSequence())
    return keep();
  if (!globalPlain || !ownPlain || !global.isMapping() || !own->isMapping())
    return; // replaced
  for (const doc::MapEntry &e : global.entries()) {
    path.push_back(e.key->value);
    inheritedReferences(walker, *e.value, own->find(e.key->value), path, out);
    path.pop_back();
  }
}

void globalsReferences(const TemplateIndex &tmpl, ReferenceWalker &walker, model::Model &model) {
  const doc::Node *globals = tmpl.globalsFunction();
  if (!globals)
    return;
  // Globals without any reference cannot add an edge: most templates stop here.
  std::vector<const doc::MapEntry *> referencing;
  for (const doc::MapEntry &e : globals->entries())
    if (!walker.walk(*e.value, {"Globals", "Function", e.key->value}).empty())
      referencing.push_back(&e);
  if (referencing.empty())
    return;
  std::vector<std::string_view> path;
  std::vector<FoundReference> found;
  for (const Resource &r : tmpl.resources()) {
    if (r.kind != ResourceKind::ServerlessFunction)
      continue;
    for (const doc::MapEntry *e : referencing) {
      if (!inheritedGlobal(tmpl, r, e->key->value))
        continue;
      path.assign({"Globals", "Function", e->key->value});
      found.clear();
      inheritedReferences(walker, *e->value, r.property(e->key->value), path, found);
      addReferences(tmpl, r.id, std::move(found), model);
    }
  }
}

} // namespace

void collectReferences(const TemplateIndex &tmpl, model::Model &model) {
  ReferenceWalker walker(tmpl);
  for (const Resource &r : tmpl.resources())
    resourceReferences(tmpl, walker, r, model);
  globalsReferences(tmpl, walker, model);
}

} // namespace tl::cfn
