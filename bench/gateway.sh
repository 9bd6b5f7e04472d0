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
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
MODE="${1:-plain}"
CALLS="${CALLS:-3000}"
ROUNDS="${ROUNDS:-5}"
bench_tools
bench_echo

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
GW_PID=$(pgrep -f 'ws-server\.jar gatehouse( |$)' | head -1 || true)
PID_ARG=(); [ -n "$GW_PID" ] && PID_ARG=(--pid "gw=$GW_PID")
VIA="$URL/mcp#tool=bench-echo__echo&bearer=$KEY"
for c in 1 8; do
  echo "== $MODE, concurrency $c"
  node "$WORK/mcp-load.mjs" -n "$CALLS" -c "$c" -r "$ROUNDS" --quiet "${PID_ARG[@]}" "$DIRECT" "$VIA" "$DIRECT"
done
