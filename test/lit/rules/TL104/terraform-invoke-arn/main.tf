# invoke_arn is API Gateway's integration URI and function_name a name: Cognito takes neither.
# RUN: not %triggerlint %s | FileCheck %s --implicit-check-not="{{warning|error}}:"
resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    pre_sign_up       = aws_lambda_function.signup.invoke_arn
    post_confirmation = aws_lambda_function.signup.function_name
    # CHECK: {{.*}}main.tf:[[@LINE-2]]:25: error: the pre_sign_up trigger of pool aws_cognito_user_pool.pool uses aws_lambda_function.signup.invoke_arn, which is not a function ARN (it is API Gateway's integration URI); use aws_lambda_function.signup.arn [TL104 trigger-target-not-function-arn]
    # CHECK: {{.*}}main.tf:[[@LINE-2]]:25: error: the post_confirmation trigger of pool aws_cognito_user_pool.pool uses aws_lambda_function.signup.function_name, the function's name, not its ARN; use aws_lambda_function.signup.arn [TL104 trigger-target-not-function-arn]
  }
}

resource "aws_lambda_function" "signup" {
  function_name = "signup"
  role          = "arn:aws:iam::123456789012:role/trigger"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "signup.zip"
}

resource "aws_lambda_permission" "cognito" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.signup.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
