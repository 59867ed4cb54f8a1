#include "model/model_size.h"

namespace tl::model {
namespace {

size_t bytes(const std::string &s) { return s.size() > 15 ? s.capacity() + 1 : 0; } // past the SSO buffer

size_t bytes(const Location &) { return 0; }
size_t bytes(const Condition &c) { return bytes(c.text()); }
// Declared first: the list overload below calls them for its items, and they call it.
size_t bytes(const Candidate &);
size_t bytes(const Target &);
size_t bytes(const TriggerBinding &);
size_t bytes(const UserPool &);
size_t bytes(const Function &);
size_t bytes(const Permission &);
size_t bytes(const Reference &);
size_t bytes(const InputProblem &);
size_t bytes(const DuplicateKey &);
size_t bytes(const Suppression &);
size_t bytes(const PolicyRead &);
size_t bytes(const FailedCall &);
size_t bytes(const DumpedConcurrency &);
size_t bytes(const Export &);
size_t bytes(const MappedTrigger &);
size_t bytes(const CodeContext &);
size_t bytes(const FailurePath &);
size_t bytes(const ResponseWrite &);
size_t bytes(const SourceComparison &);
size_t bytes(const SlowCall &);
size_t bytes(const ResponsePayload &);
size_t bytes(const HandlerLink &);
size_t bytes(const Handler &);

size_t bytes(const Candidate &c) { return (c.value ? bytes(*c.value) : 0) + bytes(c.originName) + bytes(c.condition); }

size_t bytes(const Target &t) {
  return bytes(t.resource) + bytes(t.attribute) + bytes(t.literal) + bytes(t.function) + bytes(t.qualifier) +
         bytes(t.originName) + bytes(t.condition) + bytes(t.importName);
}

template <typename T> size_t bytes(const std::vector<T> &list) {
  size_t n = list.capacity() * sizeof(T);
  for (const T &item : list)
    n += bytes(item);
  return n;
}

size_t bytes(const TriggerBinding &b) {
  return bytes(b.pool) + bytes(b.trigger) + bytes(b.targets) + bytes(b.lambdaVersion) + bytes(b.samFunction) +
         bytes(b.samEvent) + bytes(b.condition);
}

size_t bytes(const UserPool &p) {
  return bytes(p.key) + bytes(p.logicalId) + bytes(p.name) + bytes(p.condition) + bytes(p.triggers) + bytes(p.tier) +
         bytes(p.kmsKeyId) + bytes(p.advancedSecurityMode) + bytes(p.arn) + bytes(p.sameAs) + bytes(p.replicaOf) +
         bytes(p.replicaPoolId);
}

size_t bytes(const Function &f) {
  return bytes(f.key) + bytes(f.logicalId) + bytes(f.name) + bytes(f.condition) + bytes(f.timeout) +
         bytes(f.reservedConcurrency) + bytes(f.runtime) + bytes(f.codeDir) + bytes(f.sameAs);
}

size_t bytes(const Permission &p) {
  return bytes(p.key) + bytes(p.logicalId) + bytes(p.condition) + bytes(p.function) + bytes(p.principal) +
         bytes(p.action) + bytes(p.sourceArn) + bytes(p.statementId);
}

size_t bytes(const Reference &r) { return bytes(r.from) + bytes(r.to); }
size_t bytes(const InputProblem &p) { return bytes(p.message); }
size_t bytes(const DuplicateKey &d) { return bytes(d.key) + bytes(d.path); }
size_t bytes(const Suppression &s) { return bytes(s.rules) + bytes(s.reason); }
size_t bytes(const PolicyRead &r) { return bytes(r.function); }
size_t bytes(const FailedCall &c) {
  return bytes(c.operation) + bytes(c.subject) + bytes(c.errorCode) + bytes(c.message);
}
size_t bytes(const DumpedConcurrency &c) { return bytes(c.function) + bytes(c.reserved); }
size_t bytes(const Export &e) { return bytes(e.name) + bytes(e.value); }
size_t bytes(const MappedTrigger &m) { return bytes(m.name) + bytes(m.glob); }

size_t bytes(const CodeContext &c) { return bytes(c.via) + bytes(c.guards) + bytes(c.excluded); }
size_t bytes(const FailurePath &f) { return bytes(f.what) + bytes(f.ctx); }
size_t bytes(const ResponseWrite &w) { return bytes(w.path) + bytes(w.strings) + bytes(w.ctx); }
size_t bytes(const SourceComparison &c) { return bytes(c.value) + bytes(c.op) + bytes(c.ctx); }
size_t bytes(const SlowCall &c) { return bytes(c.what) + bytes(c.ctx); }
size_t bytes(const ResponsePayload &p) { return bytes(p.text) + bytes(p.ctx); }
size_t bytes(const HandlerLink &l) { return bytes(l.trigger) + bytes(l.pool) + bytes(l.function); }
size_t bytes(const Handler &h) {
  return bytes(h.function) + bytes(h.degradedReason) + bytes(h.annotatedTriggers) + bytes(h.annotatedTriggerLocs) +
         bytes(h.failures) + bytes(h.writes) + bytes(h.comparisons) + bytes(h.slowCalls) + bytes(h.payloads) +
         bytes(h.links);
}

} // namespace

size_t estimatedBytes(const Model &model) {
  size_t n = sizeof(Model);
  Model::forEachFactList([&](auto list) { n += bytes(model.*list); });
  return n;
}

} // namespace tl::model
