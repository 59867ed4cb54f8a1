#include "cpp/frontend_file_names.h"

#include <map>

namespace tl::cpp {
namespace {

using Renames = std::map<std::string, std::string>; // as JSON spells it -> as given

void restore(std::string &file, const Renames &renames) {
  auto it = renames.find(file);
  if (it != renames.end())
    file = it->second;
}

void restore(FilePath &file, const Renames &renames) {
  std::string text = file;
  restore(text, renames);
  file = text;
}

void restore(model::CodeContext &ctx, const Renames &renames) {
  restore(ctx.loc.file, renames);
  for (auto &via : ctx.via)
    restore(via.file, renames);
}

void restore(model::Handler &h, const Renames &renames) {
  restore(h.file, renames);
  restore(h.loc.file, renames);
  restore(h.annotationLoc.file, renames);
  for (auto &l : h.annotatedTriggerLocs)
    restore(l.file, renames);
  for (auto &f : h.failures)
    restore(f.ctx, renames);
  for (auto &w : h.writes)
    restore(w.ctx, renames);
  for (auto &c : h.comparisons) {
    restore(c.ctx, renames);
    restore(c.constant.file, renames);
  }
  for (auto &s : h.slowCalls)
    restore(s.ctx, renames);
  for (auto &p : h.payloads)
    restore(p.ctx, renames);
}

} // namespace

void restoreFileNames(std::vector<model::HandlerFile> &files, const std::vector<std::string> &batch) {
  Renames renames;
  for (const auto &given : batch) {
    std::string spelled = nlohmann::json::parse(model::dumpJson(nlohmann::json(given))).get<std::string>();
    if (spelled != given)
      renames.emplace(std::move(spelled), given);
  }
  if (renames.empty())
    return;
  for (auto &f : files) {
    restore(f.file, renames);
    for (auto &h : f.handlers)
      restore(h, renames);
    for (auto &p : f.problems)
      restore(p.loc.file, renames);
  }
}

} // namespace tl::cpp
