#!/usr/bin/env python3
# A stand-in for triggerlint-clang in the lit tests: logs its command line to $FAKE_LOG (one
# line per run), then prints the JSON protocol for each file, with a handler per file whose
# facts come from a text scan: `triggerlint: trigger=A, B` annotations (read as the real frontend
# reads them) and quoted `A_B` strings as
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
    if not a.startswith("--units=") and not a.startswith("--preamble-cache="):
        files.append(a)
if os.environ.get("FAKE_SLEEP"):
    time.sleep(float(os.environ["FAKE_SLEEP"]))
crash = os.environ.get("FAKE_CRASH_ON")
if crash and any(crash in f for f in files):
    os.kill(os.getpid(), signal.SIGSEGV)

def loc(f, line, col):
    return {"file": f, "line": line, "column": col}

def annotation(line):
    """`// triggerlint: trigger=A, B` read as trigger_annotations.cpp reads it: blanks may follow
    the marker; commas separate the names, with or without blanks around them; a blank that no
    comma follows ends the list. Returns the comment's column and each name with its column."""
    comment = line.find("//")
    at = line.find("triggerlint:", comment) if comment >= 0 else -1
    if at < 0:
        return None
    pos = at + len("triggerlint:")
    while pos < len(line) and line[pos].isspace():
        pos += 1
    if not line.startswith("trigger=", pos):
        return None
    pos += len("trigger=")
    names = []
    while pos < len(line) and not line[pos].isspace():
        end = pos
        while end < len(line) and not line[end].isspace() and line[end] != ",":
            end += 1
        if end > pos:
            names.append((line[pos:end], pos + 1))
        nxt = end
        while nxt < len(line) and line[nxt].isspace():
            nxt += 1
        if nxt == len(line) or line[nxt] != ",":
            break
        nxt += 1
        while nxt < len(line) and line[nxt].isspace():
            nxt += 1
        pos = nxt
    return comment + 1, names

out = []
for f in files:
    text = open(f).read()
    h = {"function": "handler", "loc": loc(f, 1, 1), "comparisons": [], "annotatedTriggers": []}
    for n, line in enumerate(text.splitlines(), 1):
        a = annotation(line)
        if a:
            h.setdefault("annotationLoc", loc(f, n, a[0]))
            h["annotatedTriggers"] += [name for name, _ in a[1]]
            h.setdefault("annotatedTriggerLocs", []).extend(loc(f, n, col) for _, col in a[1])
        for m in re.finditer(r'"([A-Za-z]+_[A-Za-z]+)"', line):
            h["comparisons"].append({"value": m.group(1), "op": "==",
                                     "ctx": {"loc": loc(f, n, m.start() + 1)}})
    out.append({"file": f, "handlers": [h], "problems": []})
print(json.dumps({"files": out}))
