#!/usr/bin/env python3
"""Writes the inputs of bench/scale into OUT_DIR, N items of one kind. Usage: gen_scale.py KIND N OUT_DIR
  templates     N small templates (a pool, two trigger functions, a permission), one file each
  tl110-chain   one template: N functions in a reference chain Fn0 -> Fn1 -> ... and N/10 pools,
                each bound to a function of the chain; every tenth pool closes a real cycle
  suppressions  one template with N `# triggerlint: ignore[TL101]` comments: half of them on the line of
                a finding each, the other half stacked above one line (each an unused suppression)"""
import os
import sys

kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.makedirs(out, exist_ok=True)


def write(name, lines):
    with open(os.path.join(out, name), "w") as f:
        f.write("\n".join(lines) + "\n")


def templates():
    for i in range(n):
        sub = os.path.join(out, "stack%03d" % (i % 100))
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, "template%06d.yaml" % i), "w") as f:
            f.write("\n".join([
                "AWSTemplateFormatVersion: '2010-09-09'",
                "Resources:",
                "  Pool:",
                "    Type: AWS::Cognito::UserPool",
                "    Properties:",
                f"      UserPoolName: pool-{i}",
                "      LambdaConfig:",
                "        PreSignUp: !GetAtt SignUp.Arn",
                "        PostConfirmation: !GetAtt Confirm.Arn",
                "  SignUp:",
                "    Type: AWS::Lambda::Function",
                "    Properties:",
                f"      FunctionName: signup-{i}",
                "      Runtime: provided.al2023",
                "      Timeout: 3",
                "      Environment: {Variables: {TABLE: !Ref Table}}",
                "  Confirm:",
                "    Type: AWS::Lambda::Function",
                "    Properties:",
                "      Runtime: provided.al2023",
                "      Timeout: 4",
                "  Table:",
                "    Type: AWS::DynamoDB::Table",
                "  SignUpPermission:",
                "    Type: AWS::Lambda::Permission",
                "    Properties:",
                "      Action: lambda:InvokeFunction",
                "      FunctionName: !GetAtt SignUp.Arn",
                "      Principal: cognito-idp.amazonaws.com",
                "      SourceArn: !GetAtt Pool.Arn",
                "  ConfirmPermission:",
                "    Type: AWS::Lambda::Permission",
                "    Properties:",
                "      Action: lambda:InvokeFunction",
                "      FunctionName: !GetAtt Confirm.Arn",
                "      Principal: cognito-idp.amazonaws.com",
                "      SourceArn: !GetAtt Pool.Arn",
                "Outputs:",
                f"  SignUpArn: {{Value: !GetAtt SignUp.Arn, Export: {{Name: signup-{i}}}}}",
            ]) + "\n")


def tl110_chain():
    pools = max(1, n // 10)
    lines = ["AWSTemplateFormatVersion: '2010-09-09'", "Resources:"]
    for p in range(pools):
        bound = p * 10
        lines += [f"  Pool{p}:", "    Type: AWS::Cognito::UserPool", "    Properties:", "      LambdaConfig:",
                  f"        PreSignUp: !GetAtt Fn{bound}.Arn"]
    for i in range(n):
        env = [f"          NEXT: !Ref Fn{i + 1}"] if i + 1 < n else []
        if i % 100 == 5:  # Fn(100k+5) is reached from Pool(10k)'s function Fn(100k): a cycle of 6 references
            env.append(f"          POOL: !Ref Pool{(i - 5) // 10}")
        lines += [f"  Fn{i}:", "    Type: AWS::Lambda::Function", "    Properties:", "      Timeout: 3"]
        if env:
            lines += ["      Environment:", "        Variables:"] + env
    write("chain.yaml", lines)


def suppressions():
    triggers = ["PreSignUp", "CustomMessage", "PostConfirmation", "PreAuthentication", "PostAuthentication",
                "DefineAuthChallenge", "CreateAuthChallenge", "VerifyAuthChallengeResponse"]
    functions = max(1, n // 2)
    lines = ["AWSTemplateFormatVersion: '2010-09-09'", "Resources:"]
    for p in range((functions + len(triggers) - 1) // len(triggers)):
        lines += [f"  Pool{p}:", "    Type: AWS::Cognito::UserPool", "    Properties:", "      LambdaConfig:"]
        lines += [f"        {t}: !GetAtt Fn{p * len(triggers) + k}.Arn" for k, t in enumerate(triggers)
                  if p * len(triggers) + k < functions]
    lines += ["      UserPoolName: stacked-suppressions"]
    lines += ["      # triggerlint: ignore[TL101]"] * (n - functions)
    lines += ["      MfaConfiguration: 'OFF'"]
    for i in range(functions):
        lines += [f"  Fn{i}:", "    Type: AWS::Lambda::Function", "    Properties:",
                  "      Timeout: 9  # triggerlint: ignore[TL101]"]
    write("suppressions.yaml", lines)


{"templates": templates, "tl110-chain": tl110_chain, "suppressions": suppressions}[kind]()
