variable "functions" { type = map(string) }
variable "pool_arn" { type = string }
resource "aws_lambda_permission" "cognito" {
  for_each      = var.functions
  function_name = each.value
  action        = "lambda:InvokeFunction"
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = var.pool_arn
}
