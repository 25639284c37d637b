-- Seeds the work-queue benchmark data into a migrated FoiPortal SQLite database (run by seed-queue.sh).
-- Deterministic: "random" choices are hashes of the row number, so every run gives the same data.
-- 50,000 requests over the five years before now, 1-5 questions each, 500,000 timeline events (10 each),
-- about 10 officers. Most old requests are closed; recent ones are open; a small backlog of old ones is still open.
-- Synthetic data for measuring only: the scripts run the app with mail going to a pickup folder under bench/out/ (never
-- SMTP), and the reminders below are recorded as already sent, so none of it is ever emailed to anyone.
PRAGMA journal_mode = WAL; -- prints "wal"
PRAGMA synchronous = OFF;
BEGIN;

-- Nine more officers (they cannot sign in: no password), plus the seeded officer@foiportal.test = 10.
INSERT INTO AspNetUsers (Id, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed, DisplayName,
                         PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount, SecurityStamp, ConcurrencyStamp)
WITH RECURSIVE o(k) AS (SELECT 2 UNION ALL SELECT k + 1 FROM o WHERE k < 10)
SELECT 'bench-officer-' || k, 'officer' || k || '@foiportal.test', upper('officer' || k || '@foiportal.test'),
       'officer' || k || '@foiportal.test', upper('officer' || k || '@foiportal.test'), 1, 'Bench Officer ' || k,
       0, 0, 1, 0, 'bench-stamp-' || k, 'bench-concurrency-' || k
FROM o;
INSERT INTO AspNetUserRoles (UserId, RoleId)
SELECT 'bench-officer-' || k, (SELECT Id FROM AspNetRoles WHERE Name = 'Officer')
FROM (WITH RECURSIVE o(k) AS (SELECT 2 UNION ALL SELECT k + 1 FROM o WHERE k < 10) SELECT k FROM o);

