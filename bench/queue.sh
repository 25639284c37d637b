#!/usr/bin/env bash
# Work-queue benchmark: the app in Release on the seeded database (bench/seed-queue.sh), one officer signed in,
# wrk -t2 -c16 -d15s on "All open" (sorted by due date, first page). Targets (issue 3): p95 < 100 ms, >= 300 req/s.
# Usage: bench/queue.sh [database path] [url path]
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$(realpath -m "${1:-bench/out/queue.db}")
URL_PATH=${2:-/staff/cases?view=open}
PORT=${PORT:-5199}
BASE="http://127.0.0.1:$PORT"
OUT=$(dirname "$DB")
[ -f "$DB" ] || { echo "No database at $DB: run bench/seed-queue.sh first"; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }

dotnet build src/FoiPortal.Web -c Release -v q -nologo >/dev/null
# Request logging at Information would write a console line per request; a production log sink would be asynchronous.
(cd src/FoiPortal.Web/bin/Release/net10.0 && exec env ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="$BASE" ConnectionStrings__Sqlite="Data Source=$DB" \
  Seed__Enabled=true DataFolder="$OUT" Mail__Smtp__Host= Serilog__MinimumLevel__Default=Warning Security__RequireTwoFactor=false \
  dotnet FoiPortal.Web.dll >"$OUT/queue-app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done

# Sign in once as the demo officer (two-factor off for the run: the benchmark measures the queue, not sign-in); keep the staff cookie.
jar="$OUT/cookies.txt"
rm -f "$jar"
token=$(curl -fs -c "$jar" -b "$jar" "$BASE/staff/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
[ -n "$token" ] || token=$(curl -fs -c "$jar" -b "$jar" "$BASE/staff/sign-in" | grep -o '__RequestVerificationToken[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Data.Email=officer@foiportal.test" \
  --data-urlencode "Data.Password=Demo-Passw0rd-2026" "$BASE/staff/sign-in")
[ "$status" = 302 ] || { echo "sign-in failed ($status)"; exit 1; }
cookie=$(awk '$6 == "foiportal-staff" { print $6 "=" $7 }' "$jar")

check=$(curl -s -o "$OUT/queue-page.html" -w '%{http_code}' -H "Cookie: $cookie" "$BASE$URL_PATH")
[ "$check" = 200 ] || { echo "GET $URL_PATH gave $check"; exit 1; }
echo "GET $URL_PATH: $(grep -c 'govuk-table__row' "$OUT/queue-page.html") table rows, $(wc -c < "$OUT/queue-page.html") bytes"

# Warm up (JIT, SQLite page cache), then measure.
wrk -t2 -c4 -d3s -H "Cookie: $cookie" "$BASE$URL_PATH" >/dev/null
# CONNECTIONS=1 measures one officer at a time (latency without queueing); the default 16 measures a busy team.
CONNECTIONS=${CONNECTIONS:-16}
THREADS=$(( CONNECTIONS < 2 ? 1 : 2 ))
echo "wrk -t$THREADS -c$CONNECTIONS -d15s --latency $URL_PATH ($(date -u +%Y-%m-%d), $(nproc) cores)"
wrk -t$THREADS -c$CONNECTIONS -d15s --latency -s bench/percentiles.lua -H "Cookie: $cookie" "$BASE$URL_PATH"
