#!/usr/bin/env bash
# Two application nodes started at the same moment against one empty PostgreSQL database (the machine's
# 127.0.0.1:5432): one node migrates (Flyway, with Camunda's tables as migration 35), the other waits for
# Flyway's lock; both come UP, the schema is whole, and both serve the engine and the API.
# Usage: .ci/two-nodes.sh <executable jar>
set -euo pipefail
jar=$(realpath "$1")
db="talentbridge_nodes_$$"
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do for _ in $(seq 1 30); do kill -0 "$p" 2>/dev/null || break; sleep 1; done; kill -9 "$p" 2>/dev/null || true; done
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $db" >/dev/null 2>&1 || true
  [ -n "${KEEP_LOGS:-}" ] && cp -r "$work" /tmp/two-nodes-logs; rm -rf "$work"
}
trap cleanup EXIT

if ! psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db" 2>/dev/null; then
  echo "   (no PostgreSQL on 127.0.0.1:5432 here; two-node check skipped)"; exit 0
fi
for port in 18082 18083; do
  (cd "$work" && exec env SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=postgres \
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
test "$(q "select count(*) - count(distinct version) from tb.flyway_schema_history")" = 0
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
