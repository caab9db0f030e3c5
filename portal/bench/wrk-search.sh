#!/usr/bin/env bash
# Load-tests the search API of a running Qiao on loopback with wrk: a mix of the relevance set's queries
# (Chinese and English, portal/src/test/resources/search/queries.tsv), bounded in time, then stops.
#   BASE=http://127.0.0.1:9080 DURATION=20s CONNECTIONS=4 portal/bench/wrk-search.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${BASE:-http://127.0.0.1:9080}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-4}
case "$base" in http://127.*|http://localhost*|http://\[::1\]*) ;; *) echo "loopback only: $base" >&2; exit 2;; esac
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
queries=$(mktemp)
trap 'rm -f "$queries"' EXIT
grep -v '^#' portal/src/test/resources/search/queries.tsv | cut -f2 |
  perl -ne 'chomp; s/([^A-Za-z0-9_.~-])/sprintf("%%%02X", ord($1))/ge; print "$_\n"' > "$queries"
export QUERIES=$queries
threads=$(( connections < 2 ? connections : 2 ))
wrk -t"$threads" -c"$connections" -d10s -s portal/bench/wrk-search.lua "$base" >/dev/null   # warm-up
for path in /api/v1/search /search; do
  printf '%-16s ' "$path"
  SEARCH_PATH=$path wrk -t"$threads" -c"$connections" -d"$duration" -s portal/bench/wrk-search.lua "$base" | tail -n 1
done
