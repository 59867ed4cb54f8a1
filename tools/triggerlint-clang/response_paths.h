#pragma once
// The paths a handler writes into its response (DESIGN TL203/TL204/TL209): the JSON objects it
// serialises into invocation_response::success, followed from callees' parameters back to the
// arguments that fill them, and every keyed write reachable from those roots in the response graph
// (response_graph.h), with the calls and guards on the way.
#include "analysis_context.h"
#include "response_graph.h"

#include <functional>
#include <unordered_map>

namespace clang {
class FunctionDecl;
} // namespace clang

namespace tl::clangfe {

/// Appends to `h.writes` the response writes of the handler whose body is `root`. `summaries`
/// holds every function the handler reaches; `loc` places a source location in the model.
void addResponseWrites(model::Handler &h, const clang::FunctionDecl *root, ResponseGraph &graph,
                       std::unordered_map<const clang::FunctionDecl *, Summary> &summaries,
                       const std::function<Location(clang::SourceLocation)> &loc);

/// The writes reachable from `node` (a parameter's), each path from it.
std::vector<model::ResponseWrite> writesInto(int node, ResponseGraph &graph,
                                             const std::function<Location(clang::SourceLocation)> &loc);

} // namespace tl::clangfe
