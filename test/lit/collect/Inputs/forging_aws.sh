#!/bin/sh
# A stand-in for the AWS CLI in forged-output.test whose answers carry ESC and CR: a pool id, a
# trigger target that is no Lambda ARN, and an error message, each of which collect prints.
case "$2" in
list-user-pools)
  printf '%s\n' '{"UserPools": [{"Id": "us-east-1_a\u001b[2K\rfake", "Name": "p"}]}' ;;
describe-user-pool)
  printf '%s\n' '{"UserPool": {"UserPoolTier": "ESSENTIALS", "LambdaConfig": {"PreSignUp": "arn:aws:lambda:us-east-1:123456789012:function:fn", "CustomMessage": "arn:\u001b[31mnot-lambda\r"}}}' ;;
*)
  printf 'An error occurred (AccessDeniedException) when calling the %s operation: \033[2K\rtriggerlint collect: 0 files\n' "$2" >&2
  exit 254 ;;
esac
