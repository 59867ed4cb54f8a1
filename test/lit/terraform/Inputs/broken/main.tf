resource "aws_lambda_function" "fn" {
  function_name = "fn"
  timeout = 
}

resource "aws_lambda_function" "other" {
  function_name = "other"
}