CREATE TEMP TABLE words(i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO words(w) VALUES ('speed cameras'),('police vehicles'),('stop and search'),('overtime'),('online grooming'),
  ('knife crime'),('domestic abuse'),('body-worn video'),('drones'),('custody deaths'),('fraud reports'),('hate crime'),
  ('missing persons'),('road traffic collisions'),('firearms licences'),('cyber crime'),('officer misconduct'),
  ('call handling times'),('burglary'),('shoplifting'),('anti-social behaviour'),('taser use'),('facial recognition'),
  ('staff sickness'),('recruitment'),('training budgets'),('agency staff'),('IT contracts'),('estate costs'),('fuel spending');

CREATE TEMP TABLE gen AS
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
SELECT i,
       (i * 2654435761) % 4294967296 AS h,
       -- received: spread over the five years up to now (about one every 52.6 minutes)
       datetime('now', '-' || ((50000 - i) * 3156 / 60) || ' minutes') AS received,
       (50000 - i) * 3156 / 86400.0 AS age_days
FROM n;

INSERT INTO Requests (Reference, Regime, Channel, ReceivedAtUtc, ReceivedOn, DueOn, RequesterName, RequesterEmail,
                      RequesterPostalAddress, Title, PreferredFormat, Status, AssignedOfficer, TrackingTokenHash, Version)
SELECT printf('FOI/%s/%06d', substr(received, 1, 4), i),
       CASE WHEN h % 100 < 85 THEN 'Foia' WHEN h % 100 < 97 THEN 'Eir' ELSE 'Foisa' END,
       CASE WHEN h % 10 < 8 THEN 'Web' WHEN h % 10 < 9 THEN 'Email' ELSE 'Post' END,
       received,
       date(received),
       -- 20 working days counted from the real received date, Monday to Friday only: 28 days after a weekday, 27 after
       -- a Saturday, 26 after a Sunday, so a due date is never a weekend. Bank holidays are not counted: these dates are
       -- synthetic, right for sorting and filtering the queue, not for telling anyone when something is due.
       date(received, '+' || CASE strftime('%w', received) WHEN '6' THEN 27 WHEN '0' THEN 26 ELSE 28 END || ' days'),
       'Bench Requester ' || i, 'requester' || i || '@example.org', NULL,
       (SELECT w FROM words WHERE i = 1 + (h / 7) % 30) || ' in ' || (2015 + h % 10) || ' to ' || (2020 + h % 6)
         || CASE WHEN h % 3 = 0 THEN ': numbers by district and month' ELSE '' END,
       'Email',
       CASE
         WHEN age_days < 45 THEN
           CASE WHEN h % 100 < 25 THEN 'Received' WHEN h % 100 < 65 THEN 'InProgress'
                WHEN h % 100 < 73 THEN 'AwaitingClarification' WHEN h % 100 < 77 THEN 'AwaitingFee'
                WHEN h % 100 < 89 THEN 'AwaitingSignOff' WHEN h % 100 < 94 THEN 'Returned' ELSE 'Approved' END
         WHEN h % 1000 < 30 THEN CASE WHEN h % 2 = 0 THEN 'InProgress' ELSE 'AwaitingSignOff' END
         ELSE
           CASE WHEN h % 100 < 78 THEN 'Responded' WHEN h % 100 < 80 THEN 'InternalReview'
                WHEN h % 100 < 85 THEN 'Reviewed' WHEN h % 100 < 93 THEN 'Withdrawn' ELSE 'Lapsed' END
       END,
       CASE
         WHEN age_days < 45 AND h % 100 < 25 AND h % 2 = 0 THEN NULL
         WHEN (h / 11) % 10 = 0 THEN 'officer@foiportal.test'
         ELSE 'officer' || (1 + (h / 11) % 10) || '@foiportal.test'
       END,
       printf('%016x%016x%016x%016x', i, i * 31, i * 131, i * 1031),
       printf('%08X-0000-4000-8000-%012X', i, i)
FROM gen;

-- 1 to 5 questions, 150 to 900 characters each.
-- The queue sorts and filters on WorkingToOn (docs/adr/007): with no public interest extension it is the due date.
UPDATE Requests SET WorkingToOn = DueOn WHERE WorkingToOn < ReceivedOn;

INSERT INTO RequestQuestions (RequestId, Number, Text)
WITH RECURSIVE q(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM q WHERE k < 5)
SELECT r.Id, q.k,
       substr('Please provide the number of incidents recorded in each calendar year, broken down by district, by month and by the outcome recorded, '
         || 'together with any guidance, policy or procedure documents in force at the time, and the total cost to the force of the activity '
         || 'concerned, including staff time, equipment and contracts, where this is recorded. If the full request would exceed the cost limit, '
         || 'please provide whatever you can within it and tell me how I could refine my request. I would like the information as a spreadsheet. '
         || 'Where figures are small, please give them anyway or explain why you cannot, and say which exemption you rely on and why the public '
         || 'interest favours withholding. Thank you for your help with this request, I look forward to your reply within twenty working days.',
         1, 150 + (r.Id * 37 + q.k * 101) % 750)
FROM Requests r JOIN q ON q.k <= 1 + (r.Id * 7) % 5
WHERE r.Reference LIKE 'FOI/%/______';

-- Ten events each: 500,000.
INSERT INTO RequestEvents (RequestId, AtUtc, Kind, Description, Actor)
WITH RECURSIVE e(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM e WHERE k < 9)
SELECT r.Id,
       datetime(r.ReceivedAtUtc, '+' || (e.k * 5) || ' hours'),
       CASE e.k WHEN 0 THEN 'Received' WHEN 1 THEN 'Assigned' WHEN 2 THEN 'InProgress' WHEN 9 THEN r.Status ELSE 'Note' END,
       CASE e.k
         WHEN 0 THEN 'Request received by web'
         WHEN 1 THEN 'Assigned to ' || coalesce(r.AssignedOfficer, 'officer@foiportal.test') || ' by manager@foiportal.test'
         WHEN 2 THEN 'Work started'
         WHEN 9 THEN 'Status is now ' || r.Status
         ELSE 'Search of records in the ' || (SELECT w FROM words WHERE i = 1 + (r.Id + e.k) % 30) || ' system; results logged and checked by a second officer'
       END,
       CASE WHEN e.k = 0 THEN NULL ELSE coalesce(r.AssignedOfficer, 'officer@foiportal.test') END
FROM Requests r JOIN e
WHERE r.Reference LIKE 'FOI/%/______';

-- Steady state: the reminder job has already reminded officers of every open request, so the benchmark measures the
-- queue, not a one-off backlog of reminder emails, and no synthetic due date is ever written into an email (the job
-- skips kinds already recorded for a request and due date).
INSERT OR IGNORE INTO DeadlineReminders (RequestId, Kind, DueOn, SentAtUtc)
SELECT r.Id, k.Kind, r.DueOn, datetime('now')
FROM Requests r JOIN (SELECT 'FiveDays' AS Kind UNION ALL SELECT 'OneDay' UNION ALL SELECT 'Overdue') k
WHERE r.Status IN ('Received', 'InProgress', 'AwaitingSignOff', 'Returned', 'Approved')
  AND r.AssignedOfficer IS NOT NULL;

COMMIT;
