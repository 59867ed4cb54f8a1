# source_arn built from the pool's id in a template: scoped, nothing to report.
# RUN: %triggerlint %s | count 0
data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

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
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.check.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = "arn:aws:cognito-idp:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:userpool/${aws_cognito_user_pool.pool.id}"
}
