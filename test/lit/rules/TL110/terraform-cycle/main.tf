# The function's environment names the pool that names the function: Terraform's "Error: Cycle".
# The reference goes through a local.
# RUN: not %triggerlint %s | FileCheck %s --implicit-check-not="{{warning|error}}:"
locals {
  pool_id = aws_cognito_user_pool.pool.id
}

resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    pre_sign_up = aws_lambda_function.signup.arn
  }
}

resource "aws_lambda_function" "signup" {
  function_name = "signup"
  role          = "arn:aws:iam::123456789012:role/trigger"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "signup.zip"
  environment {
    variables = {
      USER_POOL_ID = local.pool_id
      # CHECK: {{.*}}main.tf:[[@LINE-1]]:22: error: function aws_lambda_function.signup references its own pool aws_cognito_user_pool.pool while the pool's pre_sign_up trigger references the function, so Terraform stops with 'Error: Cycle'; read event.userPoolId at runtime instead [TL110 trigger-circular-dependency]
      # CHECK-NEXT: {{.*}}main.tf:11:5: note: pool aws_cognito_user_pool.pool references aws_lambda_function.signup here as its pre_sign_up trigger
      # CHECK-NEXT: {{.*}}main.tf:15:1: note: dependency cycle: aws_lambda_function.signup -> aws_cognito_user_pool.pool -> aws_lambda_function.signup
    }
  }
}

resource "aws_lambda_permission" "cognito" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.signup.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
