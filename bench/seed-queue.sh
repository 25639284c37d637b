#!/usr/bin/env bash
# Builds FoiPortal (Release), creates a fresh SQLite database with the app's own migrations and demo accounts,
# then seeds 50,000 requests and 500,000 events for the work-queue benchmark (bench/queue.sh).
# Usage: bench/seed-queue.sh [database path]   (default: bench/out/queue.db)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$(realpath -m "${1:-bench/out/queue.db}")
PORT=${PORT:-5199}
mkdir -p "$(dirname "$DB")"
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3"; exit 1; }

dotnet build src/FoiPortal.Web -c Release -v q -nologo >/dev/null
rm -f "$DB" "$DB-wal" "$DB-shm"

# Start once: migrations and demo accounts (officer@foiportal.test etc.), then stop.
(cd src/FoiPortal.Web/bin/Release/net10.0 && exec env ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="http://127.0.0.1:$PORT" ConnectionStrings__Sqlite="Data Source=$DB" \
  Seed__Enabled=true Seed__StatisticsYear=false DataFolder="$(dirname "$DB")" Mail__Smtp__Host= Serilog__MinimumLevel__Default=Warning \
  dotnet FoiPortal.Web.dll >"$(dirname "$DB")/seed-app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null || { echo "app did not start"; cat "$(dirname "$DB")/seed-app.log"; exit 1; }
kill $app; wait $app 2>/dev/null || true
trap - EXIT

start=$(date +%s)
sqlite3 "$DB" < bench/seed-queue.sql
echo "Seeded in $(( $(date +%s) - start )) s: $DB"
sqlite3 "$DB" "SELECT 'requests', count(*) FROM Requests UNION ALL SELECT 'events', count(*) FROM RequestEvents UNION ALL SELECT 'questions', count(*) FROM RequestQuestions UNION ALL SELECT 'open', count(*) FROM Requests WHERE Status IN ('Received','InProgress','AwaitingClarification','AwaitingFee','AwaitingSignOff','Returned','Approved');"
