# No timeout (the provider's default of 3 s) on a synchronous trigger, and 30 s on a custom email
# sender, which Cognito invokes asynchronously: nothing to report.
# RUN: %triggerlint %s | count 0
resource "aws_kms_key" "codes" {
  description = "Cognito codes"
}

resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    pre_sign_up = aws_lambda_function.signup.arn
    kms_key_id  = aws_kms_key.codes.arn
    custom_email_sender {
      lambda_arn     = aws_lambda_function.mailer.arn
      lambda_version = "V1_0"
    }
  }
}

resource "aws_lambda_function" "signup" {
  function_name = "signup"
  role          = "arn:aws:iam::123456789012:role/trigger"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "signup.zip"
}

resource "aws_lambda_function" "mailer" {
  function_name = "mailer"
  role          = "arn:aws:iam::123456789012:role/trigger"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "mailer.zip"
  timeout       = 30
}

resource "aws_lambda_permission" "signup" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.signup.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}

resource "aws_lambda_permission" "mailer" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.mailer.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
