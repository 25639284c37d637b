#!/usr/bin/env bash
# Builds FoiPortal (Release), creates a fresh SQLite database with the app's own migrations and demo data (31
# published entries), then adds 50,000 published disclosure-log entries for bench/disclosure-log.sh.
# Usage: bench/seed-disclosure-log.sh [database path]   (default: bench/out/disclosure-log.db)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$(realpath -m "${1:-bench/out/disclosure-log.db}")
PORT=${PORT:-5197}
OUT=$(dirname "$DB")
mkdir -p "$OUT"
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3"; exit 1; }

dotnet build src/FoiPortal.Web -c Release -v q -nologo >/dev/null
rm -f "$DB" "$DB-wal" "$DB-shm"

# Start once: migrations (tables, FTS5 index, triggers) and demo data, then stop.
(cd src/FoiPortal.Web/bin/Release/net10.0 && exec env ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="http://127.0.0.1:$PORT" ConnectionStrings__Sqlite="Data Source=$DB" \
  Seed__Enabled=true DataFolder="$OUT" Mail__Smtp__Host= Serilog__MinimumLevel__Default=Warning \
  dotnet FoiPortal.Web.dll >"$OUT/seed-log-app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null || { echo "app did not start"; cat "$OUT/seed-log-app.log"; exit 1; }
kill $app; wait $app 2>/dev/null || true
trap - EXIT

start=$(date +%s)
sqlite3 "$DB" < bench/seed-disclosure-log.sql >/dev/null
echo "Seeded in $(( $(date +%s) - start )) s: $DB ($(du -h "$DB" | cut -f1))"
sqlite3 "$DB" <<'SQL'
.mode list
SELECT 'published entries', count(*) FROM DisclosureLogEntries WHERE State = 'Published';
SELECT 'indexed entries', count(*) FROM DisclosureLogSearch WHERE DisclosureLogSearch MATCH 'Facets : "y2024"' ;
SELECT 'average request / response characters', cast(avg(length(RequestText)) AS int) || ' / ' || cast(avg(length(ResponseText)) AS int) FROM DisclosureLogEntries;
SELECT 'entries with "police"', count(*) FROM DisclosureLogSearch WHERE DisclosureLogSearch MATCH '{Title Reference RequestText ResponseText ReasonText} : "police"';
SELECT 'entries with "police" in 2024', count(*) FROM DisclosureLogSearch WHERE DisclosureLogSearch MATCH '{Title Reference RequestText ResponseText ReasonText} : "police" AND Facets : "y2024"';
SQL
