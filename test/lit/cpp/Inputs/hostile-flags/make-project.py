"""Writes ROOT/repo: a handler per flag family, a .triggerlint.yaml naming cc/ as the compile
database, and cc/compile_commands.json whose commands point every output Clang knows into ROOT
(outside the repository, into it, and relative to the command's directory). ROOT/outside holds
files that an attacker would overwrite."""
import json
import os
import shutil
import sys

root, handler = sys.argv[1], sys.argv[2]
header = os.path.join(os.path.dirname(handler), "tiny.h")
repo, out = os.path.join(root, "repo"), os.path.join(root, "outside")
cwd = os.path.join(repo, "build-dir")
for d in (repo, out, cwd, os.path.join(repo, "cc"), os.path.join(repo, "src")):
    os.makedirs(d, exist_ok=True)
with open(os.path.join(out, "existing.txt"), "w") as f:
    f.write("keep me\n")
with open(os.path.join(repo, ".triggerlint.yaml"), "w") as f:
    f.write("compile-commands: cc\n")

O = lambda name: os.path.join(out, name)
families = {
    "dependency-file": ["-Xclang=-dependency-file", "-Xclang=" + O("existing.txt"), "-Xclang=-MT", "-Xclang=PWNED"],
    "dependency-file-separate": ["-Xclang", "-dependency-file", "-Xclang", O("dep2.d"), "-Xclang=-MT", "-Xclang=x"],
    "wp-md": ["-Wp,-MD," + O("wp.d")],
    "md-mf": ["-MD", "-MF", O("mf.d"), "-MT", "PWNED"],
    "mmd-relative": ["-MMD", "-MF", "relative.d"],
    "stats-file": ["-Xclang", "-stats-file=" + O("stats.json")],
    "module-dependency-dir": ["-Xclang", "-module-dependency-dir", "-Xclang", O("moddeps")],
    "header-include-file": ["-H", "-Xclang", "-header-include-file", "-Xclang", O("headers.txt")],
    "dependency-dot": ["-Xclang", "-dependency-dot", "-Xclang", O("deps.dot")],
    "serialize-diagnostics": ["--serialize-diagnostics", O("diags.dia")],
    "serialize-diagnostic-file": ["-Xclang", "-serialize-diagnostic-file", "-Xclang", O("diags2.dia")],
    "diagnostic-log-file": ["-Xclang", "-diagnostic-log-file", "-Xclang", O("diag.log")],
    "modules-cache": ["-fmodules", "-fmodules-cache-path=" + O("modcache")],
    "module-cache-relative": ["-fmodules", "-fmodules-cache-path=modcache-relative"],
    "time-trace": ["-ftime-trace=" + O("trace.json"), "-ftime-trace-granularity=0"],
    "mj": ["-MJ", O("mj.json")],
    "save-temps": ["-save-temps=obj", "-o", O("saved.o")],
    "output": ["-o", O("out.o")],
    "opt-record": ["-fsave-optimization-record", "-foptimization-record-file=" + O("opt.yaml")],
    "profile": ["-fprofile-instr-generate=" + O("prof.raw"), "-fcoverage-mapping"],
    "crash-dir": ["-fcrash-diagnostics-dir=" + O("crash")],
    "plugin": ["-fplugin=" + O("evil.so")],
    "pass-plugin": ["-fpass-plugin=" + O("evil-pass.so")],
    "xclang-load": ["-Xclang", "-load", "-Xclang", O("evil2.so")],
    "xclang-eq-load": ["-Xclang=-load", "-Xclang=" + O("evil3.so")],
    "add-plugin": ["-Xclang", "-add-plugin", "-Xclang", "evil-action"],
}
shutil.copy(header, os.path.join(repo, "src", "tiny.h"))
db = []
for name, flags in families.items():
    src = os.path.join(repo, "src", name + ".cpp")
    shutil.copy(handler, src)
    db.append({"directory": cwd, "file": src, "arguments": ["clang++", "-std=c++20"] + flags + ["-c", src]})
with open(os.path.join(repo, "cc", "compile_commands.json"), "w") as f:
    json.dump(db, f, indent=1)
