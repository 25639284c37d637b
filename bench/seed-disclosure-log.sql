-- Seeds the disclosure-log benchmark: 50,000 published entries in a migrated FoiPortal SQLite database (run by
-- seed-disclosure-log.sh). Deterministic: every "random" choice is a hash of the row number.
-- Texts are built from sentences in the style of police disclosure logs: requests of 1-5 numbered questions
-- (about 150-1,500 characters), responses of 4-30 sentences in paragraphs (about 500-5,000), a reason for decision
-- on refusals. Ten topics, six outcomes in realistic proportions, responses spread over 2019-2026.
-- The FTS5 index fills itself: the DisclosureLog migration's triggers index each published row as it is inserted.
-- SearchFacets must match Core/DisclosureLog/SearchFacets.cs: y<year> t<hex(topic)> o<Outcome> x<hex(key)>...
PRAGMA journal_mode = WAL; -- prints "wal"
PRAGMA synchronous = OFF;
BEGIN;

CREATE TEMP TABLE topics(k INTEGER PRIMARY KEY, name TEXT, word TEXT);
INSERT INTO topics(k, name, word) VALUES
  (0, 'Crime and offences', 'crime'), (1, 'Policing operations', 'operations'), (2, 'Roads and traffic', 'roads'),
  (3, 'Custody', 'custody'), (4, 'Public protection', 'safeguarding'), (5, 'Finance and contracts', 'contracts'),
  (6, 'Workforce', 'staff'), (7, 'Equipment and technology', 'equipment'), (8, 'Complaints and conduct', 'complaints'),
  (9, 'Governance and policy', 'policy');

-- Subjects per topic: titles and question subjects.
CREATE TEMP TABLE subjects(k INTEGER, n INTEGER, s TEXT, PRIMARY KEY (k, n));
INSERT INTO subjects(k, n, s) VALUES
  (0,0,'knife crime'),(0,1,'burglary'),(0,2,'shoplifting'),(0,3,'hate crime'),(0,4,'fraud reports'),(0,5,'online grooming'),
  (1,0,'stop and search'),(1,1,'call handling times'),(1,2,'Taser use'),(1,3,'public order policing'),(1,4,'neighbourhood patrols'),(1,5,'football policing'),
  (2,0,'speed cameras'),(2,1,'road traffic collisions'),(2,2,'drink driving'),(2,3,'mobile phone offences'),(2,4,'uninsured vehicles'),(2,5,'average speed cameras'),
  (3,0,'detention times'),(3,1,'deaths in custody'),(3,2,'custody suites'),(3,3,'strip searches'),(3,4,'detained children'),(3,5,'custody healthcare'),
  (4,0,'missing persons'),(4,1,'domestic abuse'),(4,2,'firearms licensing'),(4,3,'child protection referrals'),(4,4,'sex offender management'),(4,5,'modern slavery'),
  (5,0,'overtime spending'),(5,1,'consultancy contracts'),(5,2,'IT contracts'),(5,3,'fuel spending'),(5,4,'estate costs'),(5,5,'agency staff costs'),
  (6,0,'officer recruitment'),(6,1,'sickness absence'),(6,2,'staff training'),(6,3,'vetting'),(6,4,'officer numbers'),(6,5,'special constables'),
  (7,0,'body-worn video'),(7,1,'police vehicles'),(7,2,'drones'),(7,3,'mobile devices'),(7,4,'facial recognition'),(7,5,'radio systems'),
  (8,0,'misconduct hearings'),(8,1,'public complaints'),(8,2,'gross misconduct dismissals'),(8,3,'IOPC referrals'),(8,4,'suspended officers'),(8,5,'discrimination complaints'),
  (9,0,'policy documents'),(9,1,'meeting minutes'),(9,2,'data retention'),(9,3,'information sharing agreements'),(9,4,'FOI performance'),(9,5,'risk registers');

CREATE TEMP TABLE questions(n INTEGER PRIMARY KEY, t TEXT);
INSERT INTO questions(n, t) VALUES
  (0, 'How many incidents of {s} were recorded by the force in each year from 2018 to the present?'),
  (1, 'Please provide a breakdown of {s} by district and by month for the last three financial years.'),
  (2, 'What was the total cost to the force of {s} in each of the last five years, and which budget did it come from?'),
  (3, 'Please provide copies of any policy, procedure or guidance documents about {s} in use by the force.'),
  (4, 'How many officers and members of police staff work on {s}, and what are their ranks or grades?'),
  (5, 'Please provide the number of complaints received about {s}, and how many of those complaints were upheld.'),
  (6, 'Has the force carried out any review or audit of {s} since 2020? If so, please send me a copy of the report and its recommendations.'),
  (7, 'What targets or performance measures does the force use for {s}, and how did it perform against them last year?'),
  (8, 'Please tell me the age, gender and ethnicity of the people involved in {s}, where this is recorded, for each year requested.'),
  (9, 'How many arrests, charges and convictions resulted from {s} in each year, and how many cases are still ongoing?'),
  (10, 'Which companies supply the force with goods or services for {s}, what is the value of each contract and when does it end?'),
  (11, 'Please provide any correspondence between the force and the Home Office about {s} in the last two years.');

