"""Runs triggerlint-clang on each file without a preamble cache, then twice with one (the first
run builds each file's compiled preamble, the second parses against it), and prints one line per
file and run: 'same' when the facts, problems and notes equal those of the run without the cache,
else what differs. With --damage, every stored PCH is overwritten between the two cached runs
(the entries must be rebuilt, never handed to Clang).
    preamble_equivalence.py FRONTEND CACHE_DIR [--damage] FILE... [-- FLAGS...]"""
import glob
import json
import os
import subprocess
import sys

frontend, cache = sys.argv[1], sys.argv[2]
rest = sys.argv[3:]
damage = "--damage" in rest
rest = [a for a in rest if a != "--damage"]
flags = rest[rest.index("--") + 1:] if "--" in rest else []
files = rest[:rest.index("--")] if "--" in rest else rest


def facts(path, options):
    run = subprocess.run([frontend, *options, path, "--", *flags], capture_output=True, text=True)
    if run.returncode != 0:
        return {"exit": run.returncode, "stderr": run.stderr}
    doc = json.loads(run.stdout)
    for entry in doc["files"]:
        entry.pop("deps", None)  # what was read differs: the preamble stands for the headers
    return doc


for path in files:
    plain = facts(path, [])
    for label in ("built", "reused"):
        if label == "reused" and damage:
            for pch in glob.glob(os.path.join(cache, "*", "*.pch")):
                with open(pch, "r+b") as f:
                    f.seek(os.path.getsize(pch) // 2)
                    f.write(b"\0garbage\0" * 64)
        got = facts(path, ["--preamble-cache=" + cache])
        name = os.path.basename(path)
        if got == plain:
            print(f"{name} {label}: same")
        else:
            print(f"{name} {label}: differs\n  without: {json.dumps(plain)}\n  with:    {json.dumps(got)}")
print("pch files:", len(glob.glob(os.path.join(cache, "*", "*.pch"))))
