"""Validates the SARIF that triggerlint printed; with two files, also that fingerprints match."""
import json
import sys

runs = []
for path in sys.argv[1:]:
    doc = json.load(open(path))
    assert doc["version"] == "2.1.0", doc["version"]
    run = doc["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert all({"id", "name", "shortDescription", "helpUri", "defaultConfiguration"} <= set(r) for r in rules)
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["TL101", "TL106"], results
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"] == {"uri": "Inputs/timeout.yaml", "uriBaseId": "%SRCROOT%"}, loc
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
