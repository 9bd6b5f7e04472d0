#!/usr/bin/env bash
# Console render timing: seeds a started Gatehouse with 50 backends and 1,000+ audit records
# made by real /mcp calls, signs in to the console with curl and times the server's answer
# (curl's time_starttransfer on loopback: request sent to first byte, i.e. the render) of each
# console page over REQUESTS requests; prints median and p90 per page in milliseconds.
#
#   GATEHOUSE_ADMIN_PASSWORD=... bench/console.sh          # seed (once) and measure
#   GATEHOUSE_ADMIN_PASSWORD=... bench/console.sh measure  # measure only
#
# Uses GATEHOUSE_URL (default http://127.0.0.1:9080) and GATEHOUSE_ADMIN_USER (default admin).
# Seeding: 50 HTTP backends "bench-console-NN" pointing at the closed port 127.0.0.1:9 (they sit
# in connecting/failed and retry with backoff, the worst case for the backends page), the fast
# echo backend of ../shared/bench ("bench-echo", as bench/gateway.sh uses) with an agent
# "bench-console", and CALLS tools/call requests over one MCP session, one in ten denied by a
# temporary policy that is deleted again afterwards. The echo server keeps running afterwards
# (as for bench/gateway.sh); the seeded backends and agent stay until deleted.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
MODE="${1:-all}"
USER_NAME="${GATEHOUSE_ADMIN_USER:-admin}"
PASSWORD="${GATEHOUSE_ADMIN_PASSWORD}"
CALLS="${CALLS:-1000}"
REQUESTS="${REQUESTS:-20}"
JAR="$WORK/console-cookies.txt"
PROTOCOL=2025-11-25

seed() {
  for i in $(seq -w 1 50); do
    api -X POST "$URL/api/v1/backends" -o /dev/null \
      -d "{\"name\":\"bench-console-$i\",\"transport\":\"http\",\"url\":\"http://127.0.0.1:9/mcp\"}" 2>/dev/null || true
  done
  bench_tools
  bench_echo
  api -X POST "$URL/api/v1/backends" -o /dev/null 2>/dev/null \
    -d "{\"name\":\"bench-echo\",\"transport\":\"http\",\"url\":\"http://127.0.0.1:$ECHO_PORT/mcp\"}" || true
  for _ in $(seq 1 30); do
    api "$URL/api/v1/backends/bench-echo" | grep -q '"state":"READY"' && break; sleep 1
  done
  api -X POST "$URL/api/v1/agents" -o /dev/null 2>/dev/null \
    -d '{"name":"bench-console","user":"bench-user","backends":["bench-echo"]}' || true
  local key
  key=$(api -X POST "$URL/api/v1/agents/bench-console/keys" -d '{}' | sed -E 's/.*"key":"([^"]+)".*/\1/')
  api -X DELETE "$URL/api/v1/policies/bench-console-deny" >/dev/null 2>&1 || true
  api -X POST "$URL/api/v1/policies" -o /dev/null -d '{"name":"bench-console-deny","enabled":true,"source":
    "package gatehouse.bench_console\n\ndefault allow := true\n\ndeny contains \"the console benchmark denies this\" if {\n    input.principal.agent == \"bench-console\"\n    contains(input.arguments.message, \"deny\")\n}\n"}'
  local headers="$WORK/mcp-headers.txt"
  curl -fsS -D "$headers" -o /dev/null "$URL/mcp" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
    -H 'Accept: application/json, text/event-stream' \
    -d "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"$PROTOCOL\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench-console\",\"version\":\"1\"}}}"
  local session
  session=$(grep -i '^mcp-session-id:' "$headers" | cut -d' ' -f2 | tr -d '\r')
  mcp() {
    curl -fsS -o /dev/null "$URL/mcp" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
      -H 'Accept: application/json, text/event-stream' -H "Mcp-Session-Id: $session" \
      -H "MCP-Protocol-Version: $PROTOCOL" -d "$1"
  }
  mcp '{"jsonrpc":"2.0","method":"notifications/initialized"}'
  local start=$SECONDS
  for n in $(seq 1 "$CALLS"); do
    local word=hello
    [ $((n % 10)) -eq 0 ] && word=deny
    mcp "{\"jsonrpc\":\"2.0\",\"id\":$n,\"method\":\"tools/call\",\"params\":{\"name\":\"bench-echo__echo\",\"arguments\":{\"message\":\"$word $n from the console benchmark\"}}}"
  done
  api -X DELETE "$URL/api/v1/policies/bench-console-deny" >/dev/null
  echo "seeded: 50 backends, $CALLS calls through /mcp in $((SECONDS - start)) s"
}

