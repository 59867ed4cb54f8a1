# An alias's arn, a literal ARN and a data source's arn: invocable or unknown, nothing to report.
# RUN: %triggerlint %s | count 0
data "aws_lambda_function" "messages" {
  function_name = "messages"
}

resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    pre_sign_up       = aws_lambda_alias.live.arn
    post_confirmation = "arn:aws:lambda:us-east-1:123456789012:function:welcome"
    custom_message    = data.aws_lambda_function.messages.arn
  }
}

resource "aws_lambda_function" "signup" {
  function_name = "signup"
  role          = "arn:aws:iam::123456789012:role/trigger"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "signup.zip"
  publish       = true
}

resource "aws_lambda_alias" "live" {
  name             = "live"
  function_name    = aws_lambda_function.signup.function_name
  function_version = aws_lambda_function.signup.version
}

resource "aws_lambda_permission" "cognito" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.signup.function_name
  qualifier     = aws_lambda_alias.live.name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
