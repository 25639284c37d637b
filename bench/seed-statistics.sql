-- Seeds what the statistics read (issue 15) into the review benchmark database (run by seed-statistics.sh after
-- seed-queue.sql and seed-reviews.sql): the clock events (received, response sent, public interest extensions), one
-- decision per question of every responded request with its citations, and complaints to the regulator.
-- Deterministic: "random" choices are hashes of the row id. Synthetic dates, as in seed-queue.sql: responses are dated
-- 3 to 28 calendar days after receipt (about one in sixteen 30 to 45 days: late), never after yesterday.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;

CREATE TEMP TABLE responded AS
SELECT r.Id, r.Regime, r.ReceivedOn, r.DueOn, r.AssignedOfficer, (r.Id * 2654435761) % 4294967296 AS h
FROM Requests r
WHERE r.Reference LIKE 'FOI/%/______' AND r.Status IN ('Responded', 'InternalReview', 'Reviewed');

INSERT INTO RequestClockEvents (Kind, "On", ExtraWorkingDays, Reason, RecordedAtUtc, RecordedBy, RequestId)
SELECT 'Received', r.ReceivedOn, NULL, NULL, r.ReceivedAtUtc, NULL, r.Id
FROM Requests r WHERE r.Reference LIKE 'FOI/%/______';

-- FOIA s.10(3): about one in twenty-five responded FOIA requests had a public interest extension of 10 or 20 working
-- days, notified before the due date; the date worked to moves with it (synthetic: 14 or 28 calendar days).
CREATE TEMP TABLE extended AS
SELECT Id, DueOn, CASE WHEN h % 2 = 0 THEN 10 ELSE 20 END AS Extra FROM responded WHERE Regime = 'Foia' AND (h / 3) % 25 = 0;
INSERT INTO RequestClockEvents (Kind, "On", ExtraWorkingDays, Reason, RecordedAtUtc, RecordedBy, RequestId)
SELECT 'PublicInterestExtension', date(e.DueOn, '-2 days'), e.Extra, 'The public interest test needs more time.',
       date(e.DueOn, '-2 days') || ' 15:00:00', 'officer@foiportal.test', e.Id
FROM extended e;
UPDATE Requests SET WorkingToOn = date(DueOn, '+' || ((SELECT e.Extra FROM extended e WHERE e.Id = Requests.Id) * 7 / 5) || ' days')
WHERE Id IN (SELECT Id FROM extended);

INSERT INTO RequestClockEvents (Kind, "On", ExtraWorkingDays, Reason, RecordedAtUtc, RecordedBy, RequestId)
SELECT 'ResponseSent', d.SentOn, NULL, NULL, d.SentOn || ' 11:00:00', coalesce(d.AssignedOfficer, 'officer@foiportal.test'), d.Id
FROM (SELECT r.*, min(date(r.ReceivedOn, '+' || CASE
        WHEN r.Id IN (SELECT Id FROM extended) THEN 24 + r.h % 14
        WHEN (r.h / 5) % 16 = 0 THEN 30 + r.h % 16
        ELSE 3 + r.h % 26 END || ' days'), date('now', '-1 day')) AS SentOn
      FROM responded r) d;

-- One decision per question: about 62% disclosed, 15% partly disclosed, 5% withheld, 11% not held, 5% over the cost
-- limit (FOIA and FOISA only), 1% NCND (signed off), 1% vexatious.
CREATE TEMP TABLE decided AS
SELECT r.Id AS RequestId, r.Regime, r.ReceivedOn, coalesce(r.AssignedOfficer, 'officer@foiportal.test') AS Officer, q.Number,
       CASE
         WHEN (r.h / 7) % 100 < 5 AND r.Regime <> 'Eir' THEN 'CostLimitExceeded'
         WHEN (r.h / 7) % 100 = 5 THEN 'NeitherConfirmNorDeny'
         WHEN (r.h / 7) % 100 = 6 AND r.Regime <> 'Eir' THEN 'Vexatious'
         WHEN ((r.h / 7) + q.Number * 37) % 100 < 62 THEN 'Disclosed'
         WHEN ((r.h / 7) + q.Number * 37) % 100 < 77 THEN 'PartlyDisclosed'
         WHEN ((r.h / 7) + q.Number * 37) % 100 < 82 THEN 'Withheld'
         WHEN ((r.h / 7) + q.Number * 37) % 100 < 93 THEN 'NotHeld'
         ELSE 'Disclosed'
       END AS Outcome
FROM responded r JOIN RequestQuestions q ON q.RequestId = r.Id;

INSERT INTO ExemptionDecisions (CitedInTheAlternative, DecidedAtUtc, DecidedBy, FoiRequestId, InformationDescription,
                                InternalReviewId, Outcome, QuestionNumber, ReasonsWithheld, ReviewComment, ReviewedAtUtc,
                                ReviewedBy, SignOff)
SELECT 0, d.ReceivedOn || ' 10:00:00', d.Officer, d.RequestId,
       CASE WHEN d.Outcome = 'NeitherConfirmNorDeny' THEN 'any information relevant to this question' END,
       NULL, d.Outcome, d.Number, 0, NULL,
       CASE WHEN d.Outcome = 'NeitherConfirmNorDeny' THEN d.ReceivedOn || ' 15:00:00' END,
       CASE WHEN d.Outcome = 'NeitherConfirmNorDeny' THEN 'manager@foiportal.test' END,
       CASE WHEN d.Outcome = 'NeitherConfirmNorDeny' THEN 'Approved' ELSE 'NotNeeded' END
FROM decided d
ORDER BY d.RequestId, d.Number;

