# Nine levels of nine aliases each: 387 million nodes if expanded.
lines = ["AWSTemplateFormatVersion: '2010-09-09'", "Metadata:", "  l0: &l0 [x, x, x, x, x, x, x, x, x]"]
for i in range(1, 10):
    refs = ", ".join(f"*l{i-1}" for _ in range(9))
    lines.append(f"  l{i}: &l{i} [{refs}]")
lines += ["Resources:", "  Fn:", "    Type: AWS::Lambda::Function", "    Properties:", "      Tags: *l9"]
print("\n".join(lines))
