#!/usr/bin/env bash
# The floor under bench/gateway.sh: what any gateway process can reach on this machine. The fast
# echo backend is called directly, through the least a process can do in front of it, and through
# Gatehouse, interleaved in one run (../shared/bench/mcp-load.mjs) at concurrency 1 and 8, with the
# CPU per call of every process:
#
#   liberty-echo   a servlet on Open Liberty that answers the echo protocol itself (no second hop)
#   node-proxy     bench/floor/proxy.mjs: Node.js forwarding each POST byte for byte (one hop)
#   liberty-proxy  bench/floor/FloorServlet.java on Open Liberty, forwarding byte for byte (one hop)
#   gatehouse      the started Gatehouse (agent key, auditing on, no policy), as bench/gateway.sh
#
# The two floor servlets run in a second server ("gatehouse-floor", FLOOR_LIBERTY_PORT, default
# 9090) of the same Liberty runtime, with the servlet feature only; it and the Node proxy
# (FLOOR_NODE_PORT, default 3200) are stopped again at the end. Needs a built Gatehouse
# (bin/gatehouse build) and a started one at GATEHOUSE_URL (default http://127.0.0.1:9080).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
CALLS="${CALLS:-4000}"
ROUNDS="${ROUNDS:-5}"
LIBERTY_PORT="${FLOOR_LIBERTY_PORT:-9090}"
NODE_PORT="${FLOOR_NODE_PORT:-3200}"
WLP="$ROOT/ear/target/liberty/wlp"
SERVER_DIR="$WLP/usr/servers/gatehouse-floor"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
[ -x "$WLP/bin/server" ] || { echo "build Gatehouse first: bin/gatehouse build" >&2; exit 1; }

bench_tools
bench_echo

stop_floor() {
  "$WLP/bin/server" stop gatehouse-floor >/dev/null 2>&1 || true
  pkill -f "floor-proxy.mjs" 2>/dev/null || true
}
trap stop_floor EXIT

# the floor servlet, compiled against Liberty's servlet API and deployed to its own server
build="$WORK/floor-war"
rm -rf "$build" && mkdir -p "$build/WEB-INF/classes" "$SERVER_DIR/apps"
"$JAVA_HOME/bin/javac" -nowarn -d "$build/WEB-INF/classes" \
  -cp "$(ls "$WLP"/dev/api/spec/io.openliberty.jakarta.servlet.6.0_*.jar)" "$ROOT/bench/floor/FloorServlet.java"
"$JAVA_HOME/bin/jar" cf "$SERVER_DIR/apps/floor.war" -C "$build" WEB-INF
cp "$WLP/usr/servers/gatehouse/jvm.options" "$SERVER_DIR/"
cat > "$SERVER_DIR/server.xml" <<XML
<server description="gatehouse floor benchmark">
  <featureManager><feature>servlet-6.0</feature></featureManager>
  <httpEndpoint id="defaultHttpEndpoint" host="127.0.0.1" httpPort="$LIBERTY_PORT" httpsPort="-1">
    <httpOptions maxKeepAliveRequests="-1"/>
  </httpEndpoint>
  <applicationMonitor updateTrigger="disabled" dropinsEnabled="false"/>
  <webApplication location="floor.war" contextRoot="/"/>
</server>
XML
sed -i '/<jvmEntries\/>/d' "$SERVER_DIR/server.xml"
JVM_ARGS="-Dfloor.backend.port=$ECHO_PORT" "$WLP/bin/server" start gatehouse-floor --clean >/dev/null
cp "$ROOT/bench/floor/proxy.mjs" "$WORK/floor-proxy.mjs"
PORT="$NODE_PORT" BACKEND_PORT="$ECHO_PORT" bench_detach floor-proxy.log node floor-proxy.mjs
for _ in $(seq 1 60); do
  curl -fsS -o /dev/null -X DELETE "http://127.0.0.1:$LIBERTY_PORT/echo" 2>/dev/null && break; sleep 1
done

KEY=$(prepare "$URL" off)
pid() { pgrep -f "$1" | head -1; }
PIDS=(--pid "echo=$(pid mcp-echo-server.mjs)" --pid "node-proxy=$(pid floor-proxy.mjs)"
      --pid "liberty=$(pid 'ws-server.jar gatehouse-floor')" --pid "gatehouse=$(pid 'ws-server\.jar gatehouse( |$)')")
DIRECT="http://127.0.0.1:$ECHO_PORT/mcp"
for c in 1 8; do
  echo "== concurrency $c: A direct, B liberty-echo, C node-proxy, D liberty-proxy, E gatehouse, F direct"
  node "$WORK/mcp-load.mjs" -n "$CALLS" -c "$c" -r "$ROUNDS" --quiet "${PIDS[@]}" "$DIRECT" \
    "http://127.0.0.1:$LIBERTY_PORT/echo" "http://127.0.0.1:$NODE_PORT/mcp" "http://127.0.0.1:$LIBERTY_PORT/proxy" \
    "$URL/mcp#tool=bench-echo__echo&bearer=$KEY" "$DIRECT"
done
