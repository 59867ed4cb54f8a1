// Reaches the frontend by its trigger source string; includes one small header (and no library
// header, so that parsing it once per flag family stays fast) for the dependency outputs to list.
#include "tiny.h"

const char *source = "PreSignUp_SignUp";
int tiny() { return kTiny; }
