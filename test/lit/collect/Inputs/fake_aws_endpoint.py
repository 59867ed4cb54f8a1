#!/usr/bin/env python3
"""A stand-in for the Cognito and Lambda endpoints that `triggerlint collect` reaches through the
real AWS CLI (`--endpoint-url`). Python 3 standard library only.

  fake_aws_endpoint.py --port-file F --log F --recorded DIR [--page-size N] [--lifetime S]

Binds 127.0.0.1 on an ephemeral port and writes the port to --port-file once it listens. Answers
from the recorded responses in DIR (real API shapes):
  cognito-idp/ListUserPools.json                      {"UserPools": [...]}
  cognito-idp/DescribeUserPool.<pool id>.json         {"UserPool": {...}}
  cognito-idp/DescribeUserPool.<pool id>.error.json   an error body, sent byte for byte (status 400)
  lambda/GetFunctionConfiguration.<name>[.<qualifier>].json
  lambda/GetPolicy.<name>[.<qualifier>].json          absent: the function has no resource policy
  lambda/GetFunctionConcurrency.<name>.json
Each request is logged as one JSON line: method, path, query, X-Amz-Target and the access key id
of a SigV4 Authorization header (never the signature, never a security token). Exits after
--lifetime seconds (default 120) or on `GET /__shutdown`, so a leftover server cannot stall a run.
"""
import argparse
import http.server
import json
import os
import re
import threading
import urllib.parse

ACCOUNT = "123456789012"
REGION = "us-east-1"
SIGV4 = re.compile(r"^AWS4-HMAC-SHA256 Credential=([A-Z0-9]+)/")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # the request log below replaces the default stderr lines
        pass

    def _log(self, status):
        url = urllib.parse.urlsplit(self.path)
        auth = self.headers.get("Authorization", "")
        match = SIGV4.match(auth)
        entry = {
            "method": self.command,
            "path": url.path,
            "query": url.query,
            "target": self.headers.get("X-Amz-Target", ""),
            "sigv4": bool(match),
            "access_key_id": match.group(1) if match else "",
            "status": status,
        }
        with self.server.log_lock, open(self.server.log_path, "a", encoding="utf-8") as log:
            log.write(json.dumps(entry, sort_keys=True) + "\n")

    def _send(self, status, body, content_type, error_type=None, log=True):
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-amzn-RequestId", "00000000-0000-0000-0000-000000000000")
        if error_type:
            self.send_header("x-amzn-ErrorType", error_type)
        self.end_headers()
        self.wfile.write(data)
        if log:
            self._log(status)

    # Sent as recorded, so that escapes the recording chose (a JSON-escaped "\\/") reach the CLI.
    def _send_raw_error(self, path, content_type):
        with open(path, "rb") as f:
            data = f.read()
        self.send_response(400)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-amzn-RequestId", "00000000-0000-0000-0000-000000000000")
        self.send_header("x-amzn-ErrorType", json.loads(data)["__type"])
        self.end_headers()
        self.wfile.write(data)
        self._log(400)

    def _recorded(self, service, name):
        path = os.path.join(self.server.recorded, service, name + ".json")
        if not os.path.isfile(path):
            return None
        with open(path, encoding="utf-8") as f:
            return json.load(f)

    def _body(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            return json.loads(raw or b"{}")
        except ValueError:
            return {}

    # Cognito: AWS JSON 1.1, POST / with X-Amz-Target.
    def do_POST(self):
        body = self._body()
        target = self.headers.get("X-Amz-Target", "")
        cognito = "application/x-amz-json-1.1"
        if target == "AWSCognitoIdentityProviderService.ListUserPools":
            pools = (self._recorded("cognito-idp", "ListUserPools") or {}).get("UserPools", [])
            size = min(int(body.get("MaxResults") or 60), self.server.page_size)
            start = int(body.get("NextToken") or 0)
            page = {"UserPools": pools[start:start + size]}
            if start + size < len(pools):
                page["NextToken"] = str(start + size)
            return self._send(200, page, cognito)
        if target == "AWSCognitoIdentityProviderService.DescribeUserPool":
            pool_id = str(body.get("UserPoolId", ""))
            error = os.path.join(self.server.recorded, "cognito-idp", "DescribeUserPool.%s.error.json" % pool_id)
            if re.fullmatch(r"[\w-]+_[0-9a-zA-Z]+", pool_id) and os.path.isfile(error):
                return self._send_raw_error(error, cognito)
            found = re.fullmatch(r"[\w-]+_[0-9a-zA-Z]+", pool_id) and self._recorded(
                "cognito-idp", "DescribeUserPool." + pool_id)
            if found:
                return self._send(200, found, cognito)
            return self._send(400, {"__type": "ResourceNotFoundException",
                                    "message": "User pool %s does not exist." % pool_id},
                              cognito, "ResourceNotFoundException")
        return self._send(400, {"__type": "UnknownOperationException"}, cognito, "UnknownOperationException")

    # Lambda: REST JSON; FunctionName is a name or a (URL-encoded) ARN, possibly qualified.
    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/__shutdown":  # the test's own control request: not logged
            self._send(200, {"bye": True}, "application/json", log=False)
            threading.Thread(target=self.server.shutdown, daemon=True).start()
            return
        match = re.fullmatch(r"/(2015-03-31|2019-09-30)/functions/([^/]+)/(configuration|policy|concurrency)",
                             url.path)
        if not match:
            return self._send(404, {"Type": "User", "Message": "Unknown path"}, "application/json",
                              "UnknownOperationException")
        function = urllib.parse.unquote(match.group(2))
        qualifier = urllib.parse.parse_qs(url.query).get("Qualifier", [""])[0]
        name = function
        if function.startswith("arn:"):
            parts = function.split(":")
            name = parts[6] if len(parts) > 6 else ""
            if len(parts) > 7:
                qualifier = parts[7]
        elif ":" in function:
            name, qualifier = function.split(":", 1)
        key = name + ("." + qualifier if qualifier else "")
        operation = {"configuration": "GetFunctionConfiguration", "policy": "GetPolicy",
                     "concurrency": "GetFunctionConcurrency"}[match.group(3)]
        if operation == "GetFunctionConcurrency":
            key = name
        exists = re.fullmatch(r"[\w-]+", name) and self._recorded("lambda", "GetFunctionConfiguration." + key)
        if not exists:
            arn = "arn:aws:lambda:%s:%s:function:%s" % (REGION, ACCOUNT, key.replace(".", ":"))
            return self._send(404, {"Type": "User", "Message": "Function not found: " + arn},
                              "application/json", "ResourceNotFoundException")
        found = self._recorded("lambda", operation + "." + key)
        if found is None:
            return self._send(404, {"Type": "User", "Message": "The resource you requested does not exist."},
                              "application/json", "ResourceNotFoundException")
        return self._send(200, found, "application/json")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--recorded", required=True)
    parser.add_argument("--page-size", type=int, default=60)
    parser.add_argument("--lifetime", type=float, default=120)
    args = parser.parse_args()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.recorded = args.recorded
    server.log_path = args.log
    server.log_lock = threading.Lock()
    server.page_size = max(1, args.page_size)
    timer = threading.Timer(args.lifetime, server.shutdown)
    timer.daemon = True
    timer.start()
    # Written only once the socket listens, and atomically, so a reader never sees half a port.
    with open(args.port_file + ".tmp", "w", encoding="utf-8") as f:
        f.write(str(server.server_address[1]))
    os.replace(args.port_file + ".tmp", args.port_file)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
