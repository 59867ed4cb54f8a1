#!/usr/bin/env bash
# Runs the `triggerlint collect` scenarios of end-to-end.test through the real AWS CLI against one
# fake endpoint (fake_aws_endpoint.py), then always stops the endpoint, even when a step fails.
#   collect_scenarios.sh TRIGGERLINT AWS INPUTS OUT
# Each scenario NAME leaves OUT/NAME.err (what collect printed) and OUT/NAME.status (its exit
# status); the endpoint's request log is OUT/server/requests.log. The FileCheck lines are in
# end-to-end.test.
set -u
triggerlint=$1 aws=$2 inputs=$3 out=$4
python=${PYTHON:-python3}
mkdir -p "$out/server" "$out/home"

# One page per ListUserPools answer: the two pools come on two pages, as with a real account
# holding more pools than --max-results.
"$python" "$inputs/fake_aws_endpoint.py" --port-file "$out/server/port" --log "$out/server/requests.log" \
  --recorded "$inputs/recorded" --page-size 1 --lifetime 600 2> "$out/server/stderr" &
server=$!

stop_server() {
  if [ -s "$out/server/port" ]; then
    "$python" -c 'import sys, urllib.request; urllib.request.urlopen("http://127.0.0.1:%s/__shutdown" % sys.argv[1], timeout=5).read()' \
      "$(cat "$out/server/port")" > /dev/null 2>&1
  fi
  for _ in $(seq 50); do
    kill -0 "$server" 2> /dev/null || break
    sleep 0.1
  done
  kill "$server" 2> /dev/null
  wait "$server" 2> /dev/null
}
trap stop_server EXIT
trap 'exit 1' INT TERM HUP

for _ in $(seq 100); do
  [ -s "$out/server/port" ] && break
  kill -0 "$server" 2> /dev/null || break
  sleep 0.1
done
if [ ! -s "$out/server/port" ]; then
  echo "collect_scenarios.sh: the fake endpoint did not start" >&2
  cat "$out/server/stderr" >&2
  exit 1
fi
endpoint="http://127.0.0.1:$(cat "$out/server/port")"

# Fake credentials only, and no configuration of the machine's own: HOME, config and credential
# files point nowhere, so a developer's real profile can never be used.
export HOME="$out/home" AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
export AWS_EC2_METADATA_DISABLED=true
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_SESSION_TOKEN=FwoGZXIvYXdzEXAMPLESESSIONTOKENdoNotPrintMe
unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_REGION AWS_DEFAULT_REGION

run() {
  local name=$1
  shift
  "$triggerlint" collect --aws "$aws" --region us-east-1 --endpoint-url "$endpoint" --timeout 30 "$@" \
    2> "$out/$name.err"
  echo $? > "$out/$name.status"
}

# A directory holding an earlier collection: the files its manifest lists that this run does not
# rewrite must go; anything else stays, a file named like a dump (the user's own) and a listed
# name that is no dump name included.
mkdir -p "$out/dumps/subdir"
echo '{"Policy": "{}"}' > "$out/dumps/get-policy.old-fn.json"
echo '{}' > "$out/dumps/describe-user-pool.us-east-1_OLD.error.json"
echo '{}' > "$out/dumps/get-function-configuration.pre-token.error.json"
echo "{}" > "$out/dumps/get-policy.old-fn.json.tmp"
echo 'notes' > "$out/dumps/notes.txt"
echo '{}' > "$out/dumps/get-policy.json.bak"
echo '{}' > "$out/dumps/get-function-concurrency.mine.json"
cat > "$out/dumps/.triggerlint-collect.manifest" << 'EOF'
{"TriggerlintCollectManifest": 1, "Files": ["describe-user-pool.us-east-1_OLD.error.json",
 "get-function-configuration.pre-token.error.json", "get-policy.old-fn.json", "notes.txt"]}
EOF

run full --out "$out/dumps"
run missing --out "$out/missing" --pool-id us-east-1_missing
run partial --out "$out/partial" --pool-id us-east-1_CCCCCCCCC --pool-id us-east-1_missing
run quiet -q --out "$out/quiet" --pool-id us-east-1_BBBBBBBBB

# --profile: the credentials are in a file, not in the environment, and the endpoint echoes them
# back (recorded/cognito-idp/DescribeUserPool.us-east-1_LEAKY.error.json), JSON-escaped.
mkdir -p "$out/profile-home"
cat > "$out/profile-home/credentials" << 'EOF'
[leaky]
aws_access_key_id = AKIAI44QH8DHBEXAMPLE
aws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY
aws_session_token = IQoJb3JpZ2luX2VjEXAMPLEPROFILETOKENxyz0123456789
EOF
(
  unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN
  export AWS_SHARED_CREDENTIALS_FILE="$out/profile-home/credentials"
  run profile --profile leaky --out "$out/profile" --pool-id us-east-1_LEAKY
)
exit 0
