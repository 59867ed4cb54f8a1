# The permission is made by a local module that is given the function: the module's resources are
# not followed yet, so the call counts as a permission that may exist, and nothing is reported.
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

module "cognito_permission" {
  source        = "./modules/permission"
  function_name = aws_lambda_function.welcome.function_name
  pool_arn      = aws_cognito_user_pool.pool.arn
}
