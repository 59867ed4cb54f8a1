// Includes the handler's header too: the handler is still one handler.
#include "handler.h"

int handler_count() { return 1; }
