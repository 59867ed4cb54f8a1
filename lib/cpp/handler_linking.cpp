#include "cpp/handler_linking.h"
#include "source/path_containment.h"

#include <filesystem>
#include <utility>

namespace fs = std::filesystem;

namespace tl::cpp {
namespace {

using model::Handler;
using model::HandlerLink;

void addLink(Handler &h, HandlerLink link) {
  for (const auto &l : h.links)
    if (l.via == link.via && l.trigger == link.trigger && l.pool == link.pool)
      return;
  h.links.push_back(std::move(link));
}

// C++ code runs on the OS-only runtimes. A function whose runtime is known to be something
// else (nodejs, python) does not run these sources even when its directory holds them.
bool mayRunCpp(const model::Function &fn) {
  if (fn.runtime.empty())
    return true;
  for (const auto &c : fn.runtime)
    if (!c.value || c.value->rfind("provided", 0) == 0)
      return true;
  return false;
}

void linkByCodeDirectory(model::Model &model, std::vector<std::string> &handlerFiles) {
  if (handlerFiles.empty())
    return; // normalising every function's directory is most of a large template's linking cost
  for (const auto &fn : model.functions) {
    if (fn.codeDir.empty() || !mayRunCpp(fn))
      continue;
    const std::string dir = absoluteNormalPath(fn.codeDir);
    for (size_t i = 0; i < model.handlers.size(); ++i) {
      if (!isInsideDirectory(handlerFiles[i], dir))
        continue;
      for (const auto &pool : model.pools)
        for (const auto &binding : pool.triggers)
          for (const auto &target : binding.targets)
            if (target.function == fn.key)
              addLink(model.handlers[i],
                      {HandlerLink::Via::Template, binding.trigger, pool.key, fn.key, binding.keyLoc});
    }
  }
}

void linkByConfig(model::Model &model, const config::ConfigFile &config) {
  for (const auto &m : config.handlers)
    for (size_t i = 0; i < m.triggers.size(); ++i)
      model.mappedTriggers.push_back({m.triggers[i], m.glob, i < m.triggerLocs.size() ? m.triggerLocs[i] : m.loc});
  for (auto &h : model.handlers)
    for (const config::HandlerMapping *m : config::handlerMappingsFor(config, h.file))
      for (const auto &trigger : m->triggers)
        addLink(h, {HandlerLink::Via::Config, trigger, "", "", m->loc});
}

void linkByAnnotation(model::Model &model) {
  for (auto &h : model.handlers)
    for (const auto &trigger : h.annotatedTriggers)
      addLink(h, {HandlerLink::Via::Annotation, trigger, "", "", h.annotationLoc});
}

} // namespace

void linkHandlers(model::Model &model, const config::ConfigFile &config) {
  std::vector<std::string> handlerFiles;
  handlerFiles.reserve(model.handlers.size());
  for (const auto &h : model.handlers)
    handlerFiles.push_back(absoluteNormalPath(h.file));
  linkByCodeDirectory(model, handlerFiles);
  linkByConfig(model, config);
  linkByAnnotation(model);
}

} // namespace tl::cpp
