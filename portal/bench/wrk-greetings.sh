#!/usr/bin/env bash
# The cost of a plugin's page slot: loads a thread page of a running Qiao (loopback only) with the bundled greetings
# plugin enabled and then disabled, for a visitor and for a signed-in person (whose banner reads their records).
#   THREAD=<id> ADMIN_PASSWORD=<password> portal/bench/wrk-greetings.sh     # BASE, DURATION=20s, CONNECTIONS=32
# Leaves greetings enabled, as a new site has it.
set -euo pipefail
base=${BASE:-http://127.0.0.1:9080}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-32}
case "$base" in http://127.*|http://localhost*|http://\[::1\]*) ;; *) echo "loopback only: $base" >&2; exit 2;; esac
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
: "${THREAD:?THREAD=<thread id> (printed by GenerateCommunity.java)}" "${ADMIN_PASSWORD:?ADMIN_PASSWORD=<admin password>}"

token=$(curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" \
  "$base/api/v1/auth/token" | grep -o '"token":"[^"]*' | cut -d'"' -f4)
greetings() { curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $token" "$base/api/v1/admin/plugins/greetings/$1"; }

run() {
  local name=$1; shift
  wrk -t2 -c"$connections" -d5s "$@" "$base/t/$THREAD" >/dev/null
  printf '%-44s ' "$name"
  wrk -t2 -c"$connections" -d"$duration" --latency "$@" "$base/t/$THREAD" |
    awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF}
         END {printf "%10s req/s   p50 %8s   p99 %8s   non-2xx %s\n", rps, p50, p99, (bad ? bad : 0)}'
}

for state in disable enable; do
  greetings "$state"
  sleep 3   # every node follows within 2 s
  run "thread page, greetings ${state}d, visitor"
  run "thread page, greetings ${state}d, signed in" -H "Authorization: Bearer $token"
done
