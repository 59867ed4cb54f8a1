#include "code_loading_flags.h"

#include "llvm/ADT/StringRef.h"

namespace tl::clangfe {
namespace {

using clang::tooling::CommandLineArguments;

// Driver spellings, whole or as a prefix of their joined value.
bool loadsCodeJoined(llvm::StringRef a) {
  return a.startswith("-fplugin=") || a.startswith("-fpass-plugin=") || a.startswith("-fplugin-arg-");
}

// Driver spellings whose value is the next argument.
bool loadsCodeSeparate(llvm::StringRef a) { return a == "-load" || a == "-fplugin" || a == "-fpass-plugin"; }

// cc1 spellings behind -Xclang; the first four take the next -Xclang argument as their value.
bool cc1TakesValue(llvm::StringRef a) {
  return a == "-load" || a == "-plugin" || a == "-add-plugin" || a.startswith("-plugin-arg-");
}
bool cc1LoadsCode(llvm::StringRef a) {
  return cc1TakesValue(a) || a.startswith("-load=") || a.startswith("-add-plugin=") || loadsCodeJoined(a);
}

// The argument passed to cc1 by `-Xclang X` or `-Xclang=X` at args[i], and how many
// arguments that spelling takes (0 when args[i] is no -Xclang).
llvm::StringRef xclangValue(const CommandLineArguments &args, size_t i, size_t &width) {
  llvm::StringRef a = args[i];
  width = 0;
  if (a.consume_front("-Xclang=")) {
    width = 1;
    return a;
  }
  if (a == "-Xclang" && i + 1 < args.size()) {
    width = 2;
    return args[i + 1];
  }
  return {};
}

std::string joined(const CommandLineArguments &args, size_t from, size_t count) {
  std::string out;
  for (size_t k = from; k < from + count && k < args.size(); ++k)
    out += (out.empty() ? "" : " ") + args[k];
  return out;
}

} // namespace

CommandLineArguments dropCodeLoadingFlags(const CommandLineArguments &args, std::vector<std::string> &dropped) {
  CommandLineArguments out;
  for (size_t i = 0; i < args.size();) {
    llvm::StringRef a = args[i];
    size_t width = 0, xclang = 0;
    llvm::StringRef inner = xclangValue(args, i, xclang);
    if (loadsCodeJoined(a)) {
      width = 1;
    } else if (loadsCodeSeparate(a)) {
      width = 2;
    } else if (xclang && cc1LoadsCode(inner)) {
      size_t value = 0;
      if (cc1TakesValue(inner) && i + xclang < args.size())
        xclangValue(args, i + xclang, value);
      width = xclang + value;
    }
    if (width == 0) {
      out.push_back(args[i++]);
      continue;
    }
    dropped.push_back(joined(args, i, width));
    i += width;
  }
  return out;
}

std::string droppedFlagNote(const std::string &flag) {
  return "'" + flag + "' was dropped from the compile command: triggerlint never loads code that its inputs name";
}

} // namespace tl::clangfe
