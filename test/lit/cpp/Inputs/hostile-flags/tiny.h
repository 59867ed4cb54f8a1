constexpr int kTiny = 1;
