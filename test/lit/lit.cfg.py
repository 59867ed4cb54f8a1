# lit configuration: one directory per rule (test/lit/rules/TL101/...) and per CLI feature.
import os
import lit.formats

config.name = "triggerlint"
# bash runs the RUN lines, so tests may use $?, subshells and redirections freely.
config.test_format = lit.formats.ShTest(execute_external=True)
config.environment["PATH"] = os.pathsep.join(["/usr/lib/llvm-16/bin", os.environ.get("PATH", "")])
config.suffixes = [".yaml", ".yml", ".json", ".test", ".cpp"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.tl_bin_dir, "test", "lit")

config.substitutions.append(("%triggerlint", os.path.join(config.tl_bin_dir, "triggerlint")))
config.substitutions.append(("%clang-frontend", os.path.join(config.tl_bin_dir, "tools", "triggerlint-clang", "triggerlint-clang")))
config.substitutions.append(("FileCheck", config.filecheck))
config.substitutions.append(("%corpus", os.path.join(os.path.dirname(config.tl_src_dir), "shared", "corpus")))
config.substitutions.append(("%fixtures", os.path.join(config.tl_src_dir, "fixtures")))
config.substitutions.append(("%python", "python3"))
config.substitutions.append(("%tl_src", config.tl_src_dir))
config.environment["NO_COLOR"] = "1"
# Builds without the Clang frontend (the sanitizer build) skip the tests that need it.
if os.path.exists(os.path.join(config.tl_bin_dir, "tools", "triggerlint-clang", "triggerlint-clang")):
    config.available_features.add("clang-frontend")
