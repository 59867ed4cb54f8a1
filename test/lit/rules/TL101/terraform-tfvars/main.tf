# The timeout comes from a variable that terraform.tfvars sets to 4 and prod.auto.tfvars, read
# after it, to 10 (the default is 3): `terraform plan` uses 10, so the finding is an error at the
# reference, with a note at the value that wins.
# RUN: not %triggerlint --no-config %s | FileCheck %s --implicit-check-not="{{warning|error|note}}:"
variable "trigger_timeout" {
  type    = number
  default = 3
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
  timeout       = var.trigger_timeout
  # CHECK: {{.*}}main.tf:[[@LINE-1]]:19: error: function aws_lambda_function.signup has a timeout of 10 s from the value of var.trigger_timeout, but Cognito waits only 5 s for the synchronous pre_sign_up trigger of pool aws_cognito_user_pool.pool; set its timeout to 5 or less [TL101 trigger-timeout]
  # CHECK-NEXT: {{.*}}main.tf:13:5: note: bound here as the pre_sign_up trigger of pool aws_cognito_user_pool.pool
  # CHECK-NEXT: {{.*}}prod.auto.tfvars:2:1: note: timeout 10 is the value of variable trigger_timeout in this file, which Terraform loads for the module (-var or -var-file override it)
}

resource "aws_lambda_permission" "cognito" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.signup.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
