#include "callee_facts.h"

#include <algorithm>

namespace tl::clangfe {
namespace {

void addAll(std::vector<std::string> &to, const std::vector<std::string> &from) {
  for (const auto &s : from)
    if (std::find(to.begin(), to.end(), s) == to.end())
      to.push_back(s);
}

model::CodeContext through(const model::CodeContext &site, const model::CodeContext &fact) {
  model::CodeContext out = fact;
  out.via = site.via;
  out.via.insert(out.via.end(), fact.via.begin(), fact.via.end());
  out.guards = site.guards;
  addAll(out.guards, fact.guards);
  out.excluded = site.excluded;
  addAll(out.excluded, fact.excluded);
  return out;
}

} // namespace

void addCalleeFacts(model::Handler &h, const model::Handler &callee, const model::CodeContext &site,
                    const std::function<bool(size_t)> &stopped) {
  for (size_t k = 0; k < callee.failures.size(); ++k)
    if (const auto &f = callee.failures[k]; !(f.kind == model::FailurePath::Kind::Throw && stopped(k))) {
      auto copy = f;
      copy.ctx = through(site, f.ctx);
      h.failures.push_back(std::move(copy));
    }
  for (const auto &c : callee.comparisons) {
    auto copy = c;
    copy.ctx = through(site, c.ctx);
    h.comparisons.push_back(std::move(copy));
  }
  for (const auto &s : callee.slowCalls) {
    auto copy = s;
    copy.ctx = through(site, s.ctx);
    h.slowCalls.push_back(std::move(copy));
  }
}

} // namespace tl::clangfe
