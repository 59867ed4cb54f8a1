# A Terraform function with timeout = 10 bound to a synchronous trigger: messages in Terraform's words.
# RUN: not %triggerlint %s | FileCheck %s --implicit-check-not="{{warning|error}}:"
resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    post_authentication = aws_lambda_function.post_auth.arn
  }
}

resource "aws_lambda_function" "post_auth" {
  function_name = "post-auth"
  role          = "arn:aws:iam::123456789012:role/trigger"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "post_auth.zip"
  timeout       = 10
  # CHECK: {{.*}}terraform-timeout/main.tf:[[@LINE-1]]:19: error: function aws_lambda_function.post_auth has a timeout of 10 s, but Cognito waits only 5 s for the synchronous post_authentication trigger of pool aws_cognito_user_pool.pool; set its timeout to 5 or less [TL101 trigger-timeout]
  # CHECK-NEXT: {{.*}}terraform-timeout/main.tf:6:5: note: bound here as the post_authentication trigger of pool aws_cognito_user_pool.pool
}

resource "aws_lambda_permission" "cognito" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.post_auth.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
