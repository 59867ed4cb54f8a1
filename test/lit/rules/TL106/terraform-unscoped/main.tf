# A cognito-idp permission without source_arn: any pool of any account may invoke the function.
# RUN: %triggerlint %s | FileCheck %s --implicit-check-not="{{warning|error}}:"
resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    pre_authentication = aws_lambda_function.check.arn
  }
}

resource "aws_lambda_function" "check" {
  function_name = "check"
  role          = "arn:aws:iam::123456789012:role/trigger"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "check.zip"
}

resource "aws_lambda_permission" "cognito" {
  # CHECK: {{.*}}main.tf:[[@LINE-1]]:1: warning: permission aws_lambda_permission.cognito lets cognito-idp.amazonaws.com invoke function aws_lambda_function.check, a trigger of pool aws_cognito_user_pool.pool, without a source_arn; add source_arn = aws_cognito_user_pool.pool.arn [TL106 unscoped-invoke-permission]
  # CHECK-NEXT: {{.*}}main.tf:[[@LINE+3]]:19: note: without source_arn any user pool in any AWS account can invoke it
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.check.function_name
  principal     = "cognito-idp.amazonaws.com"
}
