"""lit format for the handler style suite (fixtures/handler-styles/README.md).

Each directory NN-name of the suite is two tests, NN-name/installed and NN-name/hidden: triggerlint
runs on the directory with every header installed, and again with the third-party headers (libcurl,
nlohmann/json, the AWS SDK) hidden behind a sysroot, and in both runs its findings must be exactly
the directory's expected.txt: none missing, none extra. A test listed in expected-failures.txt is
XFAIL until the capability it names lands (then it XPASSes, which fails the run).

Each variant is run once more through the compiled-preamble cache (issue 10), as
NN-name/installed+preamble and NN-name/hidden+preamble: a run with an empty cache, which builds
each file's preamble, then, with the facts cache emptied, a run that parses each file against its
stored preamble. Both must report exactly expected.txt, like the plain variant (whose expected
failure, if any, they share).

Run one directory by hand: python3 handler_style_format.py build/triggerlint DIR [-- FLAGS...]
"""
import os
import re
import shutil
import subprocess
import tempfile

try:
    import lit.formats
    import lit.Test
    FormatBase = lit.formats.TestFormat
except ImportError:  # run by hand (below), outside lit
    FormatBase = object

# The first line of a finding in the text format; `note:` lines carry no [ID name].
FINDING = re.compile(r"^(?P<where>.+?:\d+:\d+): (?:error|warning|note): .* \[(?P<rule>TL\d{3}) [a-z0-9-]+\]$")
EXPECTED = re.compile(r"^\S+:\d+:\d+: TL\d{3}$")
TIMEOUT_SECONDS = 300


def expected_findings(path):
    """The `file:line:col: TLnnn` lines of an expected.txt, in order; '#' starts a comment."""
    lines = []
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if not EXPECTED.match(line):
                raise ValueError(f"{path}:{number}: not 'file:line:col: TLnnn': {raw.rstrip()}")
            lines.append(line)
    return lines


def reported_findings(triggerlint, suite_dir, name, flags, options=()):
    """Runs triggerlint on suite_dir/name and returns (findings, the whole output, exit status).
    Paths are reduced to the directory's own ('main.cpp'); one outside it stays whole, so it fails."""
    command = [triggerlint, "--no-config", *options, name] + (["--"] + flags if flags else [])
    run = subprocess.run(command, cwd=suite_dir, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    found = []
    for line in run.stdout.splitlines():
        m = FINDING.match(line)
        if m:
            where = m.group("where")
            if where.startswith(name + "/"):
                where = where[len(name) + 1:]
            found.append(f"{where}: {m.group('rule')}")
    return found, " ".join(command) + "\n" + run.stdout + run.stderr, run.returncode


def compare(expected, found):
    """The lines of a report of what differs, empty when the multisets are equal."""
    missing, extra = list(expected), []
    for f in found:
        if f in missing:
            missing.remove(f)
        else:
            extra.append(f)
    return [f"missing:    {m}" for m in missing] + [f"unexpected: {e}" for e in extra]


class HandlerStyleFormat(FormatBase):
    def __init__(self, suite_dir, triggerlint, variants, expected_failures):
        self.suite_dir = suite_dir  # fixtures/handler-styles
        self.triggerlint = triggerlint
        self.variants = variants  # {"installed": [], "hidden": ["--sysroot=..."]}
        self.expected_failures = expected_failures  # {"NN-name/hidden": "why"}

    def getTestsInDirectory(self, testSuite, path_in_suite, litConfig, localConfig):
        names = sorted(n for n in os.listdir(self.suite_dir)
                       if os.path.isfile(os.path.join(self.suite_dir, n, "expected.txt")))
        # An entry for a test that does not exist (a renamed directory) would silently expect nothing.
        for entry in sorted(set(self.expected_failures) - {f"{n}/{v}" for n in names for v in self.variants
                                                            if "+" not in v}):
            litConfig.error(f"expected-failures.txt names no test: {entry}")
        for name in names:
            for variant in self.variants:
                test = lit.Test.Test(testSuite, path_in_suite + (name, variant), localConfig)
                if f"{name}/{variant.split('+')[0]}" in self.expected_failures:
                    test.xfails = ["*"]
                yield test

    def execute(self, test, litConfig):
        if "clang-frontend" not in test.config.available_features:
            return lit.Test.Result(lit.Test.UNSUPPORTED, "needs the Clang frontend")
        name, variant = test.path_in_suite[-2:]
        expected = expected_findings(os.path.join(self.suite_dir, name, "expected.txt"))
        base, _, cached = variant.partition("+")
        flags = self.variants[base]
        differences, report = [], ""
        with tempfile.TemporaryDirectory() as cache:
            # Plain: no cache. Preamble: the run that builds the preambles, then one that reuses them.
            runs = [("", ["--no-cache"])] if not cached else [
                ("preambles built: ", ["--cache-dir", cache]), ("preambles reused: ", ["--cache-dir", cache])]
            for label, options in runs:
                shutil.rmtree(os.path.join(cache, "facts"), ignore_errors=True)
                try:
                    found, output, status = reported_findings(self.triggerlint, self.suite_dir, name, flags, options)
                except subprocess.TimeoutExpired:
                    return lit.Test.Result(lit.Test.FAIL, f"triggerlint took more than {TIMEOUT_SECONDS} s")
                run_differences = [label + d for d in compare(expected, found)]
                if status not in (0, 1):
                    run_differences.append(f"{label}exit status {status}")
                if cached and "from the facts cache" in output:
                    run_differences.append(f"{label}answered from the facts cache: the preambles were not used")
                differences += run_differences
                report += output + "\n"
        report = "\n".join(differences) + "\n\n" + report
        return lit.Test.Result(lit.Test.FAIL if differences else lit.Test.PASS, report)


if __name__ == "__main__":
    import sys

    if len(sys.argv) < 3:
        sys.exit(__doc__)
    directory = os.path.abspath(sys.argv[2])
    flags = sys.argv[4:] if len(sys.argv) > 3 and sys.argv[3] == "--" else []
    found, output, _ = reported_findings(os.path.abspath(sys.argv[1]), os.path.dirname(directory),
                                         os.path.basename(directory), flags)
    differences = compare(expected_findings(os.path.join(directory, "expected.txt")), found)
    print("\n".join(differences) if differences else "as expected", "\n\n" + output)
    sys.exit(1 if differences else 0)
