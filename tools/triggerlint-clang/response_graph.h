#pragma once
// The JSON values a translation unit's functions build, as one graph (DESIGN TL203/TL204/TL209):
// nodes are JSON objects (a variable, a parsed literal, a braced object, a function's return value),
// edges are keyed writes into them (`j["response"]["x"] = v`, emplace, JsonValue's With* builders)
// or whole-value flows (an assignment, an argument bound to a reference parameter, a return). The
// paths a handler writes are read off it by response_paths.h.
#include "analysis_context.h"

#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace clang {
class ASTContext;
class CallExpr;
class CXXRecordDecl;
class Expr;
class FunctionDecl;
class InitListExpr;
class QualType;
class VarDecl;
} // namespace clang

namespace tl::clangfe {

/// True for a type that may hold JSON (nlohmann::json, Aws::Utils::Json::JsonValue), and for a
/// type a missing header left unknown.
bool jsonLikeType(clang::QualType t);
/// True for a variable of a JSON-like type (or one a missing header made invalid).
bool jsonVar(const clang::VarDecl *v);

/// The response graph of one translation unit and the expressions that read and extend it.
class ResponseGraph {
public:
  /// The body a call runs, or nullptr (the analysis's own callee lookup).
  using BodyOf = std::function<const clang::FunctionDecl *(const clang::CallExpr *)>;
  ResponseGraph(const clang::ASTContext &ctx, BodyOf bodyOf) : C(ctx), bodyOf_(std::move(bodyOf)) {}
  /// What a call into another translation unit returns: the writes into the JSON it returns, or
  /// nullptr (cross-TU join, CalleeFacts::returnWrites).
  using ForeignReturns = std::function<const std::vector<model::ResponseWrite> *(const clang::CallExpr *)>;
  void setForeignReturns(ForeignReturns f) { foreignReturns_ = std::move(f); }

  int newNode();
  int varNode(const clang::VarDecl *v);
  /// The variable `v` as the lambda `lambda` sees it when it captures it: a node of its own, which
  /// each call of the lambda links to the variable at the call (CallSite::captures), so that what
  /// the lambda writes there carries the call and its guards.
  int captureNode(const clang::CXXRecordDecl *lambda, const clang::VarDecl *v);
  /// The function whose body the expressions given next are in (pathOf tells captures by it).
  void enter(const clang::FunctionDecl *f) { current_ = f; }
  const clang::FunctionDecl *current() const { return current_; }
  /// The JSON place variable `v` names in the current function (an alias, a capture, itself).
  PathRef pathOfVar(const clang::VarDecl *v);
  int returnNode(const clang::FunctionDecl *f);
  void addEdge(Edge e);

  /// A key as written (a string constant, at its use) or "*" for a computed key.
  std::pair<std::string, clang::SourceLocation> keyOf(const clang::Expr *e) const;
  /// The node and keys `e` names (`j`, `j["a"]["b"]`, `j.at("a")`, an alias of one).
  PathRef pathOf(const clang::Expr *e, int depth = 0);
  /// The value `e` gives: a node (an object, a parsed literal, a callee's return value) or strings.
  Val valueOf(const clang::Expr *e, const Ctx &ctx, const clang::FunctionDecl *F, int depth = 0);
  /// Aws::Utils::Json::JsonValue builders; returns the node the builder writes into, or -1.
  int withCall(const clang::CallExpr *call, const Ctx &ctx, const clang::FunctionDecl *F, int depth);
  /// The node a builder chain writes into, recorded once for the outermost builder (-1 for the
  /// builders inside a chain, which are reached through it).
  int builderChain(const clang::CallExpr *call, const Ctx &c, const clang::FunctionDecl *F);
  /// The node whose text `e` is (j.dump(), v.View().WriteCompact(), ...), or -1.
  int serialisedNode(const clang::Expr *e, const Ctx &c, const clang::FunctionDecl *F);

  /// A reference variable that names a JSON place (`auto &r = j["response"]`).
  void alias(const clang::VarDecl *v, PathRef p) { aliases_[v] = std::move(p); }
  /// An element of a string array later passed to WithArray (`arr[0] = "email"`).
  void addArrayString(const clang::VarDecl *v, std::string s) { arrayStrings_[v].push_back(std::move(s)); }

  std::vector<Edge> &edges() { return edges_; }
  const std::vector<int> &out(int node) const { return out_[node]; }

private:
  int nodeFor(const void *key);
  int parsedLiteral(const clang::Expr *arg, const Ctx &ctx);
  const clang::InitListExpr *initList(const clang::Expr *e) const;
  std::vector<std::string> arrayStrings(const clang::Expr *e);

  const clang::ASTContext &C;
  BodyOf bodyOf_;
  ForeignReturns foreignReturns_;
  std::unordered_map<const void *, int> nodes_;
  std::unordered_map<const clang::FunctionDecl *, int> returns_;
  std::unordered_map<const clang::VarDecl *, PathRef> aliases_;
  std::unordered_map<const clang::VarDecl *, std::vector<std::string>> arrayStrings_;
  std::vector<std::vector<int>> out_;
  std::vector<Edge> edges_;
  std::unordered_set<const clang::CallExpr *> chainInner_;
  std::map<std::pair<const clang::CXXRecordDecl *, const clang::VarDecl *>, int> captures_;
  const clang::FunctionDecl *current_ = nullptr;
};

} // namespace tl::clangfe
