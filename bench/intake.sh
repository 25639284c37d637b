#!/usr/bin/env bash
# Intake benchmark (issue 16): a throwaway Dovecot on a loopback port (as the test fixture runs it), 1,000 messages put
# in with IMAP APPEND, then the app in Release with IMAP intake on: the time from the app being ready until all 1,000
# are in the inbox (target < 30 s). Then the inbox is filled to 10,000 messages (copies of the imported ones under new
# keys, by SQL) and wrk -t2 -c16 measures /staff/inbox as the demo officer (target p95 < 100 ms).
# Usage: bench/intake.sh [database path] [messages] [seconds]   (needs dovecot-imapd, sqlite3, wrk, python3)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$(realpath -m "${1:-bench/out/intake.db}")
COUNT=${2:-1000}
SECONDS_TO_RUN=${3:-15}
PORT=${PORT:-5114}
IMAP_PORT=${IMAP_PORT:-5115}
BASE="http://127.0.0.1:$PORT"
OUT=$(dirname "$DB")
DOVE="$OUT/dovecot"
for tool in sqlite3 wrk python3 /usr/sbin/dovecot; do command -v "$tool" >/dev/null || { echo "$tool is needed"; exit 1; }; done
mkdir -p "$OUT"
rm -rf "$DOVE" "$DB" "$DB-wal" "$DB-shm"
mkdir -p "$DOVE/mail" "$DOVE/run" "$DOVE/state"
echo "foi@foiportal.test:{PLAIN}intake-secret" > "$DOVE/users"
if [ "$(id -u)" = 0 ]; then LOGIN="default_login_user = dovenull
default_internal_user = dovecot
default_internal_group = dovecot"; USERDB="uid=dovecot gid=dovecot"; else LOGIN=""; USERDB="uid=$(id -un)"; fi
cat > "$DOVE/dovecot.conf" <<CONF
base_dir = $DOVE/run
state_dir = $DOVE/state
protocols = imap
listen = 127.0.0.1
ssl = no
first_valid_uid = 1
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:$DOVE/mail/%u
log_path = $DOVE/dovecot.log
$LOGIN
passdb {
  driver = passwd-file
  args = scheme=PLAIN $DOVE/users
}
userdb {
  driver = static
  args = $USERDB home=$DOVE/mail/%u allow_all_users=yes
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service pop3-login {
  inet_listener pop3 {
    port = 0
  }
}
service submission-login {
  inet_listener submission {
    port = 0
  }
}
service lmtp {
  unix_listener lmtp {
    mode = 0600
  }
}
CONF
[ "$(id -u)" = 0 ] && chown -R dovecot:dovecot "$DOVE/mail"
/usr/sbin/dovecot -F -c "$DOVE/dovecot.conf" &
dovecot_pid=$!
app=""
trap 'kill $dovecot_pid 2>/dev/null || true; [ -n "$app" ] && kill $app 2>/dev/null || true' EXIT
sleep 2
python3 bench/intake-append.py "$IMAP_PORT" foi@foiportal.test intake-secret "$COUNT"

[ -n "${SKIP_BUILD:-}" ] || dotnet build src/FoiPortal.Web -c Release -v q -nologo >/dev/null
start=$(date +%s.%N)
(cd src/FoiPortal.Web/bin/Release/net10.0 && exec env ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="$BASE" ConnectionStrings__Sqlite="Data Source=$DB" \
  Seed__Enabled=true Seed__StatisticsYear=false DataFolder="$OUT" Mail__Smtp__Host= Serilog__MinimumLevel__Default=Warning Security__RequireTwoFactor=false \
  Mail__Intake__Imap__Host=127.0.0.1 Mail__Intake__Imap__Port="$IMAP_PORT" Mail__Intake__Imap__UseSsl=false \
  Mail__Intake__Imap__UserName=foi@foiportal.test Mail__Intake__Imap__Password=intake-secret \
  dotnet FoiPortal.Web.dll >"$OUT/intake-app.log" 2>&1) &
app=$!
for _ in $(seq 1 600); do
  curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break
  sleep 0.2
done
ready=$(date +%s.%N)
imported=0
for _ in $(seq 1 1200); do
  imported=$(sqlite3 "$DB" "SELECT count(*) FROM InboundMessages" 2>/dev/null || echo 0)
  [ "$imported" -ge "$COUNT" ] && break
  sleep 0.25
done
done_at=$(date +%s.%N)
echo "Imported $imported of $COUNT messages $(echo "$done_at - $ready" | bc) s after the app was ready ($(echo "$done_at - $start" | bc) s after it started; $(date -u '+%Y-%m-%d %H:%M'), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
sqlite3 "$DB" "SELECT 'attachments', count(*) FROM InboundAttachments; SELECT 'seen in the mailbox', count(*) FROM InboundMessages;"

# Fill the inbox to 10,000: copies of the imported messages under new import keys, spread over the last 60 days.
sqlite3 "$DB" "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 9)
INSERT INTO InboundMessages (ImportKey, MessageId, FromAddress, FromName, Subject, InReplyTo, ReceivedAtUtc, ReceivedOn, Source, Raw, TextBody, HtmlBody, Status, RequestId, NotARequestReason, Note, HandledBy, HandledAtUtc)
SELECT 'bench-copy-' || n.k || '-' || m.Id, NULL, m.FromAddress, m.FromName, m.Subject, NULL,
       datetime('now', '-' || ((m.Id * 7 + n.k * 13) % 86400) || ' minutes'), date(datetime('now', '-' || ((m.Id * 7 + n.k * 13) % 86400) || ' minutes')),
       m.Source, m.Raw, m.TextBody, NULL, CASE WHEN (m.Id + n.k) % 3 = 0 THEN 'NotARequest' ELSE 'New' END, NULL,
       CASE WHEN (m.Id + n.k) % 3 = 0 THEN 'Spam' END, NULL, CASE WHEN (m.Id + n.k) % 3 = 0 THEN 'officer@foiportal.test' END,
       CASE WHEN (m.Id + n.k) % 3 = 0 THEN datetime('now') END
FROM InboundMessages m JOIN n WHERE m.ImportKey NOT LIKE 'bench-copy-%';
INSERT INTO InboundAttachments (InboundMessageId, Position, FileName, DeclaredContentType, DetectedType, Size, Content, Sha256)
SELECT c.Id, a.Position, a.FileName, a.DeclaredContentType, a.DetectedType, a.Size, a.Content, a.Sha256
FROM InboundMessages c JOIN InboundMessages m ON c.ImportKey LIKE 'bench-copy-%-' || m.Id AND m.ImportKey NOT LIKE 'bench-copy-%'
JOIN InboundAttachments a ON a.InboundMessageId = m.Id;
ANALYZE;"
echo "Inbox: $(sqlite3 "$DB" "SELECT count(*) FROM InboundMessages") messages, $(sqlite3 "$DB" "SELECT count(*) FROM InboundMessages WHERE Status = 'New'") to triage"

jar="$OUT/cookies.txt"
rm -f "$jar"
token=$(curl -fs -c "$jar" -b "$jar" "$BASE/staff/sign-in" | grep -o '__RequestVerificationToken[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Data.Email=officer@foiportal.test" \
  --data-urlencode "Data.Password=Demo-Passw0rd-2026" "$BASE/staff/sign-in")
[ "$status" = 302 ] || { echo "sign-in failed ($status)"; exit 1; }
cookie=$(awk '$6 == "foiportal-staff" { print $6 "=" $7 }' "$jar")
for URL_PATH in /staff/inbox; do
  check=$(curl -s -o "$OUT/inbox-page.html" -w '%{http_code} %{time_total}s' -H "Cookie: $cookie" "$BASE$URL_PATH")
  echo "GET $URL_PATH: $check (first), $(wc -c < "$OUT/inbox-page.html") bytes"
  wrk -t2 -c4 -d3s -H "Cookie: $cookie" "$BASE$URL_PATH" >/dev/null
  echo "wrk -t2 -c16 -d${SECONDS_TO_RUN}s --latency $URL_PATH ($(date -u '+%Y-%m-%d %H:%M'), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
  wrk -t2 -c16 -d"${SECONDS_TO_RUN}s" --latency -s bench/percentiles.lua -H "Cookie: $cookie" "$BASE$URL_PATH"
done
