# The permission references both the pool and the function, and the function's role policy
# names the pool: none of it makes the function depend on the pool. Nothing to report.
# RUN: %triggerlint %s | count 0
resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    pre_sign_up = aws_lambda_function.signup.arn
  }
}

resource "aws_iam_role" "trigger" {
  name               = "trigger"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}

resource "aws_iam_role_policy" "admin" {
  role = aws_iam_role.trigger.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "cognito-idp:AdminGetUser", Resource = aws_cognito_user_pool.pool.arn }]
  })
}

resource "aws_lambda_function" "signup" {
  function_name = "signup"
  role          = aws_iam_role.trigger.arn
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "signup.zip"
}

resource "aws_lambda_permission" "cognito" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.signup.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
