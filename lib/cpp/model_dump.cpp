#include "cpp/model_dump.h"

#include "model/handler_json.h"

#include <nlohmann/json.hpp>

namespace tl::cpp {
namespace {

const char *viaName(model::HandlerLink::Via via) {
  switch (via) {
  case model::HandlerLink::Via::Template: return "template";
  case model::HandlerLink::Via::Config: return "config";
  case model::HandlerLink::Via::Annotation: return "annotation";
  case model::HandlerLink::Via::Dispatch: return "dispatch";
  }
  return "template";
}

nlohmann::json locJson(const Location &l) { return {{"file", l.file}, {"line", l.line}, {"column", l.column}}; }

} // namespace

void dumpHandlers(std::ostream &out, const model::Model &model) {
  nlohmann::json handlers = nlohmann::json::array();
  for (const auto &h : model.handlers) {
    nlohmann::json links = nlohmann::json::array();
    for (const auto &l : h.links)
      links.push_back({{"via", viaName(l.via)},
                       {"trigger", l.trigger},
                       {"pool", l.pool},
                       {"function", l.function},
                       {"loc", locJson(l.loc)}});
    nlohmann::json payloads = nlohmann::json::array();
    for (const auto &p : h.payloads)
      payloads.push_back({{"kind", model::payloadKindName(p.kind)}, {"text", p.text}, {"loc", locJson(p.ctx.loc)}});
    handlers.push_back({{"file", h.file},
                        {"function", h.function},
                        {"loc", locJson(h.loc)},
                        {"links", links},
                        {"payloads", payloads}});
  }
  out << model::dumpJson(nlohmann::json{{"handlers", handlers}}, 2) << "\n";
}

} // namespace tl::cpp
