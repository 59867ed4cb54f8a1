#!/bin/sh
# A stand-in for the AWS CLI in usage.test: every call answers a user pool without triggers.
echo '{"UserPool": {"Id": "us-east-1_x", "LambdaConfig": {}, "UserPoolTier": "ESSENTIALS"}}'
