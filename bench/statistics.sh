#!/usr/bin/env bash
# Statistics benchmark (issue 15): the app in Release on the seeded database (bench/seed-statistics.sh), a manager
# signed in, wrk -t2 -c16 on /staff/statistics for the year 2025 (about 10,000 requests received, 7,500 responded).
# Targets: p95 < 150 ms, >= 100 req/s. Then the CSV of every request behind the year's figures, downloaded with curl
# (target < 2 s), with the server's resident memory (VmRSS, and the peak VmHWM) read before and after.
# Usage: bench/statistics.sh [database path] [seconds] [year]
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$(realpath -m "${1:-bench/out/statistics.db}")
SECONDS_TO_RUN=${2:-15}
YEAR=${3:-2025}
WARMUP_SECONDS=${WARMUP_SECONDS:-3}
PORT=${PORT:-5111}
BASE="http://127.0.0.1:$PORT"
OUT=$(dirname "$DB")
[ -f "$DB" ] || { echo "No database at $DB: run bench/seed-statistics.sh first"; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }

[ -n "${SKIP_BUILD:-}" ] || dotnet build src/FoiPortal.Web -c Release -v q -nologo >/dev/null
(cd src/FoiPortal.Web/bin/Release/net10.0 && exec env ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="$BASE" ConnectionStrings__Sqlite="Data Source=$DB" \
  Seed__Enabled=true Seed__StatisticsYear=false DataFolder="$OUT" Mail__Smtp__Host= Serilog__MinimumLevel__Default=Warning Security__RequireTwoFactor=false \
  dotnet FoiPortal.Web.dll >"$OUT/statistics-app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
pid=$(pgrep -f "FoiPortal.Web.dll" -n -P "$app" || echo "$app")
for candidate in $(pgrep -f "dotnet FoiPortal.Web.dll"); do
  grep -q "$DB" "/proc/$candidate/environ" 2>/dev/null && pid=$candidate
done

# Sign in once as the demo manager (two-factor off for the run); keep the staff cookie.
jar="$OUT/cookies.txt"
rm -f "$jar"
token=$(curl -fs -c "$jar" -b "$jar" "$BASE/staff/sign-in" | grep -o '__RequestVerificationToken[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Data.Email=manager@foiportal.test" \
  --data-urlencode "Data.Password=Demo-Passw0rd-2026" "$BASE/staff/sign-in")
[ "$status" = 302 ] || { echo "sign-in failed ($status)"; exit 1; }
cookie=$(awk '$6 == "foiportal-staff" { print $6 "=" $7 }' "$jar")

URL_PATH="/staff/statistics?period=year&year=$YEAR"
check=$(curl -s -o "$OUT/statistics-page.html" -w '%{http_code} %{time_total}s' -H "Cookie: $cookie" "$BASE$URL_PATH")
echo "GET $URL_PATH: $check (first), received $(grep -o 'id="figure-received">[0-9]*' "$OUT/statistics-page.html" | sed 's/.*>//'), responded $(grep -o 'id="figure-responded">[0-9]*' "$OUT/statistics-page.html" | sed 's/.*>//'), $(wc -c < "$OUT/statistics-page.html") bytes"
wrk -t2 -c4 -d"${WARMUP_SECONDS}s" -H "Cookie: $cookie" "$BASE$URL_PATH" >/dev/null
echo "wrk -t2 -c16 -d${SECONDS_TO_RUN}s --latency $URL_PATH ($(date -u '+%Y-%m-%d %H:%M'), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
wrk -t2 -c16 -d"${SECONDS_TO_RUN}s" --latency -s bench/percentiles.lua -H "Cookie: $cookie" "$BASE$URL_PATH"

mem() { grep -E '^(VmRSS|VmHWM)' "/proc/$pid/status" | awk '{ printf "%s %d MB  ", $1, $2 / 1024 }'; }
CSV_PATH="/staff/statistics?handler=RequestsCsv&period=year&year=$YEAR"
echo "Server memory before the CSV: $(mem)"
for run in 1 2 3; do
  curl -s -o "$OUT/statistics-requests.csv" -w "CSV run $run: %{http_code}, %{size_download} bytes in %{time_total} s (first byte %{time_starttransfer} s)\n" -H "Cookie: $cookie" "$BASE$CSV_PATH"
done
echo "Server memory after three CSVs: $(mem)"
echo "CSV rows (without the header): $(( $(wc -l < "$OUT/statistics-requests.csv") - 1 )); head: $(head -2 "$OUT/statistics-requests.csv" | tail -1)"
