#pragma once
#include <string>

void record_sign_in(const std::string &event);
