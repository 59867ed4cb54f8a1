// get-policy (`{"Policy": "<policy JSON as a string>", "RevisionId": ...}`): each Allow
// statement becomes a model::Permission with positions inside the string.
#include "awsjson/dump_files.h"
#include "awsjson/dump_frontend.h"
#include "awsjson/dump_internal.h"
#include "awsjson/embedded_json.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

namespace tl::awsjson::detail {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// IAM values are a string or an array of strings.
std::vector<const doc::Node *> scalars(const doc::Node *node) {
  std::vector<const doc::Node *> out;
  if (!node)
    return out;
  if (node->isScalar())
    out.push_back(node);
  else if (node->isSequence())
    for (const doc::Node *item : node->items())
      if (item->isScalar())
        out.push_back(item);
  return out;
}

// Condition keys are case-insensitive; the operator (ArnLike, StringEquals, ...) does not matter
// for what the statement is scoped to.
void readConditions(const doc::Document &doc, const doc::Node *condition, model::Permission &p) {
  if (!condition || !condition->isMapping())
    return;
  for (const doc::MapEntry &op : condition->entries()) {
    if (!op.value->isMapping())
      continue;
    for (const doc::MapEntry &entry : op.value->entries()) {
      std::string key = lower(std::string(entry.key->value));
      if (key == "aws:sourcearn") {
        p.hasSourceArn = true;
        p.sourceArnLoc = at(doc, entry.key);
        for (const doc::Node *value : scalars(entry.value))
          p.sourceArn.push_back(dumpedArn(doc, value));
      } else if (key == "aws:sourceaccount") {
        p.hasSourceAccount = true;
      }
    }
  }
}

void addCandidates(const doc::Document &doc, const doc::Node *node, model::Candidates &out) {
  for (const doc::Node *value : scalars(node))
    out.push_back(dumped(doc, value));
}

void loadStatement(const doc::Document &doc, const doc::Node &statement, size_t index, std::set<std::string> &keys,
                   model::Model &model) {
  if (!statement.isMapping())
    return;
  if (const doc::Node *effect = statement.find("Effect"); effect && effect->isScalar() && effect->value != "Allow")
    return;
  model::Permission p;
  p.dumped = true;
  p.file = doc.path;
  p.loc = at(doc, &statement);
  if (const doc::Node *sid = statement.find("Sid"); sid && sid->isScalar()) {
    p.statementId = sid->value;
    p.loc = at(doc, sid);
  }
  // Principal: "*", {"Service": ...}, {"AWS": ...}; each value is a candidate.
  if (const doc::Node *principal = statement.find("Principal")) {
    if (principal->isMapping())
      for (const doc::MapEntry &entry : principal->entries())
        addCandidates(doc, entry.value, p.principal);
    else
      addCandidates(doc, principal, p.principal);
  }
  addCandidates(doc, statement.find("Action"), p.action);
  for (const doc::Node *resource : scalars(statement.find("Resource")))
    p.function.push_back(dumpedArn(doc, resource));
  readConditions(doc, statement.find("Condition"), p);
  std::string resource = p.function.empty() ? doc.path : p.function.front().literal.str();
  std::string sid =
      p.statementId.empty() ? std::to_string(index + 1) : p.statementId.str(); // messages say "statement <sid>"
  p.key = model::resourceKey(resource, sid);
  while (!keys.insert(p.key).second)
    p.key += "'";
  model.permissions.push_back(std::move(p));
}

} // namespace

bool isPolicyDump(const doc::Node &object) {
  const doc::Node *policy = object.find("Policy");
  if (!policy || !policy->isScalar())
    return false;
  size_t first = policy->value.find_first_not_of(" \t\r\n");
  return first != std::string::npos && policy->value[first] == '{';
}

void loadPolicy(const doc::Document &doc, const doc::Node &object, model::Model &model) {
  const doc::Node *policy = object.find("Policy");
  doc::Document inner;
  if (!readEmbeddedJson(doc, *policy, inner)) {
    const doc::ParseProblem *problem = inner.problems.empty() ? nullptr : &inner.problems.front();
    model.problems.push_back({problem ? Location{doc.path, problem->line, problem->column} : at(doc, policy),
                              "the Policy string of this get-policy output is not a JSON policy: " +
                                  (problem ? problem->message : std::string("empty")),
                              false});
    return;
  }
  const doc::Node *statements = inner.root->isMapping() ? inner.root->find("Statement") : nullptr;
  std::vector<const doc::Node *> list;
  if (statements && statements->isSequence())
    list.assign(statements->items().begin(), statements->items().end());
  else if (statements && statements->isMapping())
    list.push_back(statements);
  std::set<std::string> keys;
  const size_t first = model.permissions.size();
  for (size_t i = 0; i < list.size(); ++i)
    loadStatement(inner, *list[i], i, keys, model);
  // The policy is read for every ARN its statements name (a policy belongs to one function,
  // version or alias; its statements all name it).
  std::set<std::string> arns;
  for (size_t i = first; i < model.permissions.size(); ++i)
    for (const auto &target : model.permissions[i].function)
      if (arns.insert(target.literal).second)
        model.policiesRead.push_back({target.literal, at(doc, policy), false});
  // A policy whose statements name no function (no Allow statement, no Resource): the name
  // `triggerlint collect` gave the file says which function and qualifier it belongs to.
  DumpFileName name = parseDumpFileName(std::filesystem::path(doc.path).filename().string());
  if (arns.empty() && name.ok && !name.error && name.operation == "get-policy" && !name.subject.empty())
    model.policiesRead.push_back(
        {name.qualifier.empty() ? name.subject : name.subject + ":" + name.qualifier, at(doc, policy), false});
}

} // namespace tl::awsjson::detail