-- One provision per refusal (two for some partly disclosed answers), from the regime's usual ones.
CREATE TEMP TABLE provisions(Regime TEXT, k INTEGER, ExemptionKey TEXT, Ncnd INTEGER);
INSERT INTO provisions VALUES ('Foia', 0, 'FOIA s.40(2)', 0), ('Foia', 1, 'FOIA s.31(1)', 0), ('Foia', 2, 'FOIA s.43(2)', 0),
  ('Foia', 3, 'FOIA s.21', 0), ('Foia', 4, 'FOIA s.30(1)', 0), ('Foia', 5, 'FOIA s.38(1)', 0), ('Foia', 6, 'FOIA s.23(5)', 1),
  ('Eir', 0, 'EIR reg 13(1)', 0), ('Eir', 1, 'EIR reg 12(5)(a)', 0), ('Eir', 2, 'EIR reg 12(5)(e)', 0), ('Eir', 3, 'EIR reg 6(1)(b)', 0),
  ('Eir', 4, 'EIR reg 12(4)(d)', 0), ('Eir', 5, 'EIR reg 12(5)(b)', 0), ('Eir', 6, 'EIR reg 12(6)', 1),
  ('Foisa', 0, 'FOISA s.38(1)(b)', 0), ('Foisa', 1, 'FOISA s.35(1)(a)', 0), ('Foisa', 2, 'FOISA s.33(1)(b)', 0),
  ('Foisa', 3, 'FOISA s.25(1)', 0), ('Foisa', 4, 'FOISA s.34(1)', 0), ('Foisa', 5, 'FOISA s.39(1)', 0), ('Foisa', 6, 'FOISA s.18(1)', 1);

INSERT INTO ExemptionCitations (Position, ExemptionKey, Reasons, HarmPrejudice, HarmLikelihood, PublicInterestForDisclosure,
                                PublicInterestForMaintaining, PublicInterestConclusion, ExemptionDecisionId, Paragraphs)
SELECT 0, p.ExemptionKey, 'Synthetic reasons for the benchmark.', NULL, NULL, NULL, NULL, NULL, d.Id, NULL
FROM ExemptionDecisions d JOIN Requests r ON r.Id = d.FoiRequestId
JOIN provisions p ON p.Regime = r.Regime AND p.k = CASE WHEN d.Outcome = 'NeitherConfirmNorDeny' THEN 6 ELSE (d.Id * 7) % 6 END
WHERE d.Outcome IN ('Withheld', 'PartlyDisclosed', 'NeitherConfirmNorDeny') AND r.Reference LIKE 'FOI/%/______';
INSERT INTO ExemptionCitations (Position, ExemptionKey, Reasons, HarmPrejudice, HarmLikelihood, PublicInterestForDisclosure,
                                PublicInterestForMaintaining, PublicInterestConclusion, ExemptionDecisionId, Paragraphs)
SELECT 1, p.ExemptionKey, 'Synthetic reasons for the benchmark.', NULL, NULL, NULL, NULL, NULL, d.Id, NULL
FROM ExemptionDecisions d JOIN Requests r ON r.Id = d.FoiRequestId
JOIN provisions p ON p.Regime = r.Regime AND p.k = ((d.Id * 7) % 6 + 1) % 6
WHERE d.Outcome = 'PartlyDisclosed' AND d.Id % 4 = 0 AND r.Reference LIKE 'FOI/%/______';

-- Complaints to the regulator: one in twenty reviewed requests, told 30 to 90 days after the review's outcome; those
-- told over six months ago have a decision notice (mostly not upheld).
INSERT INTO RegulatorComplaints (FoiRequestId, Regulator, Regime, CaseReference, ToldOn, RecordedBy, RecordedAtUtc, Stage,
                                 NoticeOutcome, NoticeReference, NoticeOn, NoticeStepsOrdered, NoticeStepsPeriodDays,
                                 NoticeRecordedBy, NoticeRecordedAtUtc)
SELECT c.FoiRequestId, CASE WHEN c.Regime = 'Foisa' THEN 'ScottishInformationCommissioner' ELSE 'InformationCommissioner' END, c.Regime,
       printf('IC-%06d-B3NC', c.FoiRequestId), c.ToldOn, 'officer@foiportal.test', c.ToldOn || ' 10:00:00',
       CASE WHEN c.ToldOn < date('now', '-180 days') THEN 'Decided' ELSE 'AwaitingDecision' END,
       CASE WHEN c.ToldOn >= date('now', '-180 days') THEN NULL
            WHEN c.FoiRequestId % 10 < 6 THEN 'NotUpheld' WHEN c.FoiRequestId % 10 < 8 THEN 'PartlyUpheld'
            WHEN c.FoiRequestId % 10 < 9 THEN 'Upheld' ELSE 'InformallyResolved' END,
       CASE WHEN c.ToldOn < date('now', '-180 days') THEN printf('IC-%06d-B3NC', c.FoiRequestId) END,
       CASE WHEN c.ToldOn < date('now', '-180 days') THEN date(c.ToldOn, '+150 days') END,
       NULL, NULL,
       CASE WHEN c.ToldOn < date('now', '-180 days') THEN 'officer@foiportal.test' END,
       CASE WHEN c.ToldOn < date('now', '-180 days') THEN date(c.ToldOn, '+150 days') || ' 10:00:00' END
FROM (SELECT v.FoiRequestId, v.Regime, min(date(v.RespondedOn, '+' || (30 + v.Id % 60) || ' days'), date('now', '-1 day')) AS ToldOn
      FROM InternalReviews v WHERE v.Status = 'Closed' AND v.Id % 20 = 0 AND v.Version LIKE '%-0000-4000-9000-%') c;

COMMIT;
