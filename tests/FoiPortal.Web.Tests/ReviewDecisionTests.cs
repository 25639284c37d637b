using System.Net;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Staff;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Tests;

/// <summary>
/// Issue 14: a refusal not upheld on review gets a new decision with the first response's forms, rules and sign-off.
/// Each case: one question, withheld by the officer, answered Mon 3 Mar 2031, its review asked for Mon 10 Mar 2031
/// (the fixed clock's today). The officer handled it; for the NCND case the manager signed its decision off. A second
/// officer (the reviewer) and a second manager (sign-off on review) took no part.
/// </summary>
public sealed class ReviewDecisionTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    private const string Officer = "officer@foiportal.test";
    private const string Manager = "manager@foiportal.test";
    private const string ReviewOfficer = "reviewer@foiportal.test";
    private const string SecondManager = "manager2@foiportal.test";
    private const string Password = "Demo-Passw0rd-2026";
    private static readonly DateTimeOffset Sent = new(2031, 3, 3, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A responded case whose question 1 was withheld under s.31(1) (no sign-off needed), or NCND under s.23(5) signed off by the manager.</summary>
    private async Task<(int RequestId, string Token, int ReviewId)> RefusedAndReviewedAsync(string reference, bool ncndSignedOffByManager = false)
    {
        var (id, token) = await portal.AddReceivedAsync(reference, Sent.AddDays(-20), r => r.StartWork(Officer, Sent.AddDays(-20)));
        var reviewId = await portal.WithDbAsync(async db =>
        {
            var request = await db.Requests.Include(r => r.Questions).Include(r => r.ClockEvents).Include(r => r.Events).SingleAsync(r => r.Id == id);
            var draft = ncndSignedOffByManager
                ? new ExemptionDecisionDraft { QuestionNumber = 1, Outcome = QuestionOutcome.NeitherConfirmNorDeny, Citations = [new CitationDraft { ExemptionKey = "FOIA s.23(5)" }] }
                : new ExemptionDecisionDraft
                {
                    QuestionNumber = 1,
                    Outcome = QuestionOutcome.Withheld,
                    Citations = [new CitationDraft { ExemptionKey = "FOIA s.31(1)", Prejudice = "Offenders would adapt.", Likelihood = Likelihood.Would, FactorsForDisclosure = "Openness.", FactorsForMaintaining = "Effective policing.", PublicInterestConclusion = "Maintain." }],
                };
            var original = ExemptionDecision.Record(id, draft, Regime.Foia, ExemptionCatalogue.CreateDefault(), Officer, Sent.AddDays(-5).UtcDateTime);
            db.ExemptionDecisions.Add(original);
            if (ncndSignedOffByManager)
            {
                var signOffs = new CaseSignOffs(id, null, [original]);
                request.SubmitForSignOff(Officer, Sent.AddDays(-4), signOffs);
                request.RecordApproval(new SignOffReviewer(Manager, true), Sent.AddDays(-3), signOffs, SignOffPart.ExemptionDecisions);
            }

            request.RecordResponseSent(Officer, Sent);
            var review = InternalReview.Ask(request, null, Channel.Email, new DateOnly(2031, 3, 10), "You withheld the figure.", new Dictionary<int, string>(), Officer, null, FixedClockPortal.Now, WorkingDayCalendar.UnitedKingdom());
            db.InternalReviews.Add(review);
            await db.SaveChangesAsync();
            review.Assign(ReviewOfficer, ReviewIndependence.For(request, [original]), request, Officer, FixedClockPortal.Now);
            await db.SaveChangesAsync();
            return review.Id;
        });
        return (id, token, reviewId);
    }

    private async Task EnsureStaffAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        foreach (var (email, name, role) in new[] { (ReviewOfficer, "Rita Reviewer", StaffRoles.Officer), (SecondManager, "Mo Manager", StaffRoles.Manager) })
        {
            if (await users.FindByEmailAsync(email) is null)
            {
                var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
                Assert.True((await users.CreateAsync(user, Password)).Succeeded);
                await users.AddToRoleAsync(user, role);
            }
        }
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        await EnsureStaffAsync();
        var client = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, email);
        return client;
    }

    private static async Task Overturn(HttpClient reviewer, int reviewId)
    {
        var saved = await Html.PostFormAsync(reviewer, await Html.GetAsync(reviewer, $"/staff/reviews/{reviewId}/outcome"), new Dictionary<string, string>
        {
            ["Data.Findings[0].Outcome"] = "Overturned",
            ["Data.Findings[0].Reasons"] = "Yearly totals would not help offenders.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        // A refusal not upheld: the reviewer is taken to the new decision.
        Assert.Equal($"/staff/reviews/{reviewId}/decisions/1", saved.Headers.Location!.OriginalString);
    }

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, AngleSharp.Dom.IDocument page, int reviewId, Dictionary<string, string> values) =>
        Html.PostFormAsync(client, page, values, $"/staff/reviews/{reviewId}/decisions/1");

    [Fact]
    public async Task Send_OverturnedRefusalWithoutANewDecision_IsRefused()
    {
        var (_, _, reviewId) = await RefusedAndReviewedAsync("RD/1");
        var reviewer = await SignedInAsync(ReviewOfficer);
        await Overturn(reviewer, reviewId);

        var send = await Html.GetAsync(reviewer, $"/staff/reviews/{reviewId}/send");
        var forced = await Html.PostFormAsync(reviewer, await Html.GetAsync(reviewer, $"/staff/reviews/{reviewId}"), new Dictionary<string, string>(), $"/staff/reviews/{reviewId}/send");

        Assert.Contains("Record the new decision on question 1: the review did not uphold its refusal.", send.QuerySelector("#send-problems")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forced.StatusCode);
        Assert.Equal(["Record the new decision on question 1: the review did not uphold its refusal."], Html.ErrorSummary(await Html.ParseAsync(forced)));
    }

    [Fact]
    public async Task Post_DisclosedWithoutTheInformationReleased_ShowsTheErrorSummary()
    {
        var (_, _, reviewId) = await RefusedAndReviewedAsync("RD/2");
        var reviewer = await SignedInAsync(ReviewOfficer);
        await Overturn(reviewer, reviewId);
        var page = await Html.GetAsync(reviewer, $"/staff/reviews/{reviewId}/decisions/1");

        var refused = await DecideAsync(reviewer, page, reviewId, new Dictionary<string, string> { ["Data.Outcome"] = "Disclosed" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var shown = await Html.ParseAsync(refused);
        Assert.Equal(["Enter the information now released on question 1"], Html.ErrorSummary(shown));
        Assert.Equal(["#Data_Released"], Html.ErrorSummaryLinks(shown));
    }

    [Fact]
    public async Task Post_WithheldWithoutAnExemption_IsRefusedByTheFirstResponsesRules()
    {
        var (_, _, reviewId) = await RefusedAndReviewedAsync("RD/3");
        var reviewer = await SignedInAsync(ReviewOfficer);
        await Overturn(reviewer, reviewId);
        var page = await Html.GetAsync(reviewer, $"/staff/reviews/{reviewId}/decisions/1");

        var refused = await DecideAsync(reviewer, page, reviewId, new Dictionary<string, string> { ["Data.Outcome"] = "Withheld" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Choose the exemption you are relying on"], Html.ErrorSummary(await Html.ParseAsync(refused)));
    }

    [Fact]
    public async Task Post_ByTheOfficerWhoHandledTheCase_IsRefusedSayingWhy()
    {
        var (_, _, reviewId) = await RefusedAndReviewedAsync("RD/4");
        var reviewer = await SignedInAsync(ReviewOfficer);
        await Overturn(reviewer, reviewId);
        var officer = await SignedInAsync(Officer);
        var page = await Html.GetAsync(officer, $"/staff/reviews/{reviewId}/decisions/1");

        var refused = await DecideAsync(officer, page, reviewId, new Dictionary<string, string> { ["Data.Outcome"] = "Disclosed", ["Data.Released"] = "12." });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith($"{Officer} cannot review this case because they handled the original request.", Assert.Single(Html.ErrorSummary(await Html.ParseAsync(refused))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disclosed_KeepsTheOriginalOnRecord_AndTheLetterAndTheEmailCarryTheReleasedInformation()
    {
        var (requestId, token, reviewId) = await RefusedAndReviewedAsync("RD/5");
        var reviewer = await SignedInAsync(ReviewOfficer);
        await Overturn(reviewer, reviewId);

        await InternalReviewTests.ReleaseAsync(reviewer, reviewId, "There were 12 offences in 2030.");
        var send = await Html.GetAsync(reviewer, $"/staff/reviews/{reviewId}/send");
        var sent = await Html.PostFormAsync(reviewer, send, new Dictionary<string, string>());

        Assert.Contains("Our new decision on this question: disclosed in full.", send.QuerySelector("#letter-preview")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        // The original stays; the review's decision is a row of its own, hidden from the case's own decisions.
        var (originals, all) = await portal.WithDbAsync(async db => (
            await db.ExemptionDecisions.Where(d => d.FoiRequestId == requestId).Select(d => d.Outcome).ToListAsync(),
            await db.ExemptionDecisions.IgnoreQueryFilters([ReviewDecisions.OriginalOnlyFilter]).Where(d => d.FoiRequestId == requestId).OrderBy(d => d.Id).Select(d => new { d.Outcome, d.InternalReviewId }).ToListAsync()));
        Assert.Equal([QuestionOutcome.Withheld], originals);
        Assert.Equal([(QuestionOutcome.Withheld, (int?)null), (QuestionOutcome.Disclosed, (int?)reviewId)], all.Select(d => (d.Outcome, d.InternalReviewId)));
        var letter = await Html.GetAsync(portal.CreateBrowserLikeClient(), $"/track/{token}/review/outcome");
        Assert.Contains("There were 12 offences in 2030.", letter.QuerySelector("#outcome-letter")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_TheOutcomeEmail_CarriesTheOutcomeLetterPdf()
    {
        var (_, _, reviewId) = await RefusedAndReviewedAsync("RD/6");
        var reviewer = await SignedInAsync(ReviewOfficer);
        await Overturn(reviewer, reviewId);
        await InternalReviewTests.ReleaseAsync(reviewer, reviewId, "There were 12 offences in 2030.");

        var sent = await Html.PostFormAsync(reviewer, await Html.GetAsync(reviewer, $"/staff/reviews/{reviewId}/send"), new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var (email, pdf) = await portal.WithDbAsync(async db =>
        {
            var queued = await db.OutboundEmails.AsNoTracking().Include(e => e.Attachments).SingleAsync(e => e.Subject == "The outcome of your internal review: RD/6");
            return (queued, await db.InternalReviews.Where(v => v.Id == reviewId).Select(v => v.OutcomeLetterPdf!).SingleAsync());
        });
        Assert.Equal(reviewId, Assert.Single(email.Attachments).InternalReviewId);
        var files = await portal.WithDbAsync(db => OutboxMessage.LoadAttachmentsAsync(db, email, CancellationToken.None));
        var file = Assert.Single(files);
        Assert.Equal(("RD-6-review-outcome.pdf", "application/pdf"), (file.FileName, file.ContentType));
        Assert.Equal(pdf, file.Content);
        // The message the dispatcher sends has the PDF as an attachment part.
        var message = OutboxMessage.Build(email, files, portal.Services.GetRequiredService<IOptions<MailOptions>>().Value);
        var part = Assert.Single(message.Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal(("RD-6-review-outcome.pdf", "application/pdf"), (part.FileName, part.ContentType.MimeType));
    }

    [Fact]
    public async Task SignOff_NcndOnReview_NeedsAManagerWhoTookNoPart_ThenTheLetterGoes()
    {
        var (_, _, reviewId) = await RefusedAndReviewedAsync("RD/7", ncndSignedOffByManager: true);
        var reviewer = await SignedInAsync(ReviewOfficer);
        var saved = await Html.PostFormAsync(reviewer, await Html.GetAsync(reviewer, $"/staff/reviews/{reviewId}/outcome"), new Dictionary<string, string>
        {
            ["Data.Findings[0].Outcome"] = "PartlyUpheld",
            ["Data.Findings[0].Reasons"] = "Section 23(5) applies, but section 24(2) should also have been cited in the alternative.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var decided = await DecideAsync(reviewer, await Html.GetAsync(reviewer, $"/staff/reviews/{reviewId}/decisions/1"), reviewId, new Dictionary<string, string>
        {
            ["Data.Outcome"] = "NeitherConfirmNorDeny",
            ["Data.Citations[0].ExemptionKey"] = "FOIA s.23(5)",
            ["Data.Citations[1].ExemptionKey"] = "FOIA s.24(2)",
            ["Data.Citations[1].FactorsForDisclosure"] = "Openness.",
            ["Data.Citations[1].FactorsForMaintaining"] = "National security.",
            ["Data.Citations[1].PublicInterestConclusion"] = "Maintain.",
            ["Data.CitedInTheAlternative"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var blocked = await Html.GetAsync(reviewer, $"/staff/reviews/{reviewId}/send");

        var byTheOriginalManager = await SignOffAsync(await SignedInAsync(Manager), reviewId);
        var byTheReviewer = await SignOffAsync(reviewer, reviewId);
        var bySecondManager = await SignOffAsync(await SignedInAsync(SecondManager), reviewId);
        var sent = await Html.PostFormAsync(reviewer, await Html.GetAsync(reviewer, $"/staff/reviews/{reviewId}/send"), new Dictionary<string, string>());

        Assert.Contains("A manager must sign off the new decision on question 1.", blocked.QuerySelector("#send-problems")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, byTheOriginalManager.StatusCode);
        Assert.StartsWith($"{Manager} cannot sign off the review's decisions because they signed off its original decisions.", Assert.Single(Html.ErrorSummary(await Html.ParseAsync(byTheOriginalManager))), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byTheReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, bySecondManager.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(ReviewStatus.Closed, await portal.WithDbAsync(db => db.InternalReviews.Where(v => v.Id == reviewId).Select(v => v.Status).SingleAsync()));
    }

    [Fact]
    public async Task PartlyDisclosedOnReview_TheLetterCitesTheProvisionToTheParagraph_WithTheS17Reasons_NeverTheCatalogueKey()
    {
        var (_, _, reviewId) = await RefusedAndReviewedAsync("RD/8");
        var reviewer = await SignedInAsync(ReviewOfficer);
        await Overturn(reviewer, reviewId);
        var form = await Html.GetAsync(reviewer, $"/staff/reviews/{reviewId}/decisions/1");

        var decided = await DecideAsync(reviewer, form, reviewId, new Dictionary<string, string>
        {
            ["Data.Outcome"] = "PartlyDisclosed",
            ["Data.Released"] = "There were 12 offences in 2030.",
            ["Data.InformationDescription"] = "the locations of the offences",
            ["Data.Citations[0].ExemptionKey"] = "FOIA s.31(1)",
            ["Data.Citations[0].Paragraphs"] = "(a)",
            ["Data.Citations[0].Prejudice"] = "Naming the streets would show offenders where patrols are thin.",
            ["Data.Citations[0].Likelihood"] = "WouldBeLikelyTo",
            ["Data.Citations[0].FactorsForDisclosure"] = "Openness about crime in the area.",
            ["Data.Citations[0].FactorsForMaintaining"] = "Preventing crime.",
            ["Data.Citations[0].PublicInterestConclusion"] = "The balance favours withholding the locations.",
        });
        var again = await Html.GetAsync(reviewer, $"/staff/reviews/{reviewId}/decisions/1");
        var letter = (await Html.GetAsync(reviewer, $"/staff/reviews/{reviewId}/send")).QuerySelector("#letter-preview")!.TextContent;

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        // The review's form offers the paragraphs as the first response's does, and shows the ones chosen.
        Assert.NotNull(form.QuerySelector("input[type=checkbox][name='Data.Citations[0].Paragraphs'][value='(a)']"));
        Assert.NotNull(again.QuerySelector("input[type=checkbox][name='Data.Citations[0].Paragraphs'][value='(a)'][checked]"));
        // FOIA s.17(1)(b) and (c), s.17(3): the provision as the letter cites it, why it applies, and the public interest.
        Assert.Contains("Our new decision on this question: partly disclosed: section 31(1)(a).", letter, StringComparison.Ordinal);
        Assert.Contains("withholding the locations of the offences under section 31(1)(a) (Law enforcement) of the Freedom of Information Act 2000", letter, StringComparison.Ordinal);
        Assert.Contains("Naming the streets would show offenders where patrols are thin.", letter, StringComparison.Ordinal);
        Assert.Contains("The balance favours withholding the locations.", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("FOIA s.31", letter, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SignOffAsync(HttpClient client, int reviewId)
    {
        var page = await Html.GetAsync(client, $"/staff/reviews/{reviewId}/sign-off");
        return await Html.PostFormAsync(client, page, new Dictionary<string, string>(), $"/staff/reviews/{reviewId}/sign-off?handler=Approve");
    }
}
