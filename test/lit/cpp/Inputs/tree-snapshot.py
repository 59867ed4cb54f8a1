"""Prints one line per entry under DIR: relative path, type, size, mtime (ns) and a SHA-256 of
file contents, sorted. Two snapshots differ when anything below DIR was created, removed,
written or touched."""
import hashlib
import os
import sys

root = sys.argv[1]
lines = []
for dirpath, dirnames, filenames in os.walk(root):
    for name in dirnames + filenames:
        path = os.path.join(dirpath, name)
        st = os.lstat(path)
        rel = os.path.relpath(path, root)
        if os.path.islink(path):
            lines.append("%s link %s" % (rel, os.readlink(path)))
        elif os.path.isdir(path):
            lines.append("%s dir %d" % (rel, st.st_mtime_ns))
        else:
            with open(path, "rb") as f:
                digest = hashlib.sha256(f.read()).hexdigest()
            lines.append("%s file %d %d %s" % (rel, st.st_size, st.st_mtime_ns, digest))
print("\n".join(sorted(lines)))
