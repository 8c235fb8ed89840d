#!/usr/bin/env bash
# Authenticated API calls measured with wrk (a C load generator: far less of the two cores than a JVM client), against
# a running node with the demo accounts (issue 19 item 1): an API token issued to the demo applicant through
# POST /api/admin/api-tokens, then GET /api/cases with it over 8 connections, then the same with HTTP Basic.
# Not a test. Usage: src/test/resources/benchmark/api-token-wrk.sh [base-url] [seconds]
#   (start the node with APP_API_TOKENS_REQUESTS_PER_SECOND=100000 so that the node is measured, not the token's limit)
set -euo pipefail
url=${1:-http://127.0.0.1:18190}; seconds=${2:-20}
token=$(curl -fs -u admin:Demo2026 -H 'Content-Type: application/json' \
  -d '{"account":"wanghan","name":"wrk benchmark","validDays":1}' "$url/api/admin/api-tokens" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
echo "warm-up (${seconds}s, not reported)"
wrk -t2 -c8 -d"${seconds}s" -H "Authorization: Bearer $token" "$url/api/cases" >/dev/null
echo "GET /api/cases, API token, 8 connections, ${seconds}s"
wrk -t2 -c8 -d"${seconds}s" --latency -H "Authorization: Bearer $token" "$url/api/cases"
basic=$(printf 'wanghan:Demo2026' | base64)
echo "GET /api/cases, HTTP Basic (BCrypt per request), 8 connections, ${seconds}s"
wrk -t2 -c8 -d"${seconds}s" --latency -H "Authorization: Basic $basic" "$url/api/cases"
