# reserved_concurrent_executions = -1 throttles every invocation of the trigger.
# RUN: %triggerlint %s | count 0
resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    pre_authentication = aws_lambda_function.check.arn
  }
}

resource "aws_lambda_function" "check" {
  function_name                  = "check"
  role                           = "arn:aws:iam::123456789012:role/trigger"
  runtime                        = "provided.al2023"
  handler                        = "bootstrap"
  filename                       = "check.zip"
  reserved_concurrent_executions = -1
}

resource "aws_lambda_permission" "cognito" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.check.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
