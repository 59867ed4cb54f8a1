# kms_key_id written as the key's `id` (its key id), where Cognito needs the key's ARN.
# RUN: not %triggerlint --no-config %s | FileCheck %s --implicit-check-not="{{warning|error|note}}:"
resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    kms_key_id = aws_kms_key.codes.id
    # CHECK: {{.*}}main.tf:[[@LINE-1]]:18: error: lambda_config's kms_key_id used by the custom_email_sender trigger of pool aws_cognito_user_pool.pool (function aws_lambda_function.mailer) is the id attribute of a KMS resource, the key id, not a key ARN; use its arn attribute [TL107 custom-sender-config]
    custom_email_sender {
      lambda_arn     = aws_lambda_function.mailer.arn
      lambda_version = "V1_0"
    }
  }
}

resource "aws_kms_key" "codes" {
  description = "custom sender codes"
}

resource "aws_lambda_function" "mailer" {
  function_name = "mailer"
  role          = "arn:aws:iam::123456789012:role/trigger"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "mailer.zip"
}

resource "aws_lambda_permission" "cognito" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.mailer.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
