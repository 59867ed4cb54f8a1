# A root module with a variable, a module call and a counted permission; its plan is
# ../plan-modules.plan.json (test/tools/terraform-plan --raw: terraform's one-line output).
variable "fn_timeout" {
  type    = number
  default = 10
}
resource "aws_cognito_user_pool" "pool" {
  name = "p"
  lambda_config {
    pre_sign_up       = aws_lambda_function.signup.arn
    post_confirmation = module.fn.arn
    custom_message    = "arn:aws:lambda:eu-west-1:123456789012:function:literal"
  }
}
resource "aws_lambda_function" "signup" {
  function_name = "signup"
  role          = "arn:aws:iam::123456789012:role/r"
  handler       = "h"
  runtime       = "provided.al2023"
  filename      = "f.zip"
  timeout       = var.fn_timeout
}
resource "aws_lambda_permission" "signup" {
  count         = 2
  function_name = aws_lambda_function.signup.function_name
  action        = "lambda:InvokeFunction"
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
module "fn" {
  source  = "./modules/fn"
  name    = "confirm"
  timeout = 7
}

# The permission for the module's function, made in the module by for_each over its input.
module "fn_permission" {
  source    = "./modules/permission"
  functions = { confirm = module.fn.name }
  pool_arn  = aws_cognito_user_pool.pool.arn
}
