#include "cpp/handler_text_scan.h"

#include <array>

namespace tl::cpp {

bool mayHoldHandler(std::string_view text) {
  // Trigger sources are `<Trigger>_<Event>` strings; the custom-auth, pre- and post-authentication
  // ones all end in `_Authentication"`.
  // `lambda_runtime` and `run_handler`: a main.cpp that only starts a handler its header defines.
  static constexpr std::array<std::string_view, 15> markers = {
      "aws/lambda-runtime", "invocation_response", "triggerlint: trigger=", "_Authentication\"",
      "lambda_runtime",     "run_handler",
      "PreSignUp_",         "TokenGeneration_",    "CustomMessage_",        "PostConfirmation_",
      "UserMigration_",     "CustomEmailSender_",  "CustomSMSSender_",      "InboundFederation_",
      "DefineAuthChallenge_"};
  for (std::string_view m : markers)
    if (text.find(m) != std::string_view::npos)
      return true;
  return false;
}

} // namespace tl::cpp