sign_in() {
  rm -f "$JAR"
  local page state
  page=$(curl -fsS -c "$JAR" -b "$JAR" "$URL/console/signin.xhtml")
  state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed -E 's/.*value="([^"]*)".*/\1/')
  curl -fsS -o /dev/null -c "$JAR" -b "$JAR" "$URL/console/signin.xhtml" \
    --data-urlencode "signin_SUBMIT=1" --data-urlencode "signin:next=" \
    --data-urlencode "signin:user=$USER_NAME" --data-urlencode "signin:password=$PASSWORD" \
    --data-urlencode "signin:submit=" --data-urlencode "jakarta.faces.ViewState=$state"
  curl -fsS -b "$JAR" -o "$WORK/console-overview.html" "$URL/console/index.xhtml"
  grep -q 'id="page-title"' "$WORK/console-overview.html" || { echo "console sign-in failed" >&2; exit 1; }
}

# Prints "page  median  p90  bytes" for one console path.
measure() {
  local path="$1" times=()
  curl -fsS -o /dev/null -b "$JAR" "$URL/console$path"   # warm-up
  for _ in $(seq 1 "$REQUESTS"); do
    times+=("$(curl -fsS -o /dev/null -b "$JAR" -w '%{time_starttransfer}' "$URL/console$path")")
  done
  local bytes
  bytes=$(curl -fsS -b "$JAR" "$URL/console$path" | wc -c)
  printf '%s\n' "${times[@]}" | sort -n | awk -v page="$path" -v bytes="$bytes" '
    { t[NR] = $1 * 1000 }
    END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
          p = t[int(NR * 0.9 + 0.999)]
          printf "%-28s %8.1f %8.1f %9d\n", page, m, p, bytes }'
}

if [ "$MODE" = all ] || [ "$MODE" = seed ]; then
  seed
fi
if [ "$MODE" = all ] || [ "$MODE" = measure ]; then
  sign_in
  records=""
  records=$(python3 - "$URL" "$AUTH" <<'PY'
import base64, json, sys, urllib.request
url, auth = sys.argv[1], base64.b64encode(sys.argv[2].encode()).decode()
count, cursor = 0, ""
while True:
    request = urllib.request.Request(f"{url}/api/v1/audit?limit=500{'&cursor=' + cursor if cursor else ''}",
                                     headers={"Authorization": "Basic " + auth})
    page = json.load(urllib.request.urlopen(request))
    count += len(page["records"])
    cursor = page.get("nextCursor")
    if not cursor:
        break
print(count)
PY
)
  echo "backends: $(api "$URL/api/v1/backends" | grep -o '"total":[0-9]*' | cut -d: -f2), audit records: $records," \
    "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-28s %8s %8s %9s\n' "page ($REQUESTS requests)" "p50 ms" "p90 ms" "bytes"
  for path in /index.xhtml /backends/index.xhtml "/backends/backend.xhtml?name=bench-echo" /audit/index.xhtml \
              /policies/index.xhtml /policies/simulate.xhtml /agents/index.xhtml /credentials/index.xhtml; do
    measure "$path"
  done
fi
