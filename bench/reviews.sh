#!/usr/bin/env bash
# Review-queue benchmark (issue 14): the app in Release on the seeded database (bench/seed-reviews.sh), one officer
# signed in, wrk -t2 -c16 -d15s on /staff/reviews and its due-soon and overdue views, one after the other.
# Targets: p95 < 100 ms, >= 300 req/s.
# Usage: bench/reviews.sh [database path] [seconds per view]
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$(realpath -m "${1:-bench/out/reviews.db}")
SECONDS_PER_VIEW=${2:-15}
WARMUP_SECONDS=${WARMUP_SECONDS:-3}
PORT=${PORT:-5199}
BASE="http://127.0.0.1:$PORT"
OUT=$(dirname "$DB")
[ -f "$DB" ] || { echo "No database at $DB: run bench/seed-reviews.sh first"; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }

dotnet build src/FoiPortal.Web -c Release -v q -nologo >/dev/null
# Request logging at Information would write a console line per request; a production log sink would be asynchronous.
(cd src/FoiPortal.Web/bin/Release/net10.0 && exec env ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="$BASE" ConnectionStrings__Sqlite="Data Source=$DB" \
  Seed__Enabled=true DataFolder="$OUT" Mail__Smtp__Host= Serilog__MinimumLevel__Default=Warning Security__RequireTwoFactor=false \
  dotnet FoiPortal.Web.dll >"$OUT/reviews-app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done

# Sign in once as the demo officer (two-factor off for the run: the benchmark measures the queue, not sign-in); keep the staff cookie.
jar="$OUT/cookies.txt"
rm -f "$jar"
token=$(curl -fs -c "$jar" -b "$jar" "$BASE/staff/sign-in" | grep -o '__RequestVerificationToken[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Data.Email=officer@foiportal.test" \
  --data-urlencode "Data.Password=Demo-Passw0rd-2026" "$BASE/staff/sign-in")
[ "$status" = 302 ] || { echo "sign-in failed ($status)"; exit 1; }
cookie=$(awk '$6 == "foiportal-staff" { print $6 "=" $7 }' "$jar")

for URL_PATH in /staff/reviews '/staff/reviews?view=due-soon' '/staff/reviews?view=overdue'; do
  check=$(curl -s -o "$OUT/reviews-page.html" -w '%{http_code}' -H "Cookie: $cookie" "$BASE$URL_PATH")
  [ "$check" = 200 ] || { echo "GET $URL_PATH gave $check"; exit 1; }
  echo "GET $URL_PATH: $(grep -c 'data-review=' "$OUT/reviews-page.html") rows, $(grep -o 'data-view="[a-z-]*">[^<]*' "$OUT/reviews-page.html" | sed 's/.*>//' | paste -sd ' ' -), $(wc -c < "$OUT/reviews-page.html") bytes"
  # Warm up (JIT, SQLite page cache), then measure.
  wrk -t2 -c4 -d"${WARMUP_SECONDS}s" -H "Cookie: $cookie" "$BASE$URL_PATH" >/dev/null
  echo "wrk -t2 -c16 -d${SECONDS_PER_VIEW}s --latency $URL_PATH ($(date -u '+%Y-%m-%d %H:%M'), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
  wrk -t2 -c16 -d"${SECONDS_PER_VIEW}s" --latency -s bench/percentiles.lua -H "Cookie: $cookie" "$BASE$URL_PATH"
done
