#pragma once
// Words that only templates, AWS CLI dumps and Terraform plans carry: what tells a file of ours from unrelated
// YAML, JSON or text without parsing it.
#include <string_view>

namespace tl::input {

/// A CloudFormation/SAM template's words: AWSTemplateFormatVersion, AWS::Serverless, or
/// Resources together with an AWS:: type.
bool mentionsTemplateMarkers(std::string_view text);

/// An AWS CLI dump's keys ("UserPool", "UserPools", "FunctionArn", a Lambda "Policy") or the
/// error record `triggerlint collect` writes, or `terraform show -json`'s "terraform_version".
bool mentionsDumpMarkers(std::string_view text);

} // namespace tl::input
