// The bundled declarations are searched after the real headers (-idirafter): where libcurl's
// headers are installed, they are the ones parsed (LIBCURL_VERSION_NUM comes only from them);
// hidden (the hidden-headers sysroot), the bundled ones stand in.
// REQUIRES: clang-frontend, libcurl-headers
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py --notes | FileCheck %s --check-prefix=REAL --implicit-check-not=problem --implicit-check-not=note
// RUN: %clang-frontend %s -- -std=c++20 --sysroot=%hidden_sysroot | %python %S/Inputs/facts.py --notes | FileCheck %s --check-prefix=BUNDLED --implicit-check-not=problem --implicit-check-not=note
#include <aws/lambda-runtime/runtime.h>
#include <curl/curl.h>
using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const &req) {
#ifdef LIBCURL_VERSION_NUM
  return invocation_response::failure("real libcurl", "Real");
#endif
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 6L);
  return invocation_response::success(req.payload, "application/json");
}

// REAL: handler handler 11:21{{$}}
// REAL-NEXT: failure failure [invocation_response::failure] 13:10{{$}}
// REAL-NEXT: slow CURLOPT_TIMEOUT millis=6000 16:3{{$}}
// BUNDLED: handler handler 11:21{{$}}
// BUNDLED-NEXT: slow CURLOPT_TIMEOUT millis=6000 16:3{{$}}
