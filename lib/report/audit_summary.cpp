#include "report/audit_summary.h"

#include "model/arn.h"
#include "source/printable_text.h"

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

namespace tl::report {
namespace {

// Pool names and ARNs come from the inputs: a cell shows their start, so that one long name
// cannot make every line of the table as long as itself (a 1 MB name in 500 rows once printed
// 502 MB). Wide enough for a pool id and a function name with its qualifier.
constexpr size_t kMaxCell = 64;

using Place = std::tuple<std::string, uint32_t, uint32_t>;

Place placeOf(const Location &loc) { return {loc.file, loc.line, loc.column}; }

struct Row {
  std::string pool, trigger, function, timeout;
  std::set<Place> places;
  std::set<std::string> rules;
};

std::string functionLabel(const model::Target &target) {
  if (target.form != model::Target::Form::Literal)
    return "?";
  std::optional<model::FunctionArn> arn = model::FunctionArn::parse(target.literal);
  return arn ? arn->displayName() : target.literal.str();
}

std::string timeoutLabel(const model::Function *fn) {
  if (!fn)
    return "?"; // no function dump: unknown (TL003 says so)
  for (const auto &c : fn->timeout)
    if (c.value)
      return *c.value + " s";
  return "?";
}

void addPlaces(Row &row, const model::Candidates &candidates) {
  for (const auto &c : candidates)
    row.places.insert(placeOf(c.loc));
}

std::vector<Row> rowsOf(const model::Model &model) {
  // Permissions by the function they name, so their findings (TL106) land on the row.
  std::unordered_map<std::string, std::vector<const model::Permission *>> permissions;
  for (const auto &p : model.permissions)
    for (const auto &target : p.function)
      if (!target.function.empty())
        permissions[target.function].push_back(&p);

  // Policy reads by the ARN they were made for, so findings that rest on a policy (TL105's "no
  // policy") land on every row of that function, not only on the binding they are reported at.
  std::unordered_map<std::string, std::vector<const model::PolicyRead *>> policyReads;
  for (const auto &read : model.policiesRead)
    policyReads[model::functionIdentity(read.function)].push_back(&read);

  std::vector<Row> rows;
  for (const auto &pool : model.pools) {
    if (!pool.logicalId.empty())
      continue; // templates have their own findings; the table is for what is deployed
    // Both parts cut on their own, so that a long name cannot hide the pool id.
    const std::string poolLabel = pool.name.empty() ? printableCell(pool.key, kMaxCell)
                                                    : printableCell(pool.name, kMaxCell) + " (" +
                                                          printableCell(pool.key, kMaxCell) + ")";
    const size_t first = rows.size();
    for (const auto &binding : pool.triggers) {
      std::vector<const model::Target *> targets;
      for (const auto &t : binding.targets)
        targets.push_back(&t);
      if (targets.empty())
        targets.push_back(nullptr);
      for (const model::Target *target : targets) {
        Row row{poolLabel, binding.trigger, target ? functionLabel(*target) : "-", "-", {}, {}};
        row.places.insert(placeOf(binding.keyLoc));
        row.places.insert(placeOf(binding.lambdaVersionKeyLoc));
        addPlaces(row, binding.lambdaVersion);
        const model::Function *fn =
            target && !target->function.empty() ? model.findFunction(target->function) : nullptr;
        if (target) {
          row.places.insert(placeOf(target->loc));
          row.timeout = timeoutLabel(fn);
          if (auto it = policyReads.find(model::functionIdentity(target->literal)); it != policyReads.end())
            for (const model::PolicyRead *read : it->second)
              row.places.insert(placeOf(read->loc));
        }
        if (fn) {
          row.places.insert(placeOf(fn->loc));
          addPlaces(row, fn->timeout);
          addPlaces(row, fn->reservedConcurrency);
          for (const model::Permission *p : permissions[fn->key]) {
            row.places.insert(placeOf(p->loc));
            addPlaces(row, p->principal);
          }
        }
        rows.push_back(std::move(row));
      }
    }
    if (rows.size() == first) {
      Row row{poolLabel, "-", "-", "-", {}, {}};
      row.places.insert(placeOf(pool.loc));
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

void attribute(std::vector<Row> &rows, const std::vector<Finding> &findings) {
  std::unordered_map<std::string, std::vector<size_t>> rowsByFile; // keeps the lookups cheap
  for (size_t i = 0; i < rows.size(); ++i)
    for (const Place &p : rows[i].places)
      rowsByFile[std::get<0>(p)].push_back(i);
  auto visit = [&](const Location &loc, const std::string &rule) {
    auto it = rowsByFile.find(loc.file);
    if (it == rowsByFile.end())
      return;
    for (size_t i : it->second)
      if (rows[i].places.count(placeOf(loc)))
        rows[i].rules.insert(rule);
  };
  for (const Finding &f : findings) {
    visit(f.loc, f.rule);
    for (const FindingNote &note : f.notes)
      visit(note.loc, f.rule);
  }
}

} // namespace

void writeAuditSummary(std::ostream &out, const model::Model &model, const std::vector<Finding> &findings) {
  std::vector<Row> rows = rowsOf(model);
  if (rows.empty())
    return;
  attribute(rows, findings);
  std::set<std::string> pools;
  for (const Row &row : rows)
    pools.insert(row.pool);

  std::vector<std::array<std::string, 5>> cells;
  cells.push_back({"pool", "trigger", "function", "timeout", "findings"});
  for (const Row &row : rows) {
    std::string rules;
    for (const std::string &rule : row.rules)
      rules += (rules.empty() ? "" : " ") + rule;
    cells.push_back({row.pool, printableCell(row.trigger, kMaxCell),
                     printableCell(row.function, kMaxCell), printableCell(row.timeout, kMaxCell),
                     rules.empty() ? "-" : rules});
  }
  std::array<size_t, 5> width{};
  for (const auto &line : cells)
    for (size_t c = 0; c < line.size(); ++c)
      width[c] = std::max(width[c], characterCount(line[c]));

  out << "\nAudit of " << pools.size() << (pools.size() == 1 ? " deployed user pool" : " deployed user pools")
      << " (timeout: deployed value, ? = not in the inputs):\n";
  for (const auto &line : cells) {
    std::string text;
    for (size_t c = 0; c < line.size(); ++c) {
      text += line[c];
      if (c + 1 < line.size())
        text += std::string(width[c] - characterCount(line[c]) + 2, ' ');
    }
    out << "  " << text << "\n";
  }
}

} // namespace tl::report
