using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using FoiPortal.Core.Statute;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure.Seeding;

/// <summary>
/// Demo data for Development (or when <c>Seed:Enabled</c>; never in Production): one staff account per role and a
/// handful of requests, among them the seed's "Online Grooming" request (62A/23). Idempotent: safe on every start.
/// </summary>
public sealed partial class DevelopmentSeeder(
    FoiDbContext db,
    UserManager<StaffUser> users,
    RoleManager<IdentityRole> roles,
    TimeProvider time,
    IExemptionCatalogueSource catalogues,
    Microsoft.Extensions.Options.IOptions<AuthorityOptions> authority,
    ILogger<DevelopmentSeeder> logger)
{
    public const string GroomingReference = "62A/23";

    /// <summary>Why the five questions of 62A/23 are costed together (SI 2004/3244 reg 5(2)(a)); the letter quotes it.</summary>
    public const string GroomingSameOrSimilarReason =
        "all five questions ask about the same recorded offences of online grooming (Sexual Communication with a Child) from 2017 to 2022, held in the same crime records";

    /// <summary>A second s.12 refusal waiting for sign-off, aggregated (reg 5) with <see cref="AggregatedPartnerReference"/>.</summary>
    public const string AggregatedRefusalReference = "FOI/DEMO/00005";

    public const string AggregatedPartnerReference = "FOI/DEMO/00006";

    /// <summary>A fixed tracking link for the demo case so the requester's view can be shown: /track/{this}.</summary>
    public const string GroomingDemoToken = "Demo-62A-23-online-grooming-tracking-link01";

    public static readonly IReadOnlyList<(string Email, string Name, string Role)> DemoStaff =
    [
        ("officer@foiportal.test", "Olivia Officer", StaffRoles.Officer),
        ("manager@foiportal.test", "Manoj Manager", StaffRoles.Manager),
        ("admin@foiportal.test", "Ada Admin", StaffRoles.Admin),
    ];

    public async Task SeedAsync(string demoPassword)
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        foreach (var (email, name, role) in DemoStaff)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
            var result = await users.CreateAsync(user, demoPassword);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Could not create demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, role);
        }

        if (!await db.Requests.AnyAsync(r => r.Reference == GroomingReference))
        {
            var calendar = WorkingDayCalendar.ForRegime(Regime.Foia);
            db.Requests.Add(OnlineGrooming(calendar));
            foreach (var sample in SampleRequests(calendar, time.GetUtcNow()))
            {
                db.Requests.Add(sample);
            }

            await db.SaveChangesAsync();
            logger.LogInformation("Seeded demo staff accounts and sample requests");
        }

        await SeedGroomingCostsAsync();
        await SeedGroomingExemptionsAsync();
        await SeedAggregatedRefusalAsync();
        await SeedGroomingResponseAsync();
        await SeedDraftResponseAsync();
        await SeedAwaitingSignOffAsync();
        await SeedDisclosureLogAsync();
        await SeedRegulatorComplaintAsync();
        await SeedReviewsAsync();
        await SeedNotesAsync();
        await SeedQuestionsAsync();
        await SeedHistoryAsync();
        await SeedConsultationsAsync();
        await SeedRetentionHoldAsync();
    }

    /// <summary>The appropriate limit for this authority (configuration <c>Authority:Type</c>: £450 or £600 under FOIA).</summary>
    private AppropriateLimit LimitFor(Regime regime) => Pages.Staff.Cases.Costs.CostLimits.For(regime, authority.Value);

    /// <summary>
    /// Two requests from one requester a few days apart, for the same kind of information (body-worn video): 12.0 and 10.0
    /// hours, each within the 18-hour limit but 22.0 hours together. The officer has aggregated them (SI 2004/3244 reg 5) and
    /// refused the first under s.12; the refusal waits for a manager, so the sign-off queue always has work in the demo.
    /// </summary>
    private async Task SeedAggregatedRefusalAsync()
    {
        if (await db.Requests.AnyAsync(r => r.Reference == AggregatedRefusalReference))
        {
            return;
        }

        var calendar = WorkingDayCalendar.ForRegime(Regime.Foia);
        var now = time.GetUtcNow();
        var officer = DemoStaff[0].Email;
        FoiRequest Make(string reference, string title, string questions, int daysAgo)
        {
            var received = now.AddDays(-daysAgo);
            var request = FoiRequest.Submit(
                // An owned value is never shared between two requests.
                reference, new Requester("Demo Requester 5", "requester5@example.org", null), title, QuestionParser.Parse(questions), PreferredFormat.Email, Channel.Web, received, calendar, TrackingToken.Create().Hash);
            request.StartWork(officer, received.AddHours(2));
            return request;
        }

        var first = Make(
            AggregatedRefusalReference,
            "Body-worn video: incidents recorded",
            "1. In how many incidents in 2025 was body-worn video recorded?\n2. In how many of them was the footage later used as evidence?",
            8);
        var second = Make(
            AggregatedPartnerReference,
            "Body-worn video: footage deleted",
            "How many body-worn video recordings made in 2025 were deleted without being viewed?",
            5);
        db.Requests.AddRange(first, second);
        await db.SaveChangesAsync();

        var firstEstimate = new CostEstimate(first.Id, first.Regime);
        firstEstimate.AddLine(new CostLineInput(1, CostActivity.Locating, "Search of each month's incident logs for a body-worn video flag", 12, UnitKind.Other, 20,
            Evidence: "Timed search of the January 2025 logs: 20 minutes"));
        firstEstimate.AddLine(new CostLineInput(2, CostActivity.Extracting, "Manual check of the case file of each incident with footage for its use as evidence", 160, UnitKind.Files, 3, 2, 5,
            Evidence: "Sampling exercise: 10 case files took 30 minutes"));
        var secondEstimate = new CostEstimate(second.Id, second.Regime);
        secondEstimate.AddLine(new CostLineInput(1, CostActivity.Extracting, "Audit trail of each camera's storage, exported and read by hand", 120, UnitKind.Other, 5,
            Evidence: "Timed export of one camera's audit trail: 5 minutes"));
        db.CostEstimates.AddRange(firstEstimate, secondEstimate);

        var aggregatedAt = now.AddDays(-1);
        db.CostAggregationLinks.Add(new CostAggregationLink(
            first.Id, second.Id, AggregationGround.SameRequester, "Both ask about body-worn video recordings made in 2025 and are answered from the same logs.",
            null, officer, aggregatedAt.UtcDateTime));
        first.RecordCaseWork("Aggregated", $"Aggregated with {second.Reference} for the cost limit (regulation 5)", officer, aggregatedAt);
        second.RecordCaseWork("Aggregated", $"Aggregated with {first.Reference} for the cost limit (regulation 5)", officer, aggregatedAt);

        var limit = LimitFor(first.Regime);
        var combined = new AggregatedCostEstimate([new(first.Reference, firstEstimate), new(second.Reference, secondEstimate)]);
        if (!combined.ExceedsLimit(limit))
        {
            // Under a £600 limit (24 hours) the 22 hours are within it: the demo shows the aggregation without a refusal.
            await db.SaveChangesAsync();
            return;
        }

        var advice = CostAdvice.Suggest(firstEstimate, limit, combined, first.Reference);
        var paragraphs = advice.SuggestedWording;
        var wording = CostRefusalWording.Compose(firstEstimate, limit, advice, goodwillDisclosure: false, combined).ToPlainText();
        var decidedAt = now.AddHours(-20);
        var decision = new CostDecision(
            first.Id, CostOutcome.RefuseSection12, goodwillDisclosure: false, string.Join("\n\n", paragraphs), wording,
            limit.Amount, limit.MaxMinutes, combined.TotalMinutes, officer, decidedAt.UtcDateTime);
        db.CostDecisions.Add(decision);
        first.SubmitForSignOff(officer, decidedAt, await SignOffStatus.LoadAsync(db, first.Id, CancellationToken.None, decision));
        await db.SaveChangesAsync();
        logger.LogInformation("Seeded the aggregated s.12 refusal of {Reference}", AggregatedRefusalReference);
    }

    /// <summary>
    /// The seed's "Reason for decision": question 4 needs a manual check of each of 720 records (5 to 30 minutes, 15 on
    /// average): 180 hours against 18, so the whole request is refused under s.12 with goodwill disclosure; it goes for
    /// sign-off with the exemption decisions. Runs once: skipped when the case already has an estimate.
    /// </summary>
    private async Task SeedGroomingCostsAsync()
    {
        var request = await db.Requests.Include(r => r.Questions).SingleAsync(r => r.Reference == GroomingReference);
        if (await db.CostEstimates.AnyAsync(e => e.FoiRequestId == request.Id) || request.Status != RequestStatus.InProgress)
        {
            return;
        }

        var estimate = new CostEstimate(request.Id, request.Regime);
        estimate.AddLine(new CostLineInput(1, CostActivity.Extracting, "Crime system search for Sexual Communication with a Child offences, one search per year", 6, UnitKind.Years, 10,
            Evidence: "Timed search of the crime system for 2022: 10 minutes"));
        estimate.AddLine(new CostLineInput(2, CostActivity.Extracting, "Victim age and gender from the structured fields of the crime records, one report per year", 6, UnitKind.Years, 15,
            Evidence: "Timed report for 2022: 15 minutes"));
        estimate.AddLine(new CostLineInput(3, CostActivity.Extracting, "Method of communication where recorded in the structured 'method' field, one report per year", 6, UnitKind.Years, 20,
            Evidence: "Timed report for 2022: 20 minutes; the field is completed in only some records"));
        estimate.AddLine(new CostLineInput(4, CostActivity.Extracting, "Manual review of each crime record for arrests, charges and court outcomes", 720, UnitKind.Records, 15, 5, 30,
            Evidence: "Sampling exercise: 20 records took 300 minutes (between 5 and 30 minutes each)"));
        // SI 2004/3244 reg 5(2)(a): each question is a request in its own right; all five are costed together because they
        // concern the same information, and the letter says so.
        estimate.RecordSameOrSimilar(
            Enumerable.Range(1, request.Questions.Count), GroomingSameOrSimilarReason, request.Questions.Count);
        db.CostEstimates.Add(estimate);

        var officer = DemoStaff[0].Email;
        var limit = LimitFor(request.Regime);
        var advice = CostAdvice.Suggest(estimate, limit);
        var wording = CostRefusalWording.Compose(estimate, limit, advice, goodwillDisclosure: true, questionCount: request.Questions.Count).ToPlainText();
        var decidedAt = new DateTimeOffset(2023, 2, 20, 11, 0, 0, TimeSpan.Zero);
        db.CostDecisions.Add(new CostDecision(
            request.Id, CostOutcome.RefuseSection12, goodwillDisclosure: true, string.Join("\n\n", advice.SuggestedWording), wording,
            limit.Amount, limit.MaxMinutes, estimate.TotalMinutes, officer, decidedAt.UtcDateTime));
        await db.SaveChangesAsync();
        logger.LogInformation("Seeded the cost estimate and s.12 refusal of {Reference}", GroomingReference);
    }

    /// <summary>
    /// The seed's Response: alongside the s.12 refusal, "West Midlands Police will neither confirm nor deny that it holds
    /// any other information relevant to this request" under s.23(5): absolute, so no public interest test. One NCND
    /// decision per question; every NCND needs sign-off, so the case waits for both parts. Runs once.
    /// </summary>
    private async Task SeedGroomingExemptionsAsync()
    {
        var request = await db.Requests.Include(r => r.Questions).SingleAsync(r => r.Reference == GroomingReference);
        if (await db.ExemptionDecisions.AnyAsync(d => d.FoiRequestId == request.Id)
            || request.Status is not (RequestStatus.InProgress or RequestStatus.AwaitingSignOff))
        {
            return;
        }

        var officer = DemoStaff[0].Email;
        var decidedAt = new DateTimeOffset(2023, 2, 20, 11, 5, 0, TimeSpan.Zero);
        var catalogue = await catalogues.GetAsync(CancellationToken.None);
        foreach (var question in request.Questions.OrderBy(q => q.Number))
        {
            var decision = ExemptionDecision.Record(
                request.Id,
                new ExemptionDecisionDraft
                {
                    QuestionNumber = question.Number,
                    Outcome = QuestionOutcome.NeitherConfirmNorDeny,
                    InformationDescription = "any other information relevant to this question",
                    Citations = [new CitationDraft { ExemptionKey = "FOIA s.23(5)" }],
                },
                request.Regime,
                catalogue,
                officer,
                decidedAt.UtcDateTime);
            db.ExemptionDecisions.Add(decision);
            request.RecordCaseWork("ExemptionDecisionRecorded", $"Question {question.Number}: neither confirm nor deny: section 23(5)", officer, decidedAt);
        }

        await db.SaveChangesAsync();
        if (request.Status == RequestStatus.InProgress)
        {
            request.SubmitForSignOff(officer, decidedAt, await SignOffStatus.LoadAsync(db, request.Id, CancellationToken.None));
            await db.SaveChangesAsync();
        }

        logger.LogInformation("Seeded the s.23(5) neither-confirm-nor-deny decisions of {Reference}", GroomingReference);
    }

    /// <summary>The seed case (West Midlands Police disclosure log, "Online Grooming (62A/23)"). The requester is fictional.</summary>
    private static FoiRequest OnlineGrooming(WorkingDayCalendar calendar)
    {
        var received = new DateTimeOffset(2023, 1, 30, 10, 12, 0, TimeSpan.Zero);
        var request = FoiRequest.Submit(
            GroomingReference,
            new Requester("Sam Example", "sam.example@example.org", null),
            "Online Grooming",
            [
                "The total number of online grooming cases (Sexual Communication with a Child offences) recorded in 2022, 2021, 2020, 2019, 2018, 2017.",
                "The age of the victims in these cases each year and the proportion of the victims that identified themselves as each gender category, where these details were recorded.",
                "The methods, social media platforms and websites used in these offences each year where the means of communication was known/recorded. Ideally broken down as percentages, such as Snapchat was used in 30% of offences, Facebook was used in 17%.",
                "How many people were arrested in relation to these crimes in each year, how many were found guilty and sentenced and how many are still ongoing",
                "How many websites or other means of communication were taken down in each year in relation to these offences.",
            ],
            PreferredFormat.Email,
            Channel.Web,
            received,
            calendar,
            TrackingToken.Hash(GroomingDemoToken));
        request.StartWork(DemoStaff[0].Email, received.AddHours(3));
        return request;
    }

    private static IEnumerable<FoiRequest> SampleRequests(WorkingDayCalendar calendar, DateTimeOffset now)
    {
        var samples = new (string Reference, string Title, string Question, int DaysAgo, bool Started)[]
        {
            ("FOI/DEMO/00001", "Speed cameras on the A38", "How many speeding offences were detected by each fixed speed camera on the A38 in 2025?", 1, false),
            ("FOI/DEMO/00002", "Police vehicle fleet", "1. How many marked police vehicles does the force operate?\n2. How many of them are electric?", 12, true),
            ("FOI/DEMO/00003", "Stop and search figures", "How many stop and searches were carried out in Birmingham city centre in each month of 2025?", 24, true),
            ("FOI/DEMO/00004", "Overtime spending", "What was the total spent on police officer overtime in the financial year 2024/25?", 33, true),
        };
        var number = 0;
        foreach (var (reference, title, question, daysAgo, started) in samples)
        {
            number++;
            var received = now.AddDays(-daysAgo);
            var request = FoiRequest.Submit(
                reference,
                new Requester($"Demo Requester {number}", $"requester{number}@example.org", null),
                title,
                QuestionParser.Parse(question),
                PreferredFormat.Email,
                Channel.Web,
                received,
                calendar,
                TrackingToken.Create().Hash);
            if (started)
            {
                request.StartWork(DemoStaff[0].Email, received.AddHours(2));
            }

            yield return request;
        }
    }
}
