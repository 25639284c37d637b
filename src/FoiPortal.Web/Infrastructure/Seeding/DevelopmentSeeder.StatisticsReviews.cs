using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Regulator;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statistics;
using FoiPortal.Core.Statute;
using FoiPortal.Documents;
using FoiPortal.Web.Pages.Staff.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure.Seeding;

/// <summary>
/// The demo statistics year's decisions, internal reviews (ten: six upheld, two partly upheld, two overturned, one of
/// them completed late), two complaints to the Information Commissioner (one decided, one awaiting a decision) and the
/// published quarters (2026 Q1 and Q2; Q3 is left for a demo manager to publish).
/// </summary>
public sealed partial class DevelopmentSeeder
{
    private static readonly (string Title, string[] Questions)[] YearTopics =
    [
        ("Knife crime in Wolverhampton", ["How many knife crime offences were recorded in Wolverhampton in each year from 2022 to 2025?", "How many of them led to a charge?", "How many knife amnesty bins does the force maintain?"]),
        ("Police vehicle collisions", ["How many collisions involving police vehicles were recorded in 2025?", "How much was paid in compensation for them?", "How many officers were disciplined after one?"]),
        ("Response times", ["What was the average response time to emergency calls in each month of 2025?", "How many emergency calls were answered within 10 seconds?"]),
        ("Drones", ["How many drones does the force operate?", "How many hours were they flown in 2025?", "What did the force spend on drones in 2025?"]),
        ("Hate crime", ["How many hate crimes were recorded in Birmingham in 2025, by strand?", "How many were resolved by a charge or summons?"]),
        ("Officer numbers", ["How many full-time equivalent officers did the force employ on 31 March 2026?", "How many special constables?", "How many police community support officers?"]),
        ("Missing persons", ["How many missing person reports were made in 2025?", "How many concerned children in care?"]),
        ("Fraud reports", ["How many reports of online shopping fraud were received in 2025?", "How many were investigated further?"]),
        ("Cannabis farms", ["How many cannabis farms were found in Walsall in each year from 2023 to 2025?", "How many people were arrested at them?"]),
        ("Police station opening hours", ["Which police station front counters are open to the public, and when?"]),
        ("Facial recognition", ["Has the force used live facial recognition in 2025?", "How many alerts were generated?", "What contracts does the force hold for facial recognition software?"]),
        ("Dog attacks", ["How many reports of dangerous dogs were received in 2025?", "How many dogs were seized?"]),
        ("Anti-social behaviour in Dudley", ["How many anti-social behaviour incidents were recorded in Dudley in 2025, by month?"]),
        ("IT spending", ["What did the force spend on IT contracts in 2025/26?", "Who are its five largest IT suppliers?"]),
    ];

    private static readonly CitationDraft LawEnforcement = new()
    {
        ExemptionKey = "FOIA s.31(1)",
        Paragraphs = ["(a)"],
        Reasons = "The figures at this level of detail would show where the force's resources are and are not deployed.",
        Prejudice = "Offenders could use the detail to avoid detection in the areas and times with the fewest patrols.",
        Likelihood = Likelihood.WouldBeLikelyTo,
        FactorsForDisclosure = "Openness about how the force uses its resources and accountability for public money.",
        FactorsForMaintaining = "The prevention and detection of crime and the safety of the public.",
        PublicInterestConclusion = "The public interest in preventing crime outweighs that in disclosing the detail; the totals are given.",
    };

    private static readonly CitationDraft Commercial = new()
    {
        ExemptionKey = "FOIA s.43(2)",
        Reasons = "The prices are those of live contracts that will be tendered again within the year.",
        Prejudice = "Competitors would learn the suppliers' pricing and the force would get worse value at the next tender.",
        Likelihood = Likelihood.WouldBeLikelyTo,
        FactorsForDisclosure = "Transparency in the spending of public money.",
        FactorsForMaintaining = "Fair competition and value for money in the force's procurement.",
        PublicInterestConclusion = "The public interest favours withholding the unit prices while the contracts are live; the totals are given.",
    };

