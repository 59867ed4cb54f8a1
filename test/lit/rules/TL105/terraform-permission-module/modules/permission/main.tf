# The permission module on its own: its function is an input, unknown here, so nothing is reported
# (no pool binds it, and the permission is scoped by source_arn).
# RUN: %triggerlint %s | count 0
variable "function_name" {
  type = string
}

variable "pool_arn" {
  type = string
}

resource "aws_lambda_permission" "cognito" {
  action        = "lambda:InvokeFunction"
  function_name = var.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = var.pool_arn
}
