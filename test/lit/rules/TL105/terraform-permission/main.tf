# The permission names the function by ARN in another form (arn, not function_name) and is
# scoped to the pool: nothing to report.
# RUN: %triggerlint %s | count 0
resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    post_confirmation = aws_lambda_function.welcome.arn
  }
}

resource "aws_lambda_function" "welcome" {
  function_name = "welcome"
  role          = "arn:aws:iam::123456789012:role/trigger"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "welcome.zip"
}

resource "aws_lambda_permission" "cognito" {
  statement_id  = "AllowCognito"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.welcome.arn
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
