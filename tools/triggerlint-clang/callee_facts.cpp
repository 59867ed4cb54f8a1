#include "callee_facts.h"

#include "analysis_context.h"

#include <algorithm>
#include <optional>

namespace tl::clangfe {
namespace {

/// `fact` reached through `site`; nullopt when no source gets there.
std::optional<model::CodeContext> through(const model::CodeContext &site, const model::CodeContext &fact) {
  Ctx c = merged(Ctx{site.guards, site.excluded}, Ctx{fact.guards, fact.excluded});
  model::CodeContext out = fact;
  out.via = site.via;
  out.via.insert(out.via.end(), fact.via.begin(), fact.via.end());
  out.guards = c.guards;
  out.excluded = c.excluded;
  if (c.never)
    return std::nullopt;
  return out;
}

} // namespace

void addCalleeFacts(model::Handler &h, const model::Handler &callee, const model::CodeContext &site,
                    const std::function<bool(size_t)> &stopped) {
  for (size_t k = 0; k < callee.failures.size(); ++k) {
    const auto &f = callee.failures[k];
    std::optional<model::CodeContext> at = through(site, f.ctx);
    if (at && !(f.kind == model::FailurePath::Kind::Throw && stopped(k))) {
      auto copy = f;
      copy.ctx = std::move(*at);
      h.failures.push_back(std::move(copy));
    }
  }
  for (const auto &c : callee.comparisons) {
    auto copy = c;
    Ctx both = merged(Ctx{site.guards, site.excluded}, Ctx{c.ctx.guards, c.ctx.excluded});
    copy.ctx.via = site.via;
    copy.ctx.via.insert(copy.ctx.via.end(), c.ctx.via.begin(), c.ctx.via.end());
    copy.ctx.guards = both.guards;
    copy.ctx.excluded = both.excluded;
    h.comparisons.push_back(std::move(copy));
  }
  for (const auto &s : callee.slowCalls) {
    if (std::optional<model::CodeContext> at = through(site, s.ctx)) {
      auto copy = s;
      copy.ctx = std::move(*at);
      h.slowCalls.push_back(std::move(copy));
    }
  }
}

} // namespace tl::clangfe
