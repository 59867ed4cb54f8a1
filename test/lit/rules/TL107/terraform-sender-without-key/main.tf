# A custom SMS sender without lambda_config's kms_key_id.
# RUN: not %triggerlint %s | FileCheck %s --implicit-check-not="{{warning|error}}:"
resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    custom_sms_sender {
    # CHECK: {{.*}}main.tf:[[@LINE-1]]:5: error: the custom_sms_sender trigger of pool aws_cognito_user_pool.pool (function aws_lambda_function.sms) needs lambda_config's kms_key_id, the KMS key Cognito encrypts the codes it sends with; add kms_key_id = aws_kms_key.<name>.arn to lambda_config [TL107 custom-sender-config]
      lambda_arn     = aws_lambda_function.sms.arn
      lambda_version = "V1_0"
    }
  }
}

resource "aws_lambda_function" "sms" {
  function_name = "sms"
  role          = "arn:aws:iam::123456789012:role/trigger"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "sms.zip"
}

resource "aws_lambda_permission" "cognito" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.sms.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
