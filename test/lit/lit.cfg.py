# lit configuration: one directory per rule (test/lit/rules/TL101/...) and per CLI feature. A
# Terraform test (.tf) sits alone in its directory: Terraform reads a directory as one module.
import glob
import os
import subprocess
import sys
import lit.formats

config.name = "triggerlint"
# bash runs the RUN lines, so tests may use $?, subshells and redirections freely.
config.test_format = lit.formats.ShTest(execute_external=True)
config.environment["PATH"] = os.pathsep.join(["/usr/lib/llvm-16/bin", os.environ.get("PATH", "")])
config.suffixes = [".yaml", ".yml", ".json", ".test", ".cpp", ".tf"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.tl_bin_dir, "test", "lit")

config.substitutions.append(("%triggerlint", os.path.join(config.tl_bin_dir, "triggerlint")))
config.substitutions.append(("%clang-frontend", os.path.join(config.tl_bin_dir, "tools", "triggerlint-clang", "triggerlint-clang")))
config.substitutions.append(("FileCheck", config.filecheck))
tl_corpus = os.path.join(os.path.dirname(config.tl_src_dir), "shared", "corpus")
config.substitutions.append(("%corpus", tl_corpus))
# The real-world corpus lives beside the repository (../shared/corpus), not in it: a clone alone
# reports the tests that read it as unsupported, by name (lit --show-unsupported), and passes.
if os.path.isdir(tl_corpus):
    config.available_features.add("corpus")
# The SARIF 2.1.0 schema that `tools/dev deps` fetches (pinned by checksum, not committed), and a
# validator for it: every SARIF output of test/lit/cli/sarif-schema.test is checked against it.
tl_sarif_schema = os.path.join(config.tl_src_dir, ".deps", "sarif-2.1.0-rtm.5.json")
import importlib.util
if os.path.isfile(tl_sarif_schema) and importlib.util.find_spec("jsonschema"):
    config.available_features.add("sarif-schema")
    config.substitutions.append(("%sarif_schema", tl_sarif_schema))
config.substitutions.append(("%fixtures", os.path.join(config.tl_src_dir, "fixtures")))
config.substitutions.append(("%python", "python3"))
config.substitutions.append(("%tl_src", config.tl_src_dir))
config.substitutions.append(("%tl_bin", config.tl_bin_dir))
config.environment["NO_COLOR"] = "1"
# No facts cache unless a test asks for one with --cache-dir: the default directory would be
# shared by every test and every run, and a test's output would depend on what ran before it.
# Nothing can be created under /dev/null, so the default cache is neither read nor written.
config.environment["XDG_CACHE_HOME"] = "/dev/null"
# `-- --sysroot=%hidden_sysroot` parses a handler as on a machine without libcurl, nlohmann/json
# and the AWS SDK installed (test/tools/hidden-headers-sysroot), so a test can run a handler with
# and without third-party headers and compare.
tl_hidden_sysroot = os.path.join(config.test_exec_root, "hidden-headers-sysroot")
subprocess.run([sys.executable, os.path.join(config.tl_src_dir, "test", "tools", "hidden-headers-sysroot"),
                tl_hidden_sysroot], check=True)
config.substitutions.append(("%hidden_sysroot", tl_hidden_sysroot))
# libcurl's real headers (libcurl4-openssl-dev), for the test that they win over the bundled ones.
if glob.glob("/usr/include/curl/curl.h") or glob.glob("/usr/include/*/curl/curl.h"):
    config.available_features.add("libcurl-headers")
# Builds without the Clang frontend (the sanitizer build) skip the tests that need it.
if os.path.exists(os.path.join(config.tl_bin_dir, "tools", "triggerlint-clang", "triggerlint-clang")):
    config.available_features.add("clang-frontend")
# script(1) gives a command a terminal (progress output is for terminals only).
if os.access("/usr/bin/script", os.X_OK):
    config.available_features.add("script")
# The package test (test/lit/package) builds the .deb with cpack and reads it with dpkg-deb; its
# man page needs help2man (tools/dev installs both).
import shutil
if shutil.which("dpkg-deb") and shutil.which("cpack"):
    config.available_features.add("dpkg-deb")
if shutil.which("help2man"):
    config.available_features.add("help2man")
# GNU time reports a run's peak memory (test/lit/scale).
if os.access("/usr/bin/time", os.X_OK):
    config.available_features.add("gnu-time")
# AddressSanitizer reserves terabytes of address space, so tests that limit it (ulimit -v) say
# `UNSUPPORTED: asan`.
if getattr(config, "tl_sanitize", "OFF").upper() in ("ON", "1", "TRUE", "YES", "Y"):
    config.available_features.add("asan")
# The AWS CLI for test/lit/collect: Debian's /usr/bin/aws (v2) first, else the first on PATH;
# `lit -Daws=PATH` tries another one (CLI v1 and v2 must both work).
import shutil
tl_aws = lit_config.params.get("aws") or ("/usr/bin/aws" if os.access("/usr/bin/aws", os.X_OK) else shutil.which("aws"))
if tl_aws:
    config.substitutions.append(("%aws", tl_aws))
    config.available_features.add("aws-cli")
# Run as root, triggerlint collect follows no symlinked --out (test/lit/collect/symlinked-out.test).
if os.geteuid() == 0:
    config.available_features.add("root")
