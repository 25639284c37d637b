#!/usr/bin/env bash
# Seeds the review-queue benchmark: the work-queue data (bench/seed-queue.sh: 50,000 requests, 500,000 events) into a
# fresh database, then 5,000 internal reviews with their questions (bench/seed-reviews.sql).
# Usage: bench/seed-reviews.sh [database path]   (default: bench/out/reviews.db)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$(realpath -m "${1:-bench/out/reviews.db}")
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3"; exit 1; }

bench/seed-queue.sh "$DB"
start=$(date +%s)
sqlite3 "$DB" < bench/seed-reviews.sql
echo "Reviews seeded in $(( $(date +%s) - start )) s: $DB"
sqlite3 "$DB" "SELECT 'reviews', count(*) FROM InternalReviews UNION ALL SELECT 'review questions', count(*) FROM InternalReviewQuestions UNION ALL SELECT 'open reviews', count(*) FROM InternalReviews WHERE Status IN ('Open','Assigned','OutcomeRecorded') UNION ALL SELECT 'open and overdue', count(*) FROM InternalReviews WHERE Status IN ('Open','Assigned','OutcomeRecorded') AND DueOn < date('now');"
