# Pre token generation V2_0 on an ESSENTIALS pool: allowed, nothing to report.
# RUN: %triggerlint %s | count 0
resource "aws_cognito_user_pool" "pool" {
  name           = "users"
  user_pool_tier = "ESSENTIALS"
  lambda_config {
    pre_token_generation_config {
      lambda_arn     = aws_lambda_function.claims.arn
      lambda_version = "V2_0"
    }
  }
}

resource "aws_lambda_function" "claims" {
  function_name = "claims"
  role          = "arn:aws:iam::123456789012:role/trigger"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "claims.zip"
}

resource "aws_lambda_permission" "cognito" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.claims.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
