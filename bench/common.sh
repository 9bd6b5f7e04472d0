# Shared by the bench/*.sh scripts (sourced, not run): the load tools of ../shared/bench installed
# under target/bench, the fast echo backend, and the admin API of the started Gatehouse at URL
# (GATEHOUSE_URL, default http://127.0.0.1:9080).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/target/bench"
ECHO_PORT="${ECHO_PORT:-3100}"
URL="${GATEHOUSE_URL:-http://127.0.0.1:9080}"
AUTH="${GATEHOUSE_ADMIN_USER:-admin}:${GATEHOUSE_ADMIN_PASSWORD:?set GATEHOUSE_ADMIN_PASSWORD}"
mkdir -p "$WORK"

api() { curl -fsS -u "$AUTH" -H 'Content-Type: application/json' "$@"; }

# mcp-load.mjs, the echo server and their node_modules, copied once into target/bench.
bench_tools() {
  if [ ! -d "$WORK/node_modules" ]; then
    cp "$ROOT/../shared/bench/"{mcp-load.mjs,mcp-echo-server.mjs,package.json,package-lock.json} "$WORK/"
    (cd "$WORK" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Runs a command from target/bench detached, with no descriptor of ours (so a pipe on the
# calling script's output still closes), its output in target/bench/<log>.
bench_detach() {
  local log="$1"; shift
  (cd "$WORK" && exec setsid nohup "$@") < /dev/null > "$WORK/$log" 2>&1 &
}

# The echo backend on ECHO_PORT, started unless one answers there already; it keeps running.
bench_echo() {
  if ! curl -fsS -o /dev/null "http://127.0.0.1:$ECHO_PORT/mcp" -X DELETE 2>/dev/null; then
    PORT="$ECHO_PORT" bench_detach echo.log node mcp-echo-server.mjs
    sleep 1
  fi
}

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
  local others
  others=$(api "$url/api/v1/policies" | python3 -c 'import json,sys
print(" ".join(p["name"] for p in json.load(sys.stdin) if p.get("enabled") and p["name"] != "bench-policy"))')
  [ -z "$others" ] || echo "warning: $url has other enabled policies, which every call evaluates: $others" >&2
  for _ in $(seq 1 30); do
    api "$url/api/v1/backends/bench-echo" | grep -q '"state":"READY"' && break; sleep 1
  done
  api -X POST "$url/api/v1/agents/bench/keys" -d '{}' | sed -E 's/.*"key":"([^"]+)".*/\1/'
}
