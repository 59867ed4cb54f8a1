"""Writes an audit directory like `triggerlint collect` does: POOLS pools with 8 triggers each, and
for every trigger function its get-function-configuration, get-policy and get-function-concurrency
output. Usage: gen_dumps.py OUT_DIR POOLS"""
import json, os, sys

out, pools = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
A = "arn:aws:lambda:us-east-1:123456789012:function:"
TRIGGERS = ["PreSignUp", "CustomMessage", "PostConfirmation", "PreAuthentication", "PostAuthentication",
            "DefineAuthChallenge", "CreateAuthChallenge", "VerifyAuthChallengeResponse"]


def write(name, obj):
    with open(os.path.join(out, name), "w") as f:
        json.dump(obj, f, indent=4)
        f.write("\n")


for p in range(pools):
    pid = "us-east-1_Bench%05d" % p
    arn = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/" + pid
    config = {t: A + "pool%d-%s" % (p, t.lower()) for t in TRIGGERS}
    write("describe-user-pool.%s.json" % pid, {"UserPool": {
        "Id": pid, "Name": "bench-%d" % p, "Arn": arn, "LambdaConfig": config, "UserPoolTier": "ESSENTIALS",
        "Policies": {"PasswordPolicy": {"MinimumLength": 8, "RequireUppercase": True}},
        "Schema": [{"Name": "attr%d" % i, "AttributeDataType": "String", "Mutable": True} for i in range(20)]}})
    for t in TRIGGERS:
        name = "pool%d-%s" % (p, t.lower())
        write("get-function-configuration.%s.json" % name, {
            "FunctionName": name, "FunctionArn": A + name, "Runtime": "provided.al2023", "Role":
            "arn:aws:iam::123456789012:role/trigger", "Handler": "bootstrap", "CodeSize": 1024,
            "Timeout": 3 + (p + len(t)) % 5, "MemorySize": 128, "Version": "$LATEST",
            "Environment": {"Variables": {"POOL": pid}}})
        statement = {"Sid": "cognito", "Effect": "Allow", "Principal": {"Service": "cognito-idp.amazonaws.com"},
                     "Action": "lambda:InvokeFunction", "Resource": A + name,
                     "Condition": {"ArnLike": {"AWS:SourceArn": arn}}}
        write("get-policy.%s.json" % name, {"Policy": json.dumps(
            {"Version": "2012-10-17", "Id": "default", "Statement": [statement]}, separators=(",", ":")),
            "RevisionId": "r"})
        write("get-function-concurrency.%s.json" % name, {})
