resource "aws_lambda_function" "claims" {
  function_name = "claims"
  role          = "arn:aws:iam::123456789012:role/trigger"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "claims.zip"
  timeout       = 8
}
