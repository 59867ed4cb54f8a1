#include "source_text.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"
#include "clang/Lex/Lexer.h"

namespace tl::clangfe {

using namespace clang;

std::string sourceText(const ASTContext &ctx, SourceRange r) {
  if (r.isInvalid())
    return "";
  const SourceManager &SM = ctx.getSourceManager();
  auto range = CharSourceRange::getTokenRange(r);
  return Lexer::getSourceText(Lexer::makeFileCharRange(range, SM, ctx.getLangOpts()), SM, ctx.getLangOpts()).str();
}

std::string sourceText(const ASTContext &ctx, const Stmt *s) { return s ? sourceText(ctx, s->getSourceRange()) : ""; }

} // namespace tl::clangfe
