"""Validates the SARIF that triggerlint printed; with two files, also that fingerprints match."""
import json
import sys

# --uri=U: the URI every result must have, relative to the repository root (%SRCROOT%).
uri = "infra/timeout.yaml"
paths = []
for arg in sys.argv[1:]:
    if arg.startswith("--uri="):
        uri = arg[len("--uri="):]
    else:
        paths.append(arg)
runs = []
for path in paths:
    doc = json.load(open(path))
    assert doc["version"] == "2.1.0", doc["version"]
    run = doc["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert all({"id", "name", "shortDescription", "helpUri", "defaultConfiguration"} <= set(r) for r in rules)
    # Each rule's help is its own page and its --explain text, not the AWS page it cites.
    for r in rules:
        assert r["helpUri"].endswith("/docs/rules/" + r["id"] + ".md"), r["helpUri"]
        assert r["help"]["markdown"].startswith("# " + r["id"] + " " + r["name"] + "\n"), r["help"]
    assert run["tool"]["driver"]["informationUri"].startswith("https://")
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["TL101", "TL106"], results
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"] == {"uri": uri, "uriBaseId": "%SRCROOT%"}, loc
        assert loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1
        assert r["partialFingerprints"]["triggerlint/v1"]
    assert results[0]["relatedLocations"], "TL101 must carry its notes as related locations"
    runs.append(results)
if len(runs) == 2:
    a = [r["partialFingerprints"]["triggerlint/v1"] for r in runs[0]]
    b = [r["partialFingerprints"]["triggerlint/v1"] for r in runs[1]]
    assert a == b, (a, b)
    assert runs[0][0]["locations"][0]["physicalLocation"]["region"]["startLine"] + 3 == \
        runs[1][0]["locations"][0]["physicalLocation"]["region"]["startLine"]
