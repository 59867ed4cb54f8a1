# A `dynamic "lambda_config"` beside a static block: when its for_each holds an element, the plan
# has two blocks and `terraform plan` stops with "Too many lambda_config blocks" (checked with
# the AWS provider 5.100.0 and welcome = true); reported under that condition.
# RUN: not %triggerlint --no-config %s | FileCheck %s --implicit-check-not="{{warning|error|note}}:"
# CHECK: main.tf:18:3: error: pool aws_cognito_user_pool.pool has a second lambda_config block; the provider allows one ('Too many lambda_config blocks') and rejects the configuration, so write every trigger in one block [TL102 duplicate-trigger-handler]
# CHECK-NEXT: main.tf:15:3: note: first lambda_config block here
# CHECK-NEXT: main.tf:18:3: note: {{.*}}dynamic lambda_config for_each{{.*}}
variable "welcome" {
  type    = bool
  default = false
}

resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    pre_sign_up = aws_lambda_function.signup.arn
  }
  dynamic "lambda_config" {
    for_each = var.welcome ? [1] : []
    content {
      post_confirmation = aws_lambda_function.welcome.arn
    }
  }
}

resource "aws_lambda_function" "signup" {
  function_name = "signup"
  role          = "arn:aws:iam::123456789012:role/r"
  handler       = "h"
  runtime       = "provided.al2023"
  filename      = "f.zip"
}
resource "aws_lambda_function" "welcome" {
  function_name = "welcome"
  role          = "arn:aws:iam::123456789012:role/r"
  handler       = "h"
  runtime       = "provided.al2023"
  filename      = "f.zip"
}

resource "aws_lambda_permission" "signup" {
  function_name = aws_lambda_function.signup.function_name
  action        = "lambda:InvokeFunction"
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}

resource "aws_lambda_permission" "welcome" {
  function_name = aws_lambda_function.welcome.function_name
  action        = "lambda:InvokeFunction"
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
