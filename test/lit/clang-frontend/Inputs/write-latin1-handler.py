"""Writes DIR/h<0xE9>.cpp, a handler whose file name and triggerSource literal hold the Latin-1
byte 0xE9, which is not UTF-8."""
import os
import sys

source = b'''#include <aws/lambda-runtime/runtime.h>
using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const& req) {
  std::string trigger_source = req.payload;
  if (trigger_source == "PreSignUp_\xe9")
    return invocation_response::failure("x", "y");
  return invocation_response::success(req.payload, "application/json");
}
'''
with open(os.path.join(os.fsencode(sys.argv[1]), b"h\xe9.cpp"), "wb") as f:
    f.write(source)
