// The error records `triggerlint collect` writes for failed AWS CLI calls (dump_files.h).
#include "awsjson/dump_files.h"
#include "awsjson/dump_frontend.h"
#include "awsjson/dump_internal.h"

namespace tl::awsjson::detail {

bool isCollectError(const doc::Node &object) {
  const doc::Node *record = object.find(kCollectErrorKey);
  return record && record->isMapping();
}

void loadCollectError(const doc::Document &doc, const doc::Node &object, model::Model &model) {
  const doc::MapEntry *entry = object.findEntry(kCollectErrorKey);
  const doc::Node &record = *entry->value;
  model::FailedCall call;
  call.loc = at(doc, entry->key);
  call.operation = text(record.find("Operation"));
  call.subject = text(record.find("Subject"));
  call.errorCode = text(record.find("ErrorCode"));
  call.message = text(record.find("Message"));
  // "No policy at all" is a fact (no permission exists), not a gap.
  if (!call.subject.empty() && isNoPolicyAnswer(call.operation, call.errorCode, call.message))
    model.policiesRead.push_back({call.subject, call.loc, true});
  model.failedCalls.push_back(std::move(call));
}

} // namespace tl::awsjson::detail
