#!/usr/bin/env bash
# Seeds the statistics benchmark (issue 15): the work-queue and review data (bench/seed-reviews.sh: 50,000 requests,
# 500,000 events, 5,000 reviews) into a fresh database, then clock events, decisions, citations and regulator
# complaints (bench/seed-statistics.sql).
# Usage: bench/seed-statistics.sh [database path]   (default: bench/out/statistics.db)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$(realpath -m "${1:-bench/out/statistics.db}")
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3"; exit 1; }

bench/seed-reviews.sh "$DB"
start=$(date +%s)
sqlite3 "$DB" < bench/seed-statistics.sql
sqlite3 "$DB" "ANALYZE;"
echo "Statistics data seeded in $(( $(date +%s) - start )) s: $DB"
sqlite3 "$DB" "SELECT 'clock events', count(*) FROM RequestClockEvents UNION ALL SELECT 'responses sent', count(*) FROM RequestClockEvents WHERE Kind = 'ResponseSent' UNION ALL SELECT 'decisions', count(*) FROM ExemptionDecisions UNION ALL SELECT 'citations', count(*) FROM ExemptionCitations UNION ALL SELECT 'complaints', count(*) FROM RegulatorComplaints UNION ALL SELECT 'received in 2025', count(*) FROM Requests WHERE ReceivedOn BETWEEN '2025-01-01' AND '2025-12-31';"
