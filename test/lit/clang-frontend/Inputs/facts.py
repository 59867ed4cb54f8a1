"""Prints triggerlint-clang's JSON as one line per fact, for FileCheck:
   handler NAME L:C [triggers] [annotation L:C] [degraded]
   KIND what/value/path L:C via=L:C,... guards=a|b excluded=c|d [op=..] [millis=..] [strings=..]
     [constant=L:C] (a comparison through a named constant: where its literal is)
   problem L:C message
   note MESSAGE (with --notes: the file's notes, after its problems)
   With --payloads, only handlers and their success() payloads: payload KIND [text] L:C via=..."""
import json
import sys

doc = json.load(sys.stdin)
show_notes = "--notes" in sys.argv[1:]


def lc(loc):
    return "%d:%d" % (loc["line"], loc["column"])


def ctx(c):
    out = lc(c["loc"])
    if c["via"]:
        out += " via=" + ",".join(lc(v) for v in c["via"])
    if c["guards"]:
        out += " guards=" + "|".join(c["guards"])
    if c["excluded"]:
        out += " excluded=" + "|".join(c["excluded"])
    return out


for f in doc["files"]:
    print("file", f["file"])
    for p in f["problems"]:
        print("problem", p["loc"]["file"], lc(p["loc"]), p["message"])
    if show_notes:
        for n in f.get("notes", []):
            print("note", n)
    for h in f["handlers"]:
        line = "handler %s %s" % (h["function"], lc(h["loc"]))
        if h["loc"]["file"] != f["file"]:
            line += " file=" + h["loc"]["file"]
        if h["annotatedTriggers"]:
            line += " triggers=%s annotation=%s" % (",".join(h["annotatedTriggers"]), lc(h["annotationLoc"]))
        if h["degraded"]:
            line += " degraded: " + h["degradedReason"]
        print(line)
        if "--payloads" in sys.argv[1:]:
            for x in h.get("payloads", []):
                print("  payload %s [%s] %s" % (x["kind"], x["text"], ctx(x["ctx"])))
            continue
        for x in h["failures"]:
            print("  failure %s [%s] %s" % (x["kind"], x["what"], ctx(x["ctx"])))
        for x in h["comparisons"]:
            constant = " constant=" + lc(x["constant"]) if "constant" in x else ""
            print("  compare %s %s %s%s" % (x["op"], x["value"], ctx(x["ctx"]), constant))
        for x in h["slowCalls"]:
            print("  slow %s millis=%s %s" % (x["what"], x["millis"], ctx(x["ctx"])))
        for x in h["writes"]:
            s = " strings=" + ",".join(x["strings"]) if x["strings"] else ""
            print("  write %s%s %s" % (".".join(x["path"]), s, ctx(x["ctx"])))
