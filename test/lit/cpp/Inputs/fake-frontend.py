#!/usr/bin/env python3
# A stand-in for triggerlint-clang in the lit tests: logs its command line to $FAKE_LOG (one
# line per run), then prints the JSON protocol for each file, with a handler per file whose
# facts come from a text scan: `triggerlint: trigger=X` annotations and quoted `A_B` strings as
# triggerSource comparisons (`--units=` is logged, not read). $FAKE_CRASH_ON (a substring of a file name) makes it die of
# SIGSEGV on a batch holding such a file; $FAKE_SLEEP makes it sleep first.
import json, os, re, signal, sys, time

args = sys.argv[1:]
if os.environ.get("FAKE_LOG"):
    with open(os.environ["FAKE_LOG"], "a") as log:
        log.write("RUN " + " ".join(args) + "\n")
files = []
for a in args:
    if a in ("-p", "--"):
        break
    if not a.startswith("--units="):
        files.append(a)
if os.environ.get("FAKE_SLEEP"):
    time.sleep(float(os.environ["FAKE_SLEEP"]))
crash = os.environ.get("FAKE_CRASH_ON")
if crash and any(crash in f for f in files):
    os.kill(os.getpid(), signal.SIGSEGV)

def loc(f, line, col):
    return {"file": f, "line": line, "column": col}

out = []
for f in files:
    text = open(f).read()
    h = {"function": "handler", "loc": loc(f, 1, 1), "comparisons": [], "annotatedTriggers": []}
    for n, line in enumerate(text.splitlines(), 1):
        m = re.search(r"triggerlint: trigger=([A-Za-z,]+)", line)
        if m:
            h["annotatedTriggers"] += m.group(1).split(",")
            h["annotationLoc"] = loc(f, n, m.start() + 1)
        for m in re.finditer(r'"([A-Za-z]+_[A-Za-z]+)"', line):
            h["comparisons"].append({"value": m.group(1), "op": "==",
                                     "ctx": {"loc": loc(f, n, m.start() + 1)}})
    out.append({"file": f, "handlers": [h], "problems": []})
print(json.dumps({"files": out}))
