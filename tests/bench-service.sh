#!/usr/bin/env bash
# The CDS Hooks service under load, as deployed (docs/ehr-integration.md): the Release build as a process on loopback,
# client authentication on, every call with its own ES384-signed JWT (a jti is good for one call) checked against a
# JWK Set served over HTTP on loopback, JSON logging on. wrk sends samples/cds-hooks/patient-view.json from 32
# concurrent connections: a warm-up, then the measured run. Prints p50/p99 latency, requests/s, non-2xx answers, and
# the service's resident memory (after the warm-up, at the end and peak). Everything stays on 127.0.0.1 and stops by itself.
# Usage: tests/bench-service.sh [seconds, default 20]
# Needs wrk, python3-jwt and python3-cryptography (Debian packages, installed with apt-get when missing) to sign the
# tokens. Results go to artifacts/bench/service/ (gitignored).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/artifacts/bench/service"
seconds="${1:-20}"
connections=32
warmup_seconds=5
rm -rf "$out"
mkdir -p "$out/jwks"

missing=()
command -v wrk > /dev/null || missing+=(wrk)
/usr/bin/python3 -c 'import jwt, cryptography' 2> /dev/null || missing+=(python3-jwt python3-cryptography)
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get install -y -qq "${missing[@]}" > /dev/null 2>&1 || sudo apt-get install -y -qq "${missing[@]}" > /dev/null
fi

free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
service_port=$(free_port)
jwks_port=$(free_port)
base="http://127.0.0.1:$service_port"
issuer="https://ehr.bench.invalid/"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), .NET $(dotnet --version), $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)"
dotnet build "$repo/src/Dystonia.Classification.CdsHooks" -c Release -v q -nologo > /dev/null
service_dll="$repo/src/Dystonia.Classification.CdsHooks/bin/Release/net10.0/Dystonia.Classification.CdsHooks.dll"

# A client key, its JWK Set, and one token per call: 4,000 a second, more than the service answers (a replayed jti is
# refused, and would show as non-2xx). Tokens are good for five minutes (the service's upper bound), so they are signed
# just before the run.
per_second=4000
tokens=$(( (seconds + warmup_seconds) * per_second ))
/usr/bin/python3 - "$out" "$issuer" "$base/cds-services/dystonia-classification" "$tokens" <<'PY'
import base64, json, sys, time, uuid
import jwt
from cryptography.hazmat.primitives.asymmetric import ec
out, issuer, audience, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
key = ec.generate_private_key(ec.SECP384R1())
numbers = key.public_key().public_numbers()
b64 = lambda n: base64.urlsafe_b64encode(n.to_bytes(48, "big")).rstrip(b"=").decode()
with open(out + "/jwks/jwks.json", "w") as f:
    json.dump({"keys": [{"kty": "EC", "use": "sig", "crv": "P-384", "alg": "ES384", "kid": "bench-key", "x": b64(numbers.x), "y": b64(numbers.y)}]}, f)
now = int(time.time())
with open(out + "/tokens.txt", "w") as f:
    for _ in range(count):
        claims = {"iss": issuer, "aud": audience, "iat": now, "nbf": now, "exp": now + 290, "jti": str(uuid.uuid4())}
        f.write(jwt.encode(claims, key, algorithm="ES384", headers={"kid": "bench-key", "typ": "JWT"}) + "\n")
PY

/usr/bin/python3 -m http.server "$jwks_port" --bind 127.0.0.1 --directory "$out/jwks" > "$out/jwks.log" 2>&1 &
jwks_pid=$!
dotnet "$service_dll" --urls "$base" \
  --CdsHooks:PublicBaseUrl="$base" \
  --CdsHooks:Clients:0:Issuer="$issuer" \
  --CdsHooks:Clients:0:JwksUrl="http://127.0.0.1:$jwks_port/jwks.json" \
  --CdsHooks:KeyDirectory="$out/keys" \
  --CdsHooks:PermitsPerMinute=100000000 > "$out/service.log" 2>&1 &
service_pid=$!
trap 'kill "$service_pid" "$jwks_pid" 2> /dev/null || true' EXIT
for _ in $(seq 1 150); do
  curl -sf -o /dev/null "$base/health/ready" && break
  sleep 0.2
done

# Each wrk thread takes every n-th token, so no two calls share one; the warm-up and the measured run take different
# parts of the file.
cat > "$out/post.lua" <<'LUA'
local counter = 0
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
function init(args)
  local file = io.open(args[1], "r")
  body = file:read("*a")
  file:close()
  tokens = {}
  local index = 0
  for line in io.lines(args[2]) do
    if index % tonumber(args[3]) == id then
      table.insert(tokens, line)
    end
    index = index + 1
  end
end
function request()
  counter = counter + 1
  local token = tokens[(counter - 1) % #tokens + 1]
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end
LUA
half=$(( warmup_seconds * per_second ))
head -n "$half" "$out/tokens.txt" > "$out/tokens-warmup.txt"
tail -n +"$(( half + 1 ))" "$out/tokens.txt" > "$out/tokens-run.txt"
url="$base/cds-services/dystonia-classification"
wrk -t2 -c"$connections" -d"${warmup_seconds}s" -s "$out/post.lua" "$url" -- "$repo/samples/cds-hooks/patient-view.json" "$out/tokens-warmup.txt" 2 > "$out/warmup.txt"
echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
rss_start=$(awk '/^VmRSS/{print int($2 / 1024)}' "/proc/$service_pid/status")
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$out/post.lua" "$url" -- "$repo/samples/cds-hooks/patient-view.json" "$out/tokens-run.txt" 2 > "$out/run.txt"
rss=$(awk '/^VmRSS/{print int($2 / 1024)}' "/proc/$service_pid/status")
peak=$(awk '/^VmHWM/{print int($2 / 1024)}' "/proc/$service_pid/status")

cat "$out/run.txt"
echo
echo "== CDS Hooks service, $connections connections, ${seconds} s, JWT per call (ES384), loopback"
printf '%-22s %s\n' "p50 latency" "$(awk '$1 == "50%" {print $2}' "$out/run.txt")"
printf '%-22s %s\n' "p99 latency" "$(awk '$1 == "99%" {print $2}' "$out/run.txt")"
printf '%-22s %s\n' "requests/s" "$(awk '/^Requests\/sec/ {print $2}' "$out/run.txt")"
printf '%-22s %s\n' "non-2xx answers" "$(awk '/Non-2xx/ {print $5} END {}' "$out/run.txt" | grep . || echo 0)"
printf '%-22s %s MiB after warm-up, %s MiB at the end (peak %s MiB)\n' "service RSS" "$rss_start" "$rss" "$peak"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
