"""Writes the JSON outputs quoted in AWS CLI example pages (.rst) to files, so the real CLI output
written by the AWS CLI team can be linted as dumps. Usage: extract_rst_output.py OUT_DIR FILE.rst..."""
import json, os, sys

out_dir = sys.argv[1]
os.makedirs(out_dir, exist_ok=True)
for path in sys.argv[2:]:
    lines = open(path, encoding="utf-8").read().split("\n")
    blocks, i = [], 0
    while i < len(lines):
        if lines[i].rstrip().endswith("Output::"):
            i += 1
            block = []
            while i < len(lines) and (lines[i].strip() == "" or lines[i].startswith("    ")):
                block.append(lines[i][4:])
                i += 1
            text = "\n".join(block).strip()
            try:
                json.loads(text)
                blocks.append(text)
            except ValueError:
                pass
        else:
            i += 1
    stem = os.path.basename(path).rsplit("__", 1)[-1][:-4]
    for n, text in enumerate(blocks):
        with open(os.path.join(out_dir, "%s-%d.json" % (stem, n + 1)), "w", encoding="utf-8") as f:
            f.write(text + "\n")
