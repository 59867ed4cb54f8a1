# A trigger function without an aws_lambda_permission for cognito-idp.amazonaws.com; the fix is HCL.
# RUN: %triggerlint %s | FileCheck %s --implicit-check-not="{{warning|error}}:"
resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    post_confirmation = aws_lambda_function.welcome.arn
    # CHECK: {{.*}}main.tf:[[@LINE-1]]:5: warning: no Lambda permission lets cognito-idp.amazonaws.com invoke function aws_lambda_function.welcome, the post_confirmation trigger of pool aws_cognito_user_pool.pool, so Cognito's calls fail with 'UnexpectedLambdaException: PostConfirmation invocation failed due to error AccessDeniedException'; add an aws_lambda_permission for it with principal = "cognito-idp.amazonaws.com" and source_arn = aws_cognito_user_pool.pool.arn [TL105 missing-invoke-permission]
    # CHECK-NEXT: {{.*}}main.tf:12:1: note: function aws_lambda_function.welcome is declared here
  }
}

resource "aws_lambda_function" "welcome" {
  function_name = "welcome"
  role          = "arn:aws:iam::123456789012:role/trigger"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "welcome.zip"
}

# Another service's permission does not count.
resource "aws_lambda_permission" "api" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.welcome.function_name
  principal     = "apigateway.amazonaws.com"
}
