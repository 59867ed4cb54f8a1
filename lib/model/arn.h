#pragma once
// The one reader of ARNs: trigger targets, permission FunctionName and SourceArn, KMS key ids,
// describe-user-pool `Arn`. Frontends, rules and reporters all split ARNs here, so that a
// qualifier, a partition or a deploy-time piece is read the same way everywhere.
#include <optional>
#include <string>
#include <string_view>

namespace tl::model {

/// `arn:<partition>:<service>:<region>:<account>:<resource>`, split into views of the text it was
/// parsed from. A deploy-time piece (`${AWS::Region}`, `${Param}`) is kept whole: a colon inside
/// `${...}` never splits a field.
struct Arn {
  std::string_view partition;
  std::string_view service;
  std::string_view region;
  std::string_view account;
  std::string_view resource; // everything after the account, colons included

  /// Parses `text`; nullopt when it has fewer than six fields or does not start with "arn".
  static std::optional<Arn> parse(std::string_view text);
};

/// A Lambda function as a trigger target or a permission names it: name and optional alias or
/// version, and, when written as an ARN, the partition, Region and account. Views into the text.
struct FunctionArn {
  std::string_view partition; // "" unless written as a full ARN
  std::string_view region;    // "" unless written as a full ARN
  std::string_view account;   // "" unless written as an ARN or `<account>:function:<name>`
  std::string_view name;
  std::string_view qualifier;   // "" when unqualified
  std::string_view unqualified; // the text up to and including the name
  bool fullArn = false;         // written as `arn:...:lambda:...:function:<name>[:<qualifier>]`

  /// A full function ARN: `arn:<partition>:lambda:<region>:<account>:function:<name>[:<qualifier>]`.
  static std::optional<FunctionArn> parse(std::string_view text);
  /// What Lambda's FunctionName parameter accepts: a full ARN, `<account>:function:<name>[:<q>]`,
  /// or `<name>[:<qualifier>]`.
  static std::optional<FunctionArn> parseFunctionName(std::string_view text);

  /// "name" or "name:qualifier", as the console and the CLI name a function.
  std::string displayName() const;
};

/// A Cognito user pool ARN: `arn:<partition>:cognito-idp:<region>:<account>:userpool/<pool id>`.
struct UserPoolArn {
  std::string_view partition;
  std::string_view region;
  std::string_view account;
  std::string_view poolId; // "*" or a pattern when the text is a wildcard (permissions)

  static std::optional<UserPoolArn> parse(std::string_view text);
};

/// How a function is told apart in an audit whatever form names it: "name" or "name:qualifier"
/// from an ARN, a partial ARN or a name; `text` itself when it names no function. Policies,
/// configurations and trigger targets of one function meet on it even when one of them was
/// written with another ARN spelling (or known only from a dump file's name).
std::string functionIdentity(std::string_view text);

/// True when `field` is exactly one deploy-time piece, `${...}`.
bool isPlaceholder(std::string_view field);
/// True when `field` holds a deploy-time piece anywhere.
bool hasPlaceholder(std::string_view field);

/// The Region a user pool id names: "us-east-1" for "us-east-1_AbC123"; "" when it has none.
std::string_view regionOfPoolId(std::string_view poolId);

} // namespace tl::model