CREATE TEMP TABLE sentences(n INTEGER PRIMARY KEY, t TEXT);
INSERT INTO sentences(n, t) VALUES
  (0, 'We have searched the records held by the force and the figures are given in the table below.'),
  (1, 'Please note that the figures for the current year are provisional and may change as investigations progress.'),
  (2, 'The information has been extracted from the crime recording system using the offence codes that match your request.'),
  (3, 'Each incident is counted once, even where more than one offence was recorded.'),
  (4, 'Our records are not organised in a way that allows this information to be retrieved automatically.'),
  (5, 'To answer this part of your request we would need to read each record by hand, which would take far longer than the appropriate limit allows.'),
  (6, 'We estimate that it would take at least ten minutes to review each record, and there are several thousand records for the period you asked about.'),
  (7, 'The appropriate limit for police forces is £450, which is 18 hours of staff time at £25 an hour.'),
  (8, 'If you narrow your request, for example to a single year or a single district, we may be able to answer it within the limit.'),
  (9, 'Some of the information you asked for is already published on the force website and on the national police data website.'),
  (10, 'Where information is reasonably accessible by other means it is exempt under section 21, but we have included links to help you find it.'),
  (11, 'Information that would identify individual officers, victims or witnesses is personal data and is withheld under section 40(2).'),
  (12, 'Disclosing tactical or operational detail would be likely to prejudice the prevention or detection of crime.'),
  (13, 'In reaching this decision we considered the public interest in openness about how the force spends public money.'),
  (14, 'We also considered the public interest in the force being able to prevent and detect crime effectively.'),
  (15, 'On balance, the public interest in maintaining the exemption outweighs the public interest in disclosure.'),
  (16, 'The force neither confirms nor denies that it holds any further information relevant to this request.'),
  (17, 'Confirming or denying whether information is held would itself reveal information that is exempt from disclosure.'),
  (18, 'The police service works closely with partner agencies, including local councils, health services and the Crown Prosecution Service.'),
  (19, 'The figures are taken from systems used for policing purposes, which are subject to the inaccuracies of any large recording system.'),
  (20, 'Care should be taken when comparing these figures with those of other forces, which may record information differently.'),
  (21, 'The contract was awarded after a competitive tender, and the contract award notice is published on the Contracts Finder website.'),
  (22, 'Commercially sensitive details, such as unit prices, are withheld because disclosure would be likely to prejudice commercial interests.'),
  (23, 'Officers receive training on this subject during their initial course and attend refresher training every two years.'),
  (24, 'The policy was last reviewed in 2023 and a copy of the current version is attached.'),
  (25, 'We do not hold this information, because it is not something the force is required to record.'),
  (26, 'Records for that period have been destroyed in line with the force retention schedule, so the information is no longer held.'),
  (27, 'The number of complaints includes those resolved informally as well as those formally investigated.'),
  (28, 'Misconduct hearings held in public are announced on the force website, together with their outcomes.'),
  (29, 'The data covers the whole force area, which includes the cities of Birmingham, Coventry and Wolverhampton.'),
  (30, 'Every death or serious injury following police contact is referred to the Independent Office for Police Conduct.'),
  (31, 'Custody records are kept for six years and are reviewed by the custody inspector each month.'),
  (32, 'Speed enforcement is carried out by the safety camera partnership on behalf of the local highway authorities.'),
  (33, 'Collision data is shared with the Department for Transport and published in the national road casualty statistics.'),
  (34, 'Safeguarding referrals are made through the multi-agency safeguarding hub, which is staffed by police, council and health workers.'),
  (35, 'The force spent the amounts shown below, excluding VAT, in each financial year.'),
  (36, 'Vehicles are replaced on a rolling programme, usually after five years or 150,000 miles.'),
  (37, 'Body-worn video footage is kept for thirty one days unless it is needed as evidence.'),
  (38, 'If you are dissatisfied with this response you may ask for an internal review within 40 working days.'),
  (39, 'If you remain dissatisfied after the internal review, you may complain to the Information Commissioner.');

CREATE TEMP TABLE numbers(j INTEGER PRIMARY KEY);
INSERT INTO numbers(j) WITH RECURSIVE n(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM n WHERE j < 40) SELECT j FROM n;

CREATE TEMP TABLE gen AS
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
SELECT i,
       (i * 2654435761) % 4294967296 AS h,
       -- responded: spread evenly from 2019-01-02 to 2026-11-20
       date('2019-01-02', '+' || ((i - 1) * 2879 / 50000) || ' days') AS responded
FROM n;

CREATE TEMP TABLE shape AS
SELECT i, h, responded,
       (h / 3) % 10 AS topic,
       (h / 17) % 6 AS subject,
       CASE WHEN h % 100 < 38 THEN 'GrantedInFull' WHEN h % 100 < 58 THEN 'PartlyGranted' WHEN h % 100 < 66 THEN 'Withheld'
            WHEN h % 100 < 78 THEN 'NotHeld' WHEN h % 100 < 91 THEN 'CostLimit' ELSE 'NeitherConfirmNorDeny' END AS outcome,
       1 + (h / 101) % 5 AS question_count,
       4 + (h / 211) % 27 AS sentence_count,
       h / 7919 AS mix
