#!/usr/bin/env python3
"""Writes a SAM template of about SIZE bytes (default 1 MiB) to stdout: user pools with trigger
functions, permissions, Globals, parameters and conditions, like a large real stack."""
import sys

size = int(sys.argv[1]) if len(sys.argv) > 1 else 1 << 20
triggers = ["PreSignUp", "PostConfirmation", "PreAuthentication", "PostAuthentication",
            "DefineAuthChallenge", "CreateAuthChallenge", "VerifyAuthChallengeResponse", "UserMigration",
            "CustomMessage"]
out = ["AWSTemplateFormatVersion: '2010-09-09'", "Transform: AWS::Serverless-2016-10-31",
       "Parameters:", "  Stage: {Type: String, Default: dev}", "  LongTimeout: {Type: Number, Default: 8}",
       "Conditions:", "  IsProd: !Equals [!Ref Stage, prod]",
       "Globals:", "  Function:", "    Runtime: provided.al2023", "    Handler: bootstrap", "    Timeout: 4",
       "Resources:"]
n = 0
while sum(len(l) + 1 for l in out) < size:
    out += [f"  Pool{n}:", "    Type: AWS::Cognito::UserPool", "    Properties:",
            f"      UserPoolName: !Sub pool-{n}-${{Stage}}", "      LambdaConfig:"]
    for t in triggers:
        out.append(f"        {t}: !GetAtt Fn{n}{t}.Arn")
    for i, t in enumerate(triggers):
        fn = f"Fn{n}{t}"
        timeout = "!If [IsProd, 6, 3]" if i % 3 == 0 else ("!Ref LongTimeout" if i % 3 == 1 else str(i % 5 + 1))
        out += [f"  {fn}:", "    Type: AWS::Serverless::Function", "    Properties:",
                f"      CodeUri: src/{t.lower()}/", f"      Timeout: {timeout}", "      MemorySize: 256",
                "      Environment:", "        Variables:", f"          STAGE: !Ref Stage",
                f"          TABLE: !Sub 'users-{n}-${{Stage}}'",
                f"  {fn}Permission:", "    Type: AWS::Lambda::Permission", "    Properties:",
                "      Action: lambda:InvokeFunction", f"      FunctionName: !GetAtt {fn}.Arn",
                "      Principal: cognito-idp.amazonaws.com", f"      SourceArn: !GetAtt Pool{n}.Arn"]
    n += 1
print("\n".join(out))
