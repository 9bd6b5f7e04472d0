#!/usr/bin/env bash
# Gateway overhead benchmark: the fast echo backend called directly and through Gatehouse,
# interleaved in one run (../shared/bench/mcp-load.mjs), at concurrency 1 and 8.
#
#   bench/gateway.sh            # plain gateway (agent key, auditing on, no policy)
#   bench/gateway.sh policy     # the same with one enabled ~20-rule policy
#   bench/gateway.sh compare    # two servers in one interleaved run: GATEHOUSE_URL without
#                               # policies, GATEHOUSE_URL_B with the ~20-rule policy enabled
#   bench/gateway.sh ab         # two servers (e.g. two builds) in one interleaved run, no policies
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

# Registers the echo backend and a "bench" agent on the server at $1, sets its policy
# (on|off), waits until the backend is ready and prints a fresh key of the agent.
prepare() {
  local url="$1" policy="$2"
  api -X PUT "$url/api/v1/backends/bench-echo" \
    -d "{\"name\":\"bench-echo\",\"transport\":\"http\",\"url\":\"http://127.0.0.1:$ECHO_PORT/mcp\"}" >/dev/null 2>&1 \
    || api -X POST "$url/api/v1/backends" \
    -d "{\"name\":\"bench-echo\",\"transport\":\"http\",\"url\":\"http://127.0.0.1:$ECHO_PORT/mcp\"}" >/dev/null
  api -X POST "$url/api/v1/agents" -d '{"name":"bench","backends":["bench-echo"]}' >/dev/null 2>&1 || true
  api -X DELETE "$url/api/v1/policies/bench-policy" >/dev/null 2>&1 || true
  if [ "$policy" = on ]; then
    api -X POST "$url/api/v1/policies" -d "$(python3 -c 'import json,sys; print(json.dumps({"name":"bench-policy","enabled":True,"source":open(sys.argv[1]).read()}))' "$ROOT/bench/bench-policy.rego")" >/dev/null
  fi
  for _ in $(seq 1 30); do
    api "$url/api/v1/backends/bench-echo" | grep -q '"state":"READY"' && break; sleep 1
  done
  api -X POST "$url/api/v1/agents/bench/keys" -d '{}' | sed -E 's/.*"key":"([^"]+)".*/\1/'
}

if ! curl -fsS -o /dev/null "http://127.0.0.1:$ECHO_PORT/mcp" -X DELETE 2>/dev/null; then
  (cd "$WORK" && PORT="$ECHO_PORT" nohup node mcp-echo-server.mjs > echo.log 2>&1 &)
  sleep 1
fi

DIRECT="http://127.0.0.1:$ECHO_PORT/mcp"
if [ "$MODE" = compare ] || [ "$MODE" = ab ]; then
  URL_B="${GATEHOUSE_URL_B:?set GATEHOUSE_URL_B to a second server}"
  KEY=$(prepare "$URL" off)
  KEY_B=$(prepare "$URL_B" "$([ "$MODE" = compare ] && echo on || echo off)")
  for c in 1 8; do
    [ "$MODE" = compare ] && echo "== no policy (A) vs 20-rule policy (B), concurrency $c" \
      || echo "== build A vs build B, both without policy, concurrency $c"
    node "$WORK/mcp-load.mjs" -n "$CALLS" -c "$c" -r "$ROUNDS" --quiet "$DIRECT" \
      "$URL/mcp#tool=bench-echo__echo&bearer=$KEY" "$URL_B/mcp#tool=bench-echo__echo&bearer=$KEY_B" "$DIRECT"
  done
  exit 0
fi
KEY=$(prepare "$URL" "$([ "$MODE" = policy ] && echo on || echo off)")
GW_PID=$(pgrep -f 'ws-server.jar.*gatehouse' | head -1 || true)
PID_ARG=(); [ -n "$GW_PID" ] && PID_ARG=(--pid "gw=$GW_PID")
VIA="$URL/mcp#tool=bench-echo__echo&bearer=$KEY"
for c in 1 8; do
  echo "== $MODE, concurrency $c"
  node "$WORK/mcp-load.mjs" -n "$CALLS" -c "$c" -r "$ROUNDS" --quiet "${PID_ARG[@]}" "$DIRECT" "$VIA" "$DIRECT"
done
