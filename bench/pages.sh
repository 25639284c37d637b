#!/usr/bin/env bash
# Throughput of the public start page and the request form (issue 2), with wrk, against a Release build
# on a fresh SQLite database. Usage: bench/pages.sh [seconds]   (needs: apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-15}
port=5098
# Everything it writes (database, mail pickup folder, log) goes under bench/out/ (ignored by git).
work="$(pwd)/bench/out/pages"
rm -rf "$work" && mkdir -p "$work"
pid=""
trap 'kill "$pid" 2>/dev/null || true' EXIT

dotnet build src/FoiPortal.Web -c Release -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Serilog__MinimumLevel__Default=Warning \
  ConnectionStrings__Sqlite="Data Source=$work/bench.db" DataFolder="$work" Mail__Smtp__Host= \
  dotnet src/FoiPortal.Web/bin/Release/net10.0/FoiPortal.Web.dll --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.5; done

for path in / /requests/new; do
  wrk -t2 -c32 -d3s "http://127.0.0.1:$port$path" >/dev/null   # warm-up
  echo "== GET $path (${secs}s, 2 threads, 32 connections)"
  wrk -t2 -c32 -d"${secs}s" --latency "http://127.0.0.1:$port$path" | grep -E "Requests/sec|Latency|50%|75%|90%|99%|Non-2xx"
done
