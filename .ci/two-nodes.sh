#!/usr/bin/env bash
# Two application nodes started at the same moment against one empty PostgreSQL database (the machine's
# 127.0.0.1:5432): one node migrates (Flyway, with Camunda's tables as migration 35), the other waits for
# Flyway's lock; both come UP, the schema is whole, and both serve the engine and the API. Then, when nginx is
# installed, the shipped proxy configuration (src/deploy/nginx/talent-bridge.conf) in front of them: the UI sticks
# to the node of its session, the API goes to both, and when one node is killed with -9 the other answers everything.
# Usage: .ci/two-nodes.sh <executable jar>
set -euo pipefail
jar=$(realpath "$1")
db="talentbridge_nodes_$$"
work=$(mktemp -d)
pids=()
cleanup() {
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do for _ in $(seq 1 30); do kill -0 "$p" 2>/dev/null || break; sleep 1; done; kill -9 "$p" 2>/dev/null || true; done
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $db" >/dev/null 2>&1 || true
  [ -n "${KEEP_LOGS:-}" ] && cp -r "$work" /tmp/two-nodes-logs; rm -rf "$work"
}
trap cleanup EXIT

if ! psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db" 2>/dev/null; then
  echo "   (no PostgreSQL on 127.0.0.1:5432 here; two-node check skipped)"; exit 0
fi
route=0
for port in 18082 18083; do
  route=$((route + 1))
  (cd "$work" && exec env APP_CLUSTER_NODE_ROUTE="node$route" SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=postgres \
     SPRING_DATASOURCE_PASSWORD= APP_INITIAL_ADMIN_PASSWORD=Initial2026 \
     java -jar "$jar" --server.port=$port >"$work/node-$port.log" 2>&1) &
  pids+=($!)
done
for port in 18082 18083; do
  up=""
  for _ in $(seq 1 240); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then up=1; break; fi
    sleep 1
  done
  if [ -z "$up" ]; then
    echo "   node on port $port is not UP:"; tail -40 "$work/node-$port.log"; exit 1
  fi
  echo "   node on port $port UP"
done
q() { psql -h 127.0.0.1 -U postgres -d "$db" -tAc "$1"; }
test "$(q "select count(*) from tb.flyway_schema_history where not success")" = 0
test "$(q "select count(*) - count(distinct version) from tb.flyway_schema_history where version is not null")" = 0
test "$(q "select description from tb.flyway_schema_history where version = '35'")" = "camunda engine schema"
test "$(q "select count(*) from tb.account where username = 'admin'")" = 1
test "$(q "select count(*) from tb.occupation")" = 883
for port in 18082 18083; do
  curl -fs -u admin:Initial2026 "http://127.0.0.1:$port/engine-rest/process-definition?key=titleApplication" | grep -q titleApplication
  curl -fs "http://127.0.0.1:$port/api/catalog/occupations?q=%E7%84%8A" | grep -q '焊工'
done
# one deployment of each process, whichever node deployed it
test "$(q "select count(*) from public.act_re_procdef where key_ = 'titleApplication'")" = 1
echo "   two nodes on one empty database: one migrated, both UP"

command -v nginx >/dev/null || { echo "   (no nginx here; proxy check skipped)"; exit 0; }
# the shipped configuration, with the nodes on this machine's ports and the answering node in a header
sed -e 's/app1:8080/127.0.0.1:18082/; s/app2:8080/127.0.0.1:18083/; s/listen 80;/listen 127.0.0.1:18084;\n    add_header X-Node $upstream_addr always;/' \
  src/deploy/nginx/talent-bridge.conf > "$work/talent-bridge.conf"
cat > "$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $work/nginx-body; proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fcgi; uwsgi_temp_path $work/nginx-uwsgi; scgi_temp_path $work/nginx-scgi;
  include $work/talent-bridge.conf;
}
CONF
nginx -t -q -c "$work/nginx.conf" -p "$work"
nginx -c "$work/nginx.conf" -p "$work"
proxy=http://127.0.0.1:18084
node_of() { curl -s -o /dev/null -D - "$@" | tr -d '\r' | sed -n 's/^X-Node: //Ip' | tail -1; }
# the API goes to both nodes
nodes=$(for _ in $(seq 1 10); do node_of "$proxy/api/catalog/occupations?q=%E8%BD%A6"; done | sort -u | wc -l)
test "$nodes" = 2 || { echo "the API went to $nodes node(s) through nginx"; exit 1; }
# a browser's session stays on the node that made it
cookie=$(curl -s -o /dev/null -D - "$proxy/login" | tr -d '\r' | sed -n 's/^Set-Cookie: JSESSIONID=\([^;]*\).*/\1/Ip' | head -1)
case "$cookie" in *.node1|*.node2) ;; *) echo "session id without a node route: $cookie"; exit 1;; esac
home=$(node_of -b "JSESSIONID=$cookie" "$proxy/login")
for _ in $(seq 1 10); do test "$(node_of -b "JSESSIONID=$cookie" "$proxy/login")" = "$home"; done
echo "   nginx: the API on both nodes, a session's UI on its own node ($home)"
# one node killed with -9: the other answers the API and the sticky browser (which signs in again there)
kill -9 "${pids[0]}"
for _ in $(seq 1 10); do
  test "$(curl -s -o /dev/null -w '%{http_code}' "$proxy/api/catalog/occupations?q=%E8%BD%A6")" = 200
done
test "$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=${cookie%.*}.node1" "$proxy/login")" = 200
last=$(node_of -b "JSESSIONID=${cookie%.*}.node1" "$proxy/login"); test "${last##* }" = 127.0.0.1:18083  # "the dead node : the one that answered"
echo "   node 1 killed with -9: node 2 answers the API and node 1's browsers"
