# The timeout comes from a variable's default, which a caller can override: a warning that says
# where the default is. The binding is Terraform 0.11's "${...}" form.
# RUN: %triggerlint %s | FileCheck %s --implicit-check-not="{{warning|error}}:"
variable "trigger_timeout" {
  type    = number
  default = 15
}

resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    pre_sign_up = "${aws_lambda_function.signup.arn}"
  }
}

resource "aws_lambda_function" "signup" {
  function_name = "signup"
  role          = "arn:aws:iam::123456789012:role/trigger"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "signup.zip"
  timeout       = var.trigger_timeout
  # CHECK: {{.*}}main.tf:[[@LINE-1]]:19: warning: function aws_lambda_function.signup has a timeout of 15 s from the default of var.trigger_timeout, but Cognito waits only 5 s for the synchronous pre_sign_up trigger of pool aws_cognito_user_pool.pool; set its timeout to 5 or less [TL101 trigger-timeout]
  # CHECK-NEXT: {{.*}}main.tf:12:5: note: bound here as the pre_sign_up trigger of pool aws_cognito_user_pool.pool
  # CHECK-NEXT: {{.*}}main.tf:4:10: note: timeout 15 is the default of variable trigger_timeout, which -var, a .tfvars file or a module call can override
}

resource "aws_lambda_permission" "cognito" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.signup.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
