variable "sender_timeout" {
  default = 30
}

resource "aws_kms_key" "codes" {}

resource "aws_cognito_user_pool" "pool" {
  name = "users"
  lambda_config {
    kms_key_id = aws_kms_key.codes.arn
    custom_email_sender {
      lambda_arn     = aws_lambda_function.mailer.arn
      lambda_version = "V1_0"
    }
    pre_token_generation_config {
      lambda_arn     = aws_lambda_function.claims.arn
      lambda_version = "V2_0"
    }
  }
}
