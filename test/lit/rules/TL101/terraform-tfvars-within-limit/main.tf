# The variable's default is 15, but terraform.tfvars sets 5, the value `terraform plan` uses:
# nothing (without the file, the default is a warning: terraform-variable-default).
# RUN: %triggerlint --no-config -q %s | count 0
variable "trigger_timeout" {
  type    = number
  default = 15
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
}

resource "aws_lambda_permission" "cognito" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.signup.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
