"""Validates SARIF files against the SARIF 2.1.0 JSON schema: validate_sarif.py SCHEMA FILE...

Prints every schema error with its JSON path and exits 1 when there is one.
"""
import json
import re
import sys

import jsonschema

# RFC 3986: only these characters, and '%' with two hex digits. jsonschema checks the "uri" and
# "uri-reference" formats only with an optional package, so they are checked here.
URI_CHARS = re.compile(r"^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-Fa-f]{2})*$")
checker = jsonschema.FormatChecker()


@checker.checks("uri-reference")
def uri_reference(value):
    return not isinstance(value, str) or bool(URI_CHARS.match(value))


@checker.checks("uri")
def uri(value):
    return not isinstance(value, str) or (bool(URI_CHARS.match(value)) and
                                          re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value) is not None)


schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft4Validator(schema, format_checker=checker)
failed = False
for path in sys.argv[2:]:
    doc = json.load(open(path))
    for error in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
        failed = True
        print(f"{path}: /{'/'.join(str(p) for p in error.absolute_path)}: {error.message}")
    if not doc["runs"][0]["results"]:
        failed = True
        print(f"{path}: no results: nothing was validated")
sys.exit(1 if failed else 0)
