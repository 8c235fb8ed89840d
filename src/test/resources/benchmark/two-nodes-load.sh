#!/usr/bin/env bash
# The load benchmark of several nodes (not a test): HttpLoadBenchmark's simulated users against one node, then against
# two nodes behind nginx (src/deploy/nginx/talent-bridge.conf), on one database of the machine's PostgreSQL
# (127.0.0.1:5432) with the demo accounts. Figures are appended to target/benchmark-http.txt.
# Usage (from the checkout): src/test/resources/benchmark/two-nodes-load.sh target/talent-bridge-*.jar [users] [seconds]
set -euo pipefail
jar=$(realpath "$1"); users=${2:-16}; seconds=${3:-20}
db="talentbridge_load_$$"; work=$(mktemp -d); pids=()
cleanup() {
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do for _ in $(seq 1 30); do kill -0 "$p" 2>/dev/null || break; sleep 1; done; done
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db"
node() { # node <port> <route>
  (cd "$work" && exec env APP_CLUSTER_NODE_ROUTE="$2" SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
     SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= APP_DEMO_DATA_ENABLED=true \
     java -jar "$jar" --server.port="$1" >"$work/node-$1.log" 2>&1) &
  pids+=($!)
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && return 0; sleep 1
  done
  echo "node on port $1 not UP"; tail -30 "$work/node-$1.log"; exit 1
}
bench() { # bench <url> <label>
  mvn -o -q -Pbenchmark test -Dtest=HttpLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbenchmark.url="$1" -Dbenchmark.label="$2" -Dbenchmark.users="$users" -Dbenchmark.seconds="$seconds"
}
node 18092 node1
bench http://127.0.0.1:18092 "one node"
node 18093 node2
sed -e 's/app1:8080/127.0.0.1:18092/; s/app2:8080/127.0.0.1:18093/; s/listen 80;/listen 127.0.0.1:18094;/' \
  src/deploy/nginx/talent-bridge.conf > "$work/talent-bridge.conf"
cat > "$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log $work/nginx-error.log;
worker_processes 1;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nb; proxy_temp_path $work/np; fastcgi_temp_path $work/nf; uwsgi_temp_path $work/nu; scgi_temp_path $work/ns;
  include $work/talent-bridge.conf;
}
CONF
nginx -c "$work/nginx.conf" -p "$work"
bench http://127.0.0.1:18094 "two nodes behind nginx"
tail -12 target/benchmark-http.txt
