-- Seeds 5,000 internal reviews for the review-queue benchmark (bench/reviews.sh), run by seed-reviews.sh after
-- seed-queue.sql on the same database. Deterministic: "random" choices are hashes of the row number.
-- Every request with status InternalReview or Reviewed gets a review, plus enough Responded ones to make 5,000; about
-- one in twelve reviews is open (its request moved to InternalReview), received over the last 4 weeks, with a backlog
-- of older ones still open (overdue); the rest are closed (request Reviewed), about 2% are linked second requests.
-- Due dates are synthetic like seed-queue.sql's: 20 working days counting Monday to Friday only (bank holidays
-- ignored), enough for sorting and filtering the queue. Review reminders are recorded as already sent, so the reminder
-- job sends no email (and the app's mail goes only to a pickup folder under bench/out/ anyway).
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;

CREATE TEMP TABLE picked AS
SELECT r.Id AS RequestId, r.Regime, r.DueOn AS RequestDueOn, r.AssignedOfficer,
       (SELECT count(*) FROM RequestQuestions q WHERE q.RequestId = r.Id) AS Questions,
       (r.Id * 2654435761) % 4294967296 AS h
FROM Requests r
WHERE r.Reference LIKE 'FOI/%/______' AND r.Status IN ('InternalReview', 'Reviewed', 'Responded')
ORDER BY CASE WHEN r.Status = 'Responded' THEN 1 ELSE 0 END, (r.Id * 2246822519) % 4294967296
LIMIT 5000;

CREATE TEMP TABLE plan AS
SELECT p.*, row_number() OVER (ORDER BY p.RequestId) AS n,
       CASE WHEN p.h % 12 = 0 THEN 1 ELSE 0 END AS IsOpen
FROM picked p;

CREATE TEMP TABLE dated AS
SELECT p.*,
       CASE
         -- open: received over the last 4 weeks (so not yet due); one in eight a backlog received 45-100 days ago (overdue)
         WHEN IsOpen = 1 AND (h / 12) % 8 = 0 THEN date('now', '-' || (45 + (h / 97) % 56) || ' days')
         WHEN IsOpen = 1 THEN date('now', '-' || ((h / 97) % 28) || ' days')
         -- closed: asked for 1-50 days after the response was due, and at least 30 days ago (answered by now)
         ELSE min(date(RequestDueOn, '+' || (1 + (h / 97) % 50) || ' days'), date('now', '-' || (30 + h % 20) || ' days'))
       END AS Received
FROM plan p;

INSERT INTO InternalReviews (FoiRequestId, Regime, Channel, ReceivedOn, RecordedAtUtc, LoggedBy, Grounds, Status,
                             Reviewer, DueOn, LatestOn, ExtraWorkingDays, ExtensionReason, AcceptedLateReason,
                             LinkedToReviewId, Summary, RespondedOn, OutcomeLetterPdf, OutcomeLetterSha256, Version)
SELECT d.RequestId, d.Regime,
       CASE WHEN d.h % 10 < 8 THEN 'Web' WHEN d.h % 10 < 9 THEN 'Email' ELSE 'Post' END,
       d.Received,
       d.Received || ' 10:' || printf('%02d', d.h % 60) || ':00',
       CASE WHEN d.h % 10 < 8 THEN NULL ELSE 'officer@foiportal.test' END,
       substr('I am unhappy with the response because the force relied on an exemption without explaining the public interest test, '
         || 'did not say whether further information is held, and gave figures for only some of the years I asked for. '
         || 'Please review the decision on each question and release what can be released.', 1, 120 + d.h % 200),
       CASE
         WHEN d.IsOpen = 0 THEN CASE WHEN (d.h / 7) % 50 = 0 THEN 'Linked' ELSE 'Closed' END
         WHEN (d.h / 5) % 100 < 30 THEN 'Open'
         WHEN (d.h / 5) % 100 < 85 THEN 'Assigned'
         ELSE 'OutcomeRecorded'
       END,
       CASE
         WHEN d.IsOpen = 1 AND (d.h / 5) % 100 < 30 THEN NULL
         WHEN (d.h / 5) % 100 < 30 AND d.IsOpen = 0 AND (d.h / 7) % 50 = 0 THEN NULL
         -- never the case's own officer (Code para 5.8): the next officer round the ten
         ELSE 'officer' || (2 + (d.h / 13) % 9) || '@foiportal.test'
       END,
       date(d.Received, '+' || CASE strftime('%w', d.Received) WHEN '6' THEN 27 WHEN '0' THEN 26 ELSE 28 END || ' days'),
       CASE WHEN d.Regime = 'Foia'
            THEN date(d.Received, '+' || CASE strftime('%w', d.Received) WHEN '6' THEN 55 WHEN '0' THEN 54 ELSE 56 END || ' days')
            ELSE date(d.Received, '+' || CASE strftime('%w', d.Received) WHEN '6' THEN 27 WHEN '0' THEN 26 ELSE 28 END || ' days') END,
       NULL, NULL, NULL, NULL,
       CASE WHEN d.IsOpen = 0 THEN 'Having considered the request afresh, the reviewer upholds the original decision in part.' END,
       CASE WHEN d.IsOpen = 0 THEN min(date(d.Received, '+' || (10 + d.h % 18) || ' days'), date('now', '-1 day')) END,
       NULL, NULL,
       printf('%08X-0000-4000-9000-%012X', d.n, d.RequestId)
FROM dated d
ORDER BY d.n;

-- The Reviewer of a review whose hash picked the case's own officer: move it to the bench officer after.
UPDATE InternalReviews SET Reviewer = 'officer' || (2 + (substr(Reviewer, 8, length(Reviewer) - 22) - 1) % 9) || '@foiportal.test'
WHERE Reviewer IS NOT NULL
  AND Reviewer = (SELECT r.AssignedOfficer FROM Requests r WHERE r.Id = InternalReviews.FoiRequestId);

-- A linked review points at an earlier review (any closed one with a lower id).
UPDATE InternalReviews SET LinkedToReviewId = (SELECT max(Id) FROM InternalReviews e WHERE e.Id < InternalReviews.Id AND e.Status = 'Closed')
WHERE Status = 'Linked';
UPDATE InternalReviews SET Reviewer = NULL, Summary = NULL, RespondedOn = NULL WHERE Status = 'Linked';

-- The requests move with their reviews (docs/adr/010): open review -> InternalReview, closed -> Reviewed.
UPDATE Requests SET Status = CASE WHEN (SELECT v.Status FROM InternalReviews v WHERE v.FoiRequestId = Requests.Id LIMIT 1)
                                       IN ('Open', 'Assigned', 'OutcomeRecorded') THEN 'InternalReview' ELSE 'Reviewed' END
WHERE Id IN (SELECT FoiRequestId FROM InternalReviews) AND Reference LIKE 'FOI/%/______';
-- Requests left with InternalReview status and no review (none expected) become Reviewed.
UPDATE Requests SET Status = 'Reviewed'
WHERE Status = 'InternalReview' AND Reference LIKE 'FOI/%/______' AND Id NOT IN (SELECT FoiRequestId FROM InternalReviews);

-- One row per question of the request; closed and outcome-recorded reviews have findings.
INSERT INTO InternalReviewQuestions (InternalReviewId, Number, Grounds, Finding, Reasons, Released)
SELECT v.Id, q.Number,
       CASE WHEN (v.Id + q.Number) % 3 = 0 THEN 'The exemption was applied to the whole answer rather than to the parts that are sensitive.' END,
       CASE WHEN v.Status IN ('Closed', 'OutcomeRecorded') THEN
         CASE (v.Id * 7 + q.Number) % 10 WHEN 0 THEN 'Overturned' WHEN 1 THEN 'PartlyUpheld' WHEN 2 THEN 'PartlyUpheld' ELSE 'Upheld' END END,
       CASE WHEN v.Status IN ('Closed', 'OutcomeRecorded') THEN 'The reviewer considered the request, the searches made and the exemption relied on.' END,
       CASE WHEN v.Status IN ('Closed', 'OutcomeRecorded') AND (v.Id * 7 + q.Number) % 10 < 3
            THEN 'The figures for each district and year are now released; counts under five are shown as "fewer than five".' END
FROM InternalReviews v JOIN RequestQuestions q ON q.RequestId = v.FoiRequestId
WHERE v.Version LIKE '%-0000-4000-9000-%';

-- Steady state: the reminder job has already reminded every assigned open review's reviewer.
INSERT OR IGNORE INTO DeadlineReminders (RequestId, Kind, DueOn, SentAtUtc)
SELECT v.FoiRequestId, k.Kind, v.DueOn, datetime('now')
FROM InternalReviews v JOIN (SELECT 'ReviewFiveDays' AS Kind UNION ALL SELECT 'ReviewOneDay' UNION ALL SELECT 'ReviewOverdue') k
WHERE v.Status IN ('Assigned', 'OutcomeRecorded') AND v.Reviewer IS NOT NULL AND v.Version LIKE '%-0000-4000-9000-%';

COMMIT;
