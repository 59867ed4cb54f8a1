resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    pre_sign_up       = aws_lambda_function.signup.arn
    post_confirmation = aws_lambda_function.welcome.arn
  }
}

resource "aws_lambda_function" "signup" {
  function_name = "signup"
  timeout       = 10 # triggerlint: ignore[TL101] measured: returns in 300 ms
}

resource "aws_lambda_function" "welcome" {
  function_name = "welcome"
  // triggerlint: ignore[trigger-timeout]
  timeout = 10
}

resource "aws_lambda_permission" "signup" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.signup.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}

resource "aws_lambda_permission" "welcome" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.welcome.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
