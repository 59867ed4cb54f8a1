# Prints, for a few paths, whether the hook's `files` pattern selects them (as pre-commit does:
# re.search on the path). The hook file is read as text: PyYAML may not be installed.
import re
import sys

pattern = None
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if line.startswith("files:"):
        pattern = line.split(":", 1)[1].strip()
if pattern is None:
    sys.exit("no files: pattern in " + sys.argv[1])
for path in ["template.yaml", "stack.json", "cfn.template", "handlers/post_auth/main.cpp", "src/a.cc",
             "src/b.cxx", "include/audit.h", "include/audit.hpp", "infra/main.tf", "infra/lambda.tf.json",
             "infra/prod.tfvars", "README.md", "main.cpp.orig",
             "CMakeLists.txt"]:
    print(path, "yes" if re.search(pattern, path) else "no")
