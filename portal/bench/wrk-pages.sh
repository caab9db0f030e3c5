#!/usr/bin/env bash
# Load-tests a running Qiao on loopback with wrk: bounded in time and connections, then stops.
#   ./mvnw liberty:run            # in another terminal (or liberty:start)
#   portal/bench/wrk-pages.sh     # BASE=http://127.0.0.1:9080 DURATION=20s CONNECTIONS=32
# With BOARD=<slug> THREAD=<id> (printed by GenerateCommunity.java) it also loads the community pages; with
# ARTICLE=<id> (printed by GenerateHelpCenter.java), the help center's.
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

if [ -n "${BOARD:-}" ] && [ -n "${THREAD:-}" ]; then
  wrk -t2 -c"$connections" -d5s "$base/t/$THREAD" >/dev/null
  cursor=$(curl -fsS "$base/api/v1/boards/$BOARD/threads?tag=tag-7" | grep -o '"next":"[^"]*"' | cut -d'"' -f4)
  run "thread page"             "/t/$THREAD"
  run "thread JSON"             "/api/v1/threads/$THREAD"
  run "board list"              "/b/$BOARD"
  run "board JSON"              "/api/v1/boards/$BOARD/threads"
  run "board list, tag (1/20)"  "/b/$BOARD?tag=tag-7"
  run "  its page 2 (keyset)"   "/b/$BOARD?tag=tag-7&after=$cursor"
  run "board JSON, tag (1/20)"  "/api/v1/boards/$BOARD/threads?tag=tag-7"
  run "tag page (1/20)"         "/tags/tag-7"
  run "tag page (every thread)" "/tags/%E7%99%BB%E5%BD%95"
  run "tag index"               "/tags"
  run "board colours (304)"     "/boards.css" -H "If-None-Match: $(curl -fsSI "$base/boards.css" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')"
fi

if [ -n "${ARTICLE:-}" ]; then   # printed by GenerateHelpCenter.java
  wrk -t2 -c"$connections" -d5s "$base/help/a/$ARTICLE" >/dev/null
  run "help center home"        "/help"
  run "help article page"       "/help/a/$ARTICLE"
  run "help article JSON"       "/api/v1/help/articles/$ARTICLE"
fi
