#!/usr/bin/env bash
# Staff search benchmark (issue 18): the work queue's full-text search (/staff/cases?q=WORD: FTS5 over reference,
# title, questions and requester, ranked, with the tab counts and the page's excerpts) for a common word on the
# 50,000-request statistics database (bench/seed-statistics.sh), run twice through bench/queue.sh (wrk -t2 -c16 -d15s):
# with the queue's tab counts cached as configured (Queue:CountsCacheSeconds, 5 s), then with no count cache, so
# every request runs every statement. Target: p95 < 100 ms.
# Usage: bench/search.sh [database path] [word]   (defaults: bench/out/statistics.db, crime)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$(realpath -m "${1:-bench/out/statistics.db}")
WORD=${2:-crime}
export PORT=${PORT:-5218}
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3"; exit 1; }
[ -f "$DB" ] || bench/seed-statistics.sh "$DB"

echo "Machine: $(nproc) cores, $(uptime)"
echo "Requests: $(sqlite3 "$DB" 'SELECT count(*) FROM Requests'), indexed: $(sqlite3 "$DB" 'SELECT count(*) FROM CaseSearch'), matching \"$WORD\": $(sqlite3 "$DB" "SELECT count(*) FROM CaseSearch WHERE CaseSearch MATCH '\"$WORD\"'")"

echo "== /staff/cases?q=$WORD, tab counts cached as configured"
bench/queue.sh "$DB" "/staff/cases?q=$WORD"
echo "== /staff/cases?q=$WORD, no count cache (Queue__CountsCacheSeconds=0)"
Queue__CountsCacheSeconds=0 bench/queue.sh "$DB" "/staff/cases?q=$WORD"
echo "== /staff/cases?q=$WORD, one officer at a time (CONNECTIONS=1)"
CONNECTIONS=1 bench/queue.sh "$DB" "/staff/cases?q=$WORD"
echo "Machine after: $(uptime)"