    private static readonly CitationDraft ThirdPartyPersonalData = new()
    {
        ExemptionKey = "FOIA s.40(2)",
        Paragraphs = ["(3A)(a)"],
        Reasons = "The figures for the smallest groups could identify the people concerned.",
    };

    private static readonly CitationDraft PublishedElsewhere = new()
    {
        ExemptionKey = "FOIA s.21",
        Reasons = "The figures are published on police.uk and in the force's annual report.",
    };

    private static ExemptionDecisionDraft YearDecision(YearCase c, int question)
    {
        var last = question == c.Request.Questions.Count;
        var qualified = c.Index % 2 == 0 ? LawEnforcement : Commercial;
        var (outcome, citation) = c.Outcome switch
        {
            YearOutcome.Partly when !last => (QuestionOutcome.Disclosed, null),
            YearOutcome.Partly => (QuestionOutcome.PartlyDisclosed, c.PublicInterestExtended ? qualified : c.Index % 3 == 0 ? qualified : ThirdPartyPersonalData),
            YearOutcome.Withheld => (QuestionOutcome.Withheld, c.PublicInterestExtended ? qualified : c.Index % 2 == 0 ? PublishedElsewhere : qualified),
            YearOutcome.NotHeld => (QuestionOutcome.NotHeld, null),
            YearOutcome.Cost => (QuestionOutcome.CostLimitExceeded, null),
            YearOutcome.Vexatious => (QuestionOutcome.Vexatious, null),
            YearOutcome.Ncnd => (QuestionOutcome.NeitherConfirmNorDeny, new CitationDraft { ExemptionKey = "FOIA s.23(5)" }),
            _ => (QuestionOutcome.Disclosed, (CitationDraft?)null),
        };
        return new ExemptionDecisionDraft
        {
            QuestionNumber = question,
            Outcome = outcome,
            InformationDescription = outcome == QuestionOutcome.NeitherConfirmNorDeny ? "any information relevant to this question" : null,
            Citations = citation is null ? [] : [citation],
        };
    }

    private async Task SeedStatisticsYearReviewsAsync(List<YearCase> cases, ExemptionCatalogue catalogue, WorkingDayCalendar calendar)
    {
        var officer = DemoStaff[0].Email;
        var manager = DemoStaff[1].Email;
        var reviewable = cases.Where(c => c.Officer == officer && c.Request.Status == RequestStatus.Responded
            && c.SentAt > new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero) && c.SentAt < new DateTimeOffset(2026, 9, 30, 0, 0, 0, TimeSpan.Zero)).ToList();
        var notHeld = reviewable.Where(c => c.Outcome == YearOutcome.NotHeld && c.Request.Questions.Count > 1).ToList();
        var picks = reviewable.Where(c => c.Outcome is YearOutcome.Withheld or YearOutcome.Partly or YearOutcome.Cost).Where((_, i) => i % 5 == 1).Take(6)
            .Select(c => (Case: c, Overturn: 0))
            .Concat(notHeld.Take(2).Select(c => (Case: c, Overturn: 1)))
            .Concat(notHeld.Skip(2).Take(2).Select(c => (Case: c, Overturn: int.MaxValue)))
            .ToList();

