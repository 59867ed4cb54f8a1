#!/usr/bin/env python3
"""Writes a Terraform repository into DIR: MODULES module directories of FILES files each, every
file a user pool with lambda_config, its trigger functions (timeouts from variables, locals and
literals) and their permissions, the way large real configurations spread one module over files.
   bench/gen_terraform.py DIR MODULES FILES"""
import os
import sys

out, modules, files = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
triggers = ["pre_sign_up", "post_confirmation", "pre_authentication", "post_authentication",
            "define_auth_challenge", "create_auth_challenge", "verify_auth_challenge_response",
            "user_migration", "custom_message"]
for m in range(modules):
    d = os.path.join(out, f"module{m}")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "variables.tf"), "w") as f:
        f.write('variable "stage" {\n  type    = string\n  default = "dev"\n}\n\n'
                'variable "long_timeout" {\n  type    = number\n  default = 8\n}\n\n'
                'locals {\n  prod    = var.stage == "prod"\n  timeout = local.prod ? 6 : 3\n}\n')
    for n in range(files):
        lines = [f'resource "aws_cognito_user_pool" "pool{n}" {{', f'  name = "pool-{n}-${{var.stage}}"',
                 "  lambda_config {"]
        lines += [f"    {t} = aws_lambda_function.fn{n}_{t}.arn" for t in triggers]
        lines += ["  }", "}", ""]
        for i, t in enumerate(triggers):
            timeout = ["local.timeout", "var.long_timeout", str(i % 5 + 1)][i % 3]
            lines += [f'resource "aws_lambda_function" "fn{n}_{t}" {{',
                      f'  function_name = "pool-{n}-{t}-${{var.stage}}"',
                      '  role          = "arn:aws:iam::123456789012:role/trigger"',
                      '  handler       = "bootstrap"', '  runtime       = "provided.al2023"',
                      f'  filename      = "build/{t}.zip"', f"  timeout       = {timeout}",
                      "  environment {", "    variables = {", "      STAGE = var.stage",
                      f'      TABLE = "users-{n}-${{var.stage}}"', "    }", "  }", "}", "",
                      f'resource "aws_lambda_permission" "fn{n}_{t}" {{',
                      f"  function_name = aws_lambda_function.fn{n}_{t}.function_name",
                      '  action        = "lambda:InvokeFunction"',
                      '  principal     = "cognito-idp.amazonaws.com"',
                      f"  source_arn    = aws_cognito_user_pool.pool{n}.arn", "}", ""]
        with open(os.path.join(d, f"pool{n}.tf"), "w") as f:
            f.write("\n".join(lines))
