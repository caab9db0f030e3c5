#!/usr/bin/env bash
# Load-tests a running Qiao on loopback with wrk: bounded in time and connections, then stops.
#   ./mvnw liberty:run            # in another terminal (or liberty:start)
#   portal/bench/wrk-pages.sh     # BASE=http://127.0.0.1:9080 DURATION=20s CONNECTIONS=32
set -euo pipefail
base=${BASE:-http://127.0.0.1:9080}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-32}
case "$base" in http://127.*|http://localhost*|http://\[::1\]*) ;; *) echo "loopback only: $base" >&2; exit 2;; esac
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }

css=$(curl -fsS "$base/" | grep -o '/static/[^"]*/css/site.css' | head -n 1)
wrk -t2 -c"$connections" -d5s "$base/" >/dev/null   # warm-up: JIT, template cache, connection pool

run() {
  local name=$1 path=$2; shift 2
  printf '%-28s ' "$name"
  wrk -t2 -c"$connections" -d"$duration" --latency "$@" "$base$path" |
    awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF}
         END {printf "%10s req/s   p50 %8s   p99 %8s   non-2xx %s\n", rps, p50, p99, (bad ? bad : 0)}'
}

run "home page (anonymous)"   "/"
run "sign-in page"            "/signin"
run "theme stylesheet"        "$css"
run "readiness check"         "/health/ready"
