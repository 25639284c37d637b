#!/usr/bin/env bash
# Throughput of GET /api/v1/deadlines: builds in Release, starts the app (Production, no seed, a temp SQLite
# database), warms up, runs wrk, stops the app and prints the figures. Usage: bench/deadlines-api.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-10}"
CONNECTIONS="${2:-32}"
PORT="${PORT:-5099}"
URL="http://127.0.0.1:${PORT}/api/v1/deadlines?received=2026-12-18&regime=foia"
# Everything it writes (database, mail pickup folder, log) goes under bench/out/ (ignored by git).
WORK="$(pwd)/bench/out/deadlines-api"
APP_PID=""

cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT
rm -rf "$WORK" && mkdir -p "$WORK"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

dotnet build -c Release src/FoiPortal.Web -v quiet -nologo >/dev/null

# Production: no developer exception page, Warning-level logs (one log line per request would be the bottleneck).
ASPNETCORE_ENVIRONMENT=Production \
ConnectionStrings__Sqlite="Data Source=${WORK}/bench.db" \
DataFolder="$WORK" \
Mail__Smtp__Host= \
Seed__Enabled=false \
Serilog__MinimumLevel__Default=Warning \
dotnet run -c Release --no-build --project src/FoiPortal.Web --urls "http://127.0.0.1:${PORT}" >"${WORK}/app.log" 2>&1 &
APP_PID=$!

for _ in $(seq 1 60); do
  if curl -fsS "$URL" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -fsS "$URL" >/dev/null || { echo "The app did not start:" >&2; cat "${WORK}/app.log" >&2; exit 1; }

echo "Warming up (5 s)..."
wrk -t2 -c"$CONNECTIONS" -d5s "$URL" >/dev/null

echo "Measuring: wrk -t2 -c${CONNECTIONS} -d${DURATION}s --latency $URL"
# wrk's --latency prints 50/75/90/99 %; a small Lua hook adds p95 and p99.9.
cat >"${WORK}/percentiles.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("p95: %.2f ms  p99: %.2f ms  p99.9: %.2f ms\n",
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000))
end
LUA
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "${WORK}/percentiles.lua" "$URL"
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d)"
