# reserved_concurrent_executions = 0 throttles every invocation of the trigger.
# RUN: not %triggerlint %s | FileCheck %s --implicit-check-not="{{warning|error}}:"
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
  reserved_concurrent_executions = 0
  # CHECK: {{.*}}main.tf:[[@LINE-1]]:36: error: function aws_lambda_function.check, the pre_authentication trigger of pool aws_cognito_user_pool.pool, has reserved_concurrent_executions 0, so Lambda throttles every invocation and the flow fails with UnexpectedLambdaException; remove the setting or raise it [TL109 trigger-function-throttled]
  # CHECK-NEXT: {{.*}}main.tf:6:5: note: bound here as the pre_authentication trigger of pool aws_cognito_user_pool.pool
}

resource "aws_lambda_permission" "cognito" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.check.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
