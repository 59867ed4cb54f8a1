# Both triggers in one lambda_config block: nothing.
# RUN: %triggerlint --no-config -q %s | count 0
resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    pre_sign_up       = aws_lambda_function.signup.arn
    post_confirmation = aws_lambda_function.welcome.arn
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
