// The one place that lists the rules. --list-rules, --explain, SARIF metadata and docs/rules/
// all read this list, so they cannot drift apart.
#include "engine/rule.h"

#include <algorithm>
#include <cctype>

namespace tl::rules {
// Each rule file defines one of these (rules/TLnnn_name.cpp). Add new rules here, in id order.
extern const Rule TL000_input_problem;
extern const Rule TL001_duplicate_key;
extern const Rule TL002_unused_suppression;
extern const Rule TL003_incomplete_audit;
extern const Rule TL101_trigger_timeout;
extern const Rule TL102_duplicate_trigger_handler;
extern const Rule TL103_unknown_trigger;
extern const Rule TL104_trigger_target_not_function_arn;
extern const Rule TL105_missing_invoke_permission;
extern const Rule TL106_unscoped_invoke_permission;
extern const Rule TL107_custom_sender_config;
extern const Rule TL108_invalid_lambda_version;
extern const Rule TL109_trigger_function_throttled;
extern const Rule TL110_trigger_circular_dependency;
extern const Rule TL111_cross_region_trigger;
extern const Rule TL201_post_auth_blocking;
extern const Rule TL202_access_token_claim_edit;
extern const Rule TL203_response_field_ignored;
extern const Rule TL204_reserved_claim;
extern const Rule TL205_unknown_trigger_source;
extern const Rule TL206_unreachable_trigger_source;
extern const Rule TL207_slow_call_in_trigger;
extern const Rule TL208_exception_escapes_handler;
extern const Rule TL209_response_not_event;
} // namespace tl::rules

namespace tl {

const std::vector<const Rule *> &allRules() {
  static const std::vector<const Rule *> rules = {
      &rules::TL000_input_problem,
      &rules::TL001_duplicate_key,
      &rules::TL002_unused_suppression,
      &rules::TL003_incomplete_audit,
      &rules::TL101_trigger_timeout,
      &rules::TL102_duplicate_trigger_handler,
      &rules::TL103_unknown_trigger,
      &rules::TL104_trigger_target_not_function_arn,
      &rules::TL105_missing_invoke_permission,
      &rules::TL106_unscoped_invoke_permission,
      &rules::TL107_custom_sender_config,
      &rules::TL108_invalid_lambda_version,
      &rules::TL109_trigger_function_throttled,
      &rules::TL110_trigger_circular_dependency,
      &rules::TL111_cross_region_trigger,
      &rules::TL201_post_auth_blocking,
      &rules::TL202_access_token_claim_edit,
      &rules::TL203_response_field_ignored,
      &rules::TL204_reserved_claim,
      &rules::TL205_unknown_trigger_source,
      &rules::TL206_unreachable_trigger_source,
      &rules::TL207_slow_call_in_trigger,
      &rules::TL208_exception_escapes_handler,
      &rules::TL209_response_not_event,
  };
  return rules;
}

const Rule *findRule(std::string_view idOrName) {
  auto same = [](std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](char x, char y) { return std::tolower((unsigned char)x) == std::tolower((unsigned char)y); });
  };
  for (const Rule *r : allRules())
    if (same(r->info.id, idOrName) || same(r->info.name, idOrName))
      return r;
  return nullptr;
}

} // namespace tl
