// TL002 unused-suppression: an in-source suppression that silences nothing.
#include "engine/rule.h"

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL002",
    .name = "unused-suppression",
    .severity = Severity::Warning,
    .summary = "a triggerlint suppression silences no finding, or names no rule",
    .whatItDoes = "Reports `# triggerlint: ignore[...]` comments and resource "
                  "`Metadata: {triggerlint: {ignore: [...]}}` entries that silenced no finding of a rule "
                  "that ran, and entries that name no rule at all.",
    .whyBad = "Suppressions rot: once the problem is fixed, a forgotten suppression would silently hide the "
              "next, different problem at the same place. A misspelt rule id suppresses nothing.",
    .example = "Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n"
               "      Timeout: 3  # triggerlint: ignore[TL101]\n",
    .useInstead = "Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 3\n",
    .sourceUrl = "https://clang.llvm.org/extra/clang-tidy/#suppressing-undesired-diagnostics",
};

// The engine decides which suppressions were used, after every other rule has run; this rule
// only carries the metadata under which it reports them.
void check(const model::Model &, FindingSink &) {}

} // namespace

extern const Rule TL002_unused_suppression{kInfo, &check};

} // namespace tl::rules