FROM gen;

CREATE TEMP TABLE keys AS
SELECT i,
       CASE outcome
         WHEN 'PartlyGranted' THEN CASE mix % 3 WHEN 0 THEN '|FOIA s.40(2)|' WHEN 1 THEN '|FOIA s.31(1)|' ELSE '|FOIA s.43(2)|' END
         WHEN 'Withheld' THEN CASE mix % 3 WHEN 0 THEN '|FOIA s.31(1)|FOIA s.40(2)|' WHEN 1 THEN '|FOIA s.24(1)|' ELSE '|FOIA s.30(1)|' END
         WHEN 'CostLimit' THEN '|FOIA s.12|'
         WHEN 'NeitherConfirmNorDeny' THEN CASE mix % 3 WHEN 0 THEN '|FOIA s.23(5)|FOIA s.24(2)|' WHEN 1 THEN '|FOIA s.30(3)|FOIA s.31(3)|' ELSE '|FOIA s.40(5B)|' END
         ELSE '' END AS k
FROM shape;

CREATE TEMP TABLE request_text AS
SELECT s.i, group_concat(nm.j || '. ' || replace(q.t, '{s}', sub.s), char(10)) AS t
FROM shape s
JOIN numbers nm ON nm.j <= s.question_count
JOIN questions q ON q.n = (s.mix + nm.j * 5) % 12
JOIN subjects sub ON sub.k = s.topic AND sub.n = (s.subject + nm.j - 1) % 6
GROUP BY s.i;

-- Sentences in paragraphs of three, separated by a blank line.
CREATE TEMP TABLE response_text AS
SELECT s.i, group_concat(st.t || CASE WHEN nm.j % 3 = 0 THEN char(10) || char(10) ELSE ' ' END, '') AS t
FROM shape s
JOIN numbers nm ON nm.j <= s.sentence_count
JOIN sentences st ON st.n = (s.mix * 7 + nm.j * 13 + s.topic * 3) % 40
GROUP BY s.i;

CREATE TEMP TABLE reason_text AS
SELECT s.i, group_concat(st.t, ' ') AS t
FROM shape s
JOIN numbers nm ON nm.j <= 2 + s.mix % 5
JOIN sentences st ON st.n = 4 + (s.mix + nm.j * 3) % 14
WHERE s.outcome <> 'GrantedInFull'
GROUP BY s.i;

INSERT INTO DisclosureLogEntries (Slug, Title, Reference, RespondedOn, Regime, Topic, Outcome, ExemptionKeys, RequestText,
    ResponseText, ReasonText, FoiRequestId, State, CreatedAtUtc, PublishedAtUtc, UpdatedAtUtc, Version, ConcurrencyStamp, SearchFacets)
SELECT printf('bench-%s-b%05d-%s', replace(lower(sub.s), ' ', '-'), s.i, substr(s.responded, 3, 2)),
       upper(substr(sub.s, 1, 1)) || substr(sub.s, 2) || CASE s.mix % 4 WHEN 0 THEN ' in ' || substr(s.responded, 1, 4) WHEN 1 THEN ' figures' WHEN 2 THEN ' by district' ELSE '' END,
       printf('B%05d/%s', s.i, substr(s.responded, 3, 2)),
       s.responded,
       'Foia',
       t.name,
       s.outcome,
       k.k,
       rq.t,
       trim(rs.t),
       rn.t,
       NULL,
       'Published',
       s.responded || ' 09:00:00',
       date(s.responded, '+3 days') || ' 10:00:00',
       NULL,
       1,
       upper(printf('%08x-0000-4000-8000-%012x', s.h, s.i)),
       'y' || substr(s.responded, 1, 4) || ' t' || hex(t.name) || ' o' || s.outcome
         || coalesce((SELECT group_concat(' x' || hex(part), '') FROM (
              SELECT CASE WHEN instr(substr(k.k, 2), '|') > 0 THEN substr(k.k, 2, instr(substr(k.k, 2), '|') - 1) END AS part
              UNION ALL
              SELECT CASE WHEN length(k.k) - length(replace(k.k, '|', '')) = 3 THEN substr(k.k, instr(substr(k.k, 2), '|') + 2, length(k.k) - instr(substr(k.k, 2), '|') - 2) END
            ) WHERE part IS NOT NULL), '')
FROM shape s
JOIN topics t ON t.k = s.topic
JOIN subjects sub ON sub.k = s.topic AND sub.n = s.subject
JOIN keys k ON k.i = s.i
JOIN request_text rq ON rq.i = s.i
JOIN response_text rs ON rs.i = s.i
LEFT JOIN reason_text rn ON rn.i = s.i
ORDER BY s.i;

COMMIT;
PRAGMA optimize;
