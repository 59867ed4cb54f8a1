#include "collect/error_record.h"

#include "awsjson/dump_files.h"

#include <nlohmann/json.hpp>

namespace tl::collect {

std::string errorRecordJson(const CallError &error) {
  nlohmann::ordered_json fields;
  fields["Operation"] = error.operation;
  fields["Subject"] = error.subject;
  fields["ExitCode"] = error.exitCode;
  fields["ErrorCode"] = error.errorCode;
  fields["Message"] = error.message;
  nlohmann::ordered_json record;
  record[std::string(awsjson::kCollectErrorKey)] = std::move(fields);
  return record.dump(4, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace tl::collect
