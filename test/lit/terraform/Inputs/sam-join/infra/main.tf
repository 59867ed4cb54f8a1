# The pool in Terraform; its trigger function is deployed by the SAM template in ../functions.
resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    post_confirmation = "arn:aws:lambda:us-east-1:123456789012:function:welcome"
  }
}

resource "aws_lambda_permission" "welcome" {
  action        = "lambda:InvokeFunction"
  function_name = "welcome"
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
