#include "report/json_reporter.h"

#include "version.h"

#include <nlohmann/json.hpp>

namespace tl::report {

void writeJson(std::ostream &out, const std::vector<Finding> &findings) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto &f : findings) {
    nlohmann::ordered_json notes = nlohmann::ordered_json::array();
    for (const auto &n : f.notes)
      notes.push_back({{"file", n.loc.file}, {"line", n.loc.line}, {"column", n.loc.column}, {"message", n.message}});
    list.push_back({{"rule", f.rule},
                    {"name", f.name},
                    {"severity", severityName(f.severity)},
                    {"file", f.loc.file},
                    {"line", f.loc.line},
                    {"column", f.loc.column},
                    {"message", f.message},
                    {"notes", notes}});
  }
  nlohmann::ordered_json doc = {{"version", TRIGGERLINT_VERSION}, {"findings", list}};
  // Invalid UTF-8 from an input must not abort the report: replace it.
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

} // namespace tl::report
