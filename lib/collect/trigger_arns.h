#pragma once
// Which Lambda functions a deployed pool invokes, read from `aws cognito-idp describe-user-pool`
// output: the functions `triggerlint collect` asks Lambda about next.
#include "document/node.h"

#include <string>
#include <vector>

namespace tl::collect {

/// The trigger ARNs of `UserPool.LambdaConfig` in document order, each once: every string value
/// but `KMSKeyID`, and the `LambdaArn` of every object value (CustomSMSSender, CustomEmailSender,
/// PreTokenGenerationConfig). Qualified ARNs keep their qualifier. Empty when the shape differs.
std::vector<std::string> triggerArns(const doc::Node &describeUserPool);

} // namespace tl::collect
