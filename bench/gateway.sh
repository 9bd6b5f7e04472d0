#!/usr/bin/env bash
# Gateway overhead benchmark: the fast echo backend called directly and through Gatehouse,
# interleaved in one run (../shared/bench/mcp-load.mjs), at concurrency 1 and 8.
#
#   bench/gateway.sh            # plain gateway (agent key, auditing on, no policy)
#   bench/gateway.sh policy     # the same with one enabled ~20-rule policy
#
# Uses a started Gatehouse (bin/gatehouse start) at GATEHOUSE_URL (default http://127.0.0.1:9080)
# and its administrator GATEHOUSE_ADMIN_USER/GATEHOUSE_ADMIN_PASSWORD. Prints mcp-load's tables.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODE="${1:-plain}"
URL="${GATEHOUSE_URL:-http://127.0.0.1:9080}"
AUTH="${GATEHOUSE_ADMIN_USER:-admin}:${GATEHOUSE_ADMIN_PASSWORD:?set GATEHOUSE_ADMIN_PASSWORD}"
ECHO_PORT="${ECHO_PORT:-3100}"
CALLS="${CALLS:-3000}"
ROUNDS="${ROUNDS:-5}"
WORK="$ROOT/target/bench"

mkdir -p "$WORK"
if [ ! -d "$WORK/node_modules" ]; then
  cp "$ROOT/../shared/bench/"{mcp-load.mjs,mcp-echo-server.mjs,package.json,package-lock.json} "$WORK/"
  (cd "$WORK" && npm ci --no-audit --no-fund --loglevel=error)
fi

api() { curl -fsS -u "$AUTH" -H 'Content-Type: application/json' "$@"; }

if ! curl -fsS -o /dev/null "http://127.0.0.1:$ECHO_PORT/mcp" -X DELETE 2>/dev/null; then
  (cd "$WORK" && PORT="$ECHO_PORT" nohup node mcp-echo-server.mjs > echo.log 2>&1 &)
  sleep 1
fi

api -X PUT "$URL/api/v1/backends/bench-echo" \
  -d "{\"name\":\"bench-echo\",\"transport\":\"http\",\"url\":\"http://127.0.0.1:$ECHO_PORT/mcp\"}" >/dev/null \
  || api -X POST "$URL/api/v1/backends" \
  -d "{\"name\":\"bench-echo\",\"transport\":\"http\",\"url\":\"http://127.0.0.1:$ECHO_PORT/mcp\"}" >/dev/null
api -X POST "$URL/api/v1/agents" -d '{"name":"bench","backends":["bench-echo"]}' >/dev/null 2>&1 || true
KEY=$(api -X POST "$URL/api/v1/agents/bench/keys" -d '{}' | sed -E 's/.*"key":"([^"]+)".*/\1/')

if [ "$MODE" = policy ]; then
  POLICY=$(python3 -c 'import json,sys; print(json.dumps({"name":"bench-policy","enabled":True,"source":open(sys.argv[1]).read()}))' "$ROOT/bench/bench-policy.rego")
  api -X DELETE "$URL/api/v1/policies/bench-policy" >/dev/null 2>&1 || true
  api -X POST "$URL/api/v1/policies" -d "$POLICY" >/dev/null
else
  api -X DELETE "$URL/api/v1/policies/bench-policy" >/dev/null 2>&1 || true
fi

for _ in $(seq 1 30); do
  api "$URL/api/v1/backends/bench-echo" | grep -q '"state":"READY"' && break; sleep 1
done
GW_PID=$(pgrep -f 'ws-server.jar.*gatehouse' | head -1 || true)
PID_ARG=(); [ -n "$GW_PID" ] && PID_ARG=(--pid "gw=$GW_PID")
DIRECT="http://127.0.0.1:$ECHO_PORT/mcp"
VIA="$URL/mcp#tool=bench-echo__echo&bearer=$KEY"
for c in 1 8; do
  echo "== $MODE, concurrency $c"
  node "$WORK/mcp-load.mjs" -n "$CALLS" -c "$c" -r "$ROUNDS" --quiet "${PID_ARG[@]}" "$DIRECT" "$VIA" "$DIRECT"
done
