# Pre token generation V2_0 on a LITE pool: only legacy Lite pools keep V2_0 events, a warning.
# RUN: %triggerlint %s | FileCheck %s --implicit-check-not="{{warning|error}}:"
resource "aws_cognito_user_pool" "pool" {
  name           = "users"
  user_pool_tier = "LITE"
  lambda_config {
    pre_token_generation_config {
      lambda_arn     = aws_lambda_function.claims.arn
      lambda_version = "V2_0"
      # CHECK: {{.*}}main.tf:[[@LINE-1]]:24: warning: the pre_token_generation_config trigger of pool aws_cognito_user_pool.pool (function aws_lambda_function.claims) uses lambda_version V2_0, which the pool's LITE feature plan does not include; set user_pool_tier to ESSENTIALS or PLUS or use V1_0 [TL108 invalid-lambda-version]
      # CHECK-NEXT: {{.*}}main.tf:5:20: note: user_pool_tier is LITE here
      # CHECK-NEXT: {{.*}}main.tf:5:20: note: Lite pools that had advanced security features turned on by 2024-11-22 keep V2_0; other Lite pools only get V1_0 events
    }
  }
}

resource "aws_lambda_function" "claims" {
  function_name = "claims"
  role          = "arn:aws:iam::123456789012:role/trigger"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "claims.zip"
}

resource "aws_lambda_permission" "cognito" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.claims.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
