variable "name" { type = string }
variable "timeout" { type = number }
resource "aws_lambda_function" "this" {
  function_name = var.name
  role          = "arn:aws:iam::123456789012:role/r"
  handler       = "h"
  runtime       = "provided.al2023"
  filename      = "f.zip"
  timeout       = var.timeout
}
output "arn" { value = aws_lambda_function.this.arn }
output "name" { value = aws_lambda_function.this.function_name }