        var reviewed = new List<YearCase>();
        foreach (var (c, fromQuestion) in picks)
        {
            var request = c.Request;
            var askedAt = c.SentAt.AddDays(12);
            var review = InternalReview.Ask(request, null, Channel.Email, UkLocalDate.FromInstant(askedAt),
                "I do not accept that the information was withheld or not held: please review the response.", new Dictionary<int, string>(), officer, null, askedAt, calendar);
            db.InternalReviews.Add(review);
            await db.SaveChangesAsync();

            var independence = ReviewIndependence.For(request, []);
            review.Assign(manager, independence, request, manager, askedAt.AddDays(1));
            var originals = await db.ExemptionDecisions.Where(d => d.FoiRequestId == request.Id).ToListAsync();
            var decisions = new ReviewDecisions(review, [], ReviewDecisions.RefusedIn(originals, null, request.Questions.Count));
            // Partly upheld: question 1 upheld, the rest overturned; overturned: every question.
            var overturnFrom = fromQuestion == int.MaxValue ? 1 : fromQuestion == 1 ? 2 : int.MaxValue;
            foreach (var question in request.Questions)
            {
                if (question.Number < overturnFrom)
                {
                    review.RecordFinding(question.Number, ReviewFinding.Upheld, "The original response applied the Act correctly and the search was adequate.", manager, independence);
                    continue;
                }

                review.RecordFinding(question.Number, ReviewFinding.Overturned, "A further search of the departmental records found the information.", manager, independence);
                db.ExemptionDecisions.Add(review.RecordDecision(
                    decisions, new ExemptionDecisionDraft { QuestionNumber = question.Number, Outcome = QuestionOutcome.Disclosed },
                    "The further search found 14 records; the figures are in the table attached to this letter.", catalogue, manager, independence, request, askedAt.AddDays(8)));
            }

            await db.SaveChangesAsync();
            // Within 20 working days, except one completed on the 26th (within the 40 the code allows).
            var closedOn = calendar.AddWorkingDays(UkLocalDate.FromInstant(askedAt), reviewed.Count == 3 ? 26 : 9 + reviewed.Count);
            var closedAt = At(closedOn, 11, 0);
            var facts = (await ReviewLetter.LoadAsync(db, review.Id, catalogue, authority.Value, CancellationToken.None))!;
            var pdf = PdfRenderer.Render(ReviewLetter.Compose(facts, authority.Value, closedOn));
            review.Close(request, manager, closedAt, [], pdf, decisions);
            await db.SaveChangesAsync();
            reviewed.Add(c);
        }

        // Two complaints to the Information Commissioner after upheld reviews: one decided (not upheld), one awaiting.
        for (var i = 0; i < Math.Min(2, reviewed.Count); i++)
        {
            var request = reviewed[i].Request;
            var toldOn = i == 0 ? new DateOnly(2026, 6, 15) : new DateOnly(2026, 11, 9);
            var complaint = RegulatorComplaint.Record(request, [], $"IC-{2026_0100 + i}-S7A7", toldOn, officer, At(toldOn, 10, 0));
            db.RegulatorComplaints.Add(complaint);
            if (i == 0)
            {
                var noticeOn = new DateOnly(2026, 9, 21);
                complaint.RecordDecisionNotice(request, DecisionOutcome.NotUpheld, complaint.CaseReference, noticeOn, null, null, officer, At(noticeOn, 14, 0));
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>2026 Q1 and Q2 as a manager published them (all regimes, and each regime); Q3 is left for the demo.</summary>
    private async Task PublishDemoQuartersAsync(ICalendarSource calendarSource)
    {
        var today = UkLocalDate.FromInstant(time.GetUtcNow());
        foreach (var (quarter, publishedOn) in new[] { (1, new DateOnly(2026, 4, 14)), (2, new DateOnly(2026, 7, 14)) })
        {
            if (await db.PublishedQuarters.AnyAsync(p => p.Year == 2026 && p.Quarter == quarter))
            {
                continue;
            }

            var sets = new List<StatisticsFigures>();
            foreach (var regime in PublishedFigures.Regimes)
            {
                sets.Add(await StatisticsQuery.FiguresAsync(db, calendarSource, StatisticsPeriod.Quarter(2026, quarter), regime, today, CancellationToken.None));
            }

            db.PublishedQuarters.Add(PublishedQuarter.Publish(2026, quarter, null, null, PublishedFigures.Of(sets), DemoStaff[1].Email, At(publishedOn, 10, 0)));
        }

        await db.SaveChangesAsync();
    }
}
