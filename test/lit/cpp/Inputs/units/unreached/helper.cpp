#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>

void audit(const std::string &event) {
  std::this_thread::sleep_for(std::chrono::seconds(8));
  if (event.empty())
    throw std::runtime_error("no event");
}
