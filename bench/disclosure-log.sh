#!/usr/bin/env bash
# Disclosure-log benchmark (issue 7): the app in Release on the seeded database (bench/seed-disclosure-log.sh:
# 50,000 published entries), anonymous, wrk with p50/p90/p95/p99 on
#   1. an entry page (output cached)                                   target >= 1,000 req/s
#   2. a search for a common word with one filter (not output cached)  target p95 < 100 ms and >= 200 req/s
#   3. the log's first page (output cached)                            target >= 800 req/s
# Usage: bench/disclosure-log.sh [database path] [seconds] [connections]
# SEARCH overrides the search (default: q=custody&year=2024), e.g. SEARCH='q=police&year=2024' bench/disclosure-log.sh
# SEARCH_CACHE=0 turns off the remembered search results (DisclosureLog:SearchCacheSeconds), so every search hits FTS5.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$(realpath -m "${1:-bench/out/disclosure-log.db}")
SECS=${2:-15}
CONNS=${3:-16}
SEARCH=${SEARCH:-q=custody&year=2024}
SEARCH_CACHE=${SEARCH_CACHE:-30}
PORT=${PORT:-5197}
BASE="http://127.0.0.1:$PORT"
OUT=$(dirname "$DB")
[ -f "$DB" ] || { echo "No database at $DB: run bench/seed-disclosure-log.sh first"; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }

dotnet build src/FoiPortal.Web -c Release -v q -nologo >/dev/null
# Production settings: no developer exception page, no seeding, Serilog at Warning (no console line per request).
(cd src/FoiPortal.Web/bin/Release/net10.0 && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" ConnectionStrings__Sqlite="Data Source=$DB" \
  DataFolder="$OUT" Mail__Smtp__Host= Serilog__MinimumLevel__Default=Warning DisclosureLog__SearchCacheSeconds="$SEARCH_CACHE" \
  dotnet FoiPortal.Web.dll >"$OUT/disclosure-log-app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done

ENTRY=/disclosure-log/online-grooming-62a-23
# The app's own CPU time per request (from /proc), a figure that a busy machine distorts far less than requests/s.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app/stat"; }
hz=$(getconf CLK_TCK)
echo "$(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, search results remembered for ${SEARCH_CACHE} s, load: $(uptime | sed 's/.*load average: //')"
for path in "$ENTRY" "/disclosure-log?$SEARCH" /disclosure-log; do
  check=$(curl -s -o "$OUT/page.html" -w '%{http_code}' "$BASE$path")
  [ "$check" = 200 ] || { echo "GET $path gave $check"; exit 1; }
  summary=$(grep -o '<h2 class="govuk-heading-m" id="results-heading">[^<]*' "$OUT/page.html" | sed 's/.*>//;s/^ *//' || true)
  # Warm up (JIT, SQLite page cache, output cache), then measure.
  wrk -t2 -c4 -d3s "$BASE$path" >/dev/null
  echo "== GET $path ($(wc -c < "$OUT/page.html") bytes${summary:+; $summary}): wrk -t2 -c$CONNS -d${SECS}s"
  before=$(cpu_ticks)
  result=$(wrk -t2 -c"$CONNS" -d"${SECS}s" -s bench/percentiles.lua "$BASE$path")
  after=$(cpu_ticks)
  echo "$result"
  count=$(echo "$result" | sed -n 's/^requests: \([0-9]*\) in.*/\1/p')
  [ -n "$count" ] && [ "$count" -gt 0 ] && awk -v t=$((after - before)) -v n="$count" -v hz="$hz" 'BEGIN { printf "app CPU: %.2f ms per request\n", t * 1000 / hz / n }'
done
echo "load after: $(uptime | sed 's/.*load average: //')"
