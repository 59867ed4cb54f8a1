resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    pre_token_generation_config {
      lambda_arn     = aws_lambda_function.claims.arn
      lambda_version = "V2_0"
    }
  }
}

resource "aws_lambda_permission" "claims" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.claims.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
