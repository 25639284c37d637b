using System.Net;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FoiPortal.Web.Tests;

/// <summary>
/// Internal reviews (issue 14), today Mon 10 Mar 2031. Hand-counted: a review received today is due on Tue 8 Apr 2031
/// (St Patrick's Day, Mon 17 Mar, is skipped; Good Friday is 11 Apr, after it). A response sent Mon 3 Mar 2031 can be
/// reviewed until Thu 1 May 2031; one sent Fri 3 Jan 2031 until Fri 28 Feb 2031.
/// </summary>
public sealed class InternalReviewTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    private const string Officer = "officer@foiportal.test";
    private const string Manager = "manager@foiportal.test";

    private Task<(int Id, string Token)> RespondedAsync(string reference, DateTimeOffset sentAt) =>
        portal.AddReceivedAsync(reference, sentAt.AddDays(-20), r =>
        {
            r.StartWork(Officer, sentAt.AddDays(-20));
            r.RecordResponseSent(Officer, sentAt);
        });

    private static readonly DateTimeOffset SentLastWeek = new(2031, 3, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SentInJanuary = new(2031, 1, 3, 12, 0, 0, TimeSpan.Zero);

    private static async Task<HttpResponseMessage> AskAsync(HttpClient client, string token, string grounds)
    {
        var form = await Html.GetAsync(client, $"/track/{token}/review");
        var check = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Grounds"] = grounds, ["Data.QuestionGrounds[0]"] = "The number is wrong." });
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        return await Html.PostFormAsync(client, await Html.ParseAsync(check), new Dictionary<string, string>());
    }

    private Task<int> AddReviewAsync(int requestId, DateOnly receivedOn) => portal.WithDbAsync(async db =>
    {
        var request = await db.Requests.Include(r => r.Questions).Include(r => r.ClockEvents).Include(r => r.Events).SingleAsync(r => r.Id == requestId);
        var review = InternalReview.Ask(request, null, Channel.Email, receivedOn, "Please look again.", new Dictionary<int, string>(), Officer, "Accepted for the test.", FixedClockPortal.Now, WorkingDayCalendar.UnitedKingdom());
        db.InternalReviews.Add(review);
        await db.SaveChangesAsync();
        return review.Id;
    });

    /// <summary>The reviewer records question 1's new decision: disclosed, with the information now released (issue 14).</summary>
    internal static async Task ReleaseAsync(HttpClient client, int reviewId, string released, int question = 1)
    {
        var page = await Html.GetAsync(client, $"/staff/reviews/{reviewId}/decisions/{question}");
        var recorded = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Outcome"] = "Disclosed", ["Data.Released"] = released }, $"/staff/reviews/{reviewId}/decisions/{question}");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, email);
        return client;
    }

    [Fact]
    public async Task Track_RespondedAndWindowOpen_OffersAskForAReview()
    {
        var (_, token) = await RespondedAsync("IR/1", SentLastWeek);

        var page = await Html.GetAsync(portal.CreateBrowserLikeClient(), $"/track/{token}");

        Assert.Equal($"/track/{token}/review", page.QuerySelector("#ask-review")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Ask_FromTheTrackingLink_ChecksAnswersConfirmsTheDueDateAndAcknowledges()
    {
        var (id, token) = await RespondedAsync("IR/2", SentLastWeek);
        var client = portal.CreateBrowserLikeClient();

        var form = await Html.GetAsync(client, $"/track/{token}/review");
        var check = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Grounds"] = "You withheld too much.", ["Data.QuestionGrounds[0]"] = "The number is wrong." });
        var checkPage = await Html.ParseAsync(check);
        var sent = await Html.PostFormAsync(client, checkPage, new Dictionary<string, string>());

        Assert.Contains("You withheld too much.", checkPage.QuerySelector("#check-answers")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The number is wrong.", checkPage.QuerySelector("#check-answers")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var confirmation = await Html.GetAsync(client, sent.Headers.Location!.OriginalString);
        Assert.Contains("Tuesday 8 April 2031", confirmation.QuerySelector("#review-due")!.TextContent, StringComparison.Ordinal);
        var track = await Html.GetAsync(client, $"/track/{token}");
        Assert.Equal("Tuesday 8 April 2031", track.QuerySelector("#review-due-on")!.TextContent.Trim());
        Assert.Null(track.QuerySelector("#ask-review"));
        var (status, email, perQuestion) = await portal.WithDbAsync(async db => (
            (await db.Requests.SingleAsync(r => r.Id == id)).Status,
            await db.OutboundEmails.AnyAsync(e => e.Subject == "[IR/2] Your request for an internal review" && e.TextBody.Contains("Tuesday 8 April 2031")),
            (await db.InternalReviews.SingleAsync(v => v.FoiRequestId == id)).Questions.Single().Grounds));
        Assert.Equal(RequestStatus.InternalReview, status);
        Assert.True(email);
        Assert.Equal("The number is wrong.", perQuestion);
    }

    [Fact]
    public async Task Post_WithEmptyReason_ShowsTheErrorSummary()
    {
        var (_, token) = await RespondedAsync("IR/3", SentLastWeek);
        var client = portal.CreateBrowserLikeClient();
        var form = await Html.GetAsync(client, $"/track/{token}/review");

        var response = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Grounds"] = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(["Enter what you are unhappy with"], Html.ErrorSummary(page));
        Assert.Equal(["#Data_Grounds"], Html.ErrorSummaryLinks(page));
    }

    [Fact]
    public async Task Get_AfterTheWindow_SaysItClosedAndHowToAskAnOfficer_AndSendingIsRefused()
    {
        var (_, token) = await RespondedAsync("IR/4", SentInJanuary);
        var client = portal.CreateBrowserLikeClient();

        var page = await Html.GetAsync(client, $"/track/{token}/review");
        var track = await Html.GetAsync(client, $"/track/{token}");
        var tokenForm = await Html.GetAsync(client, $"/track/{(await RespondedAsync("IR/4b", SentLastWeek)).Token}/review");
        var forced = await Html.PostFormAsync(client, tokenForm, new Dictionary<string, string> { ["Data.Grounds"] = "Late." }, $"/track/{token}/review");

        Assert.Contains("Friday 28 February 2031", page.QuerySelector("#window-closed")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("An officer can still accept a late request", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("textarea"));
        Assert.Null(track.QuerySelector("#ask-review"));
        Assert.Equal(HttpStatusCode.BadRequest, forced.StatusCode);
        Assert.Equal(["The time to ask for an internal review closed on 28 February 2031, 40 working days after our response."], Html.ErrorSummary(await Html.ParseAsync(forced)));
    }

    [Fact]
    public async Task Ask_ASecondTime_IsLinkedToTheFirstAndSaysSo()
    {
        var (id, token) = await RespondedAsync("IR/5", SentLastWeek);
        var client = portal.CreateBrowserLikeClient();
        await AskAsync(client, token, "First.");

        var form = await Html.GetAsync(client, $"/track/{token}/review");
        var second = await AskAsync(client, token, "Second.");

        Assert.Contains("You already asked for a review of this response on Monday 10 March 2031", form.QuerySelector("#linked")!.TextContent, StringComparison.Ordinal);
        var confirmation = await Html.GetAsync(client, second.Headers.Location!.OriginalString);
        Assert.Contains("We have added what you said to that review", confirmation.QuerySelector("#linked")!.TextContent, StringComparison.Ordinal);
        var reviews = await portal.WithDbAsync(db => db.InternalReviews.Where(v => v.FoiRequestId == id).OrderBy(v => v.Id).ToListAsync());
        Assert.Equal(2, reviews.Count);
        Assert.Equal(reviews[0].Id, reviews[1].LinkedToReviewId);
        Assert.Equal(ReviewStatus.Linked, reviews[1].Status);
    }

    [Fact]
    public async Task Get_WithAnUnknownToken_Is404()
    {
        var response = await portal.CreateBrowserLikeClient().GetAsync(new Uri($"/track/{TrackingToken.Create().Token}/review", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Log_LateWithoutReason_IsRefused_WithReason_IsAcceptedWithItsRealDate()
    {
        var (id, _) = await RespondedAsync("IR/6", SentInJanuary);
        var client = await SignedInAsync(Officer);
        var form = await Html.GetAsync(client, $"/staff/cases/{id}/reviews/new");
        var answers = new Dictionary<string, string>
        {
            ["Data.Channel"] = "Post",
            ["Data.ReceivedOn.Day"] = "5",
            ["Data.ReceivedOn.Month"] = "3",
            ["Data.ReceivedOn.Year"] = "2031",
            ["Data.Grounds"] = "The letter was wrong.",
        };

        var refused = await Html.PostFormAsync(client, form, answers);
        answers["Data.AcceptedLateReason"] = "The requester was abroad.";
        var accepted = await Html.PostFormAsync(client, form, answers);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Enter why you are accepting a review asked for after the window closed on 28 February 2031."], Html.ErrorSummary(await Html.ParseAsync(refused)));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var review = await portal.WithDbAsync(db => db.InternalReviews.SingleAsync(v => v.FoiRequestId == id));
        // From Wed 5 Mar 2031: 6-7 Mar 1-2, 10-14 Mar 3-7, 17 Mar skipped, 18 Mar-3 Apr 8-20.
        Assert.Equal(new DateOnly(2031, 4, 3), review.DueOn);
        Assert.Equal("The requester was abroad.", review.AcceptedLateReason);
        Assert.Equal(Channel.Post, review.Channel);
    }

    [Fact]
    public async Task Assign_TheOfficerWhoHandledTheCase_IsRefusedSayingWhy()
    {
        var (id, _) = await RespondedAsync("IR/7", SentLastWeek);
        var reviewId = await AddReviewAsync(id, new DateOnly(2031, 3, 10));
        var client = await SignedInAsync(Manager);
        var page = await Html.GetAsync(client, $"/staff/reviews/{reviewId}");

        var refused = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Reviewer"] = Officer });
        var assigned = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Reviewer"] = Manager });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith($"{Officer} cannot review this case because they handled the original request.", Assert.Single(Html.ErrorSummary(await Html.ParseAsync(refused))), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Equal(Manager, (await portal.WithDbAsync(db => db.InternalReviews.SingleAsync(v => v.Id == reviewId))).Reviewer);
    }

    [Fact]
    public async Task RecordOutcome_BySomeoneInvolved_IsRefused()
    {
        var (id, _) = await RespondedAsync("IR/8", SentLastWeek);
        var reviewId = await AddReviewAsync(id, new DateOnly(2031, 3, 10));
        var client = await SignedInAsync(Officer);
        var page = await Html.GetAsync(client, $"/staff/reviews/{reviewId}/outcome");

        var refused = await Html.PostFormAsync(client, page, new Dictionary<string, string>
        {
            ["Data.Findings[0].Outcome"] = "Upheld",
            ["Data.Findings[0].Reasons"] = "I was right.",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("because they handled the original request", Assert.Single(Html.ErrorSummary(await Html.ParseAsync(refused))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outcome_OverturnedAndSent_TheRequesterSeesTheLetter()
    {
        var (id, token) = await RespondedAsync("IR/9", SentLastWeek);
        var reviewId = await AddReviewAsync(id, new DateOnly(2031, 3, 10));
        var client = await SignedInAsync(Manager);
        var review = await Html.GetAsync(client, $"/staff/reviews/{reviewId}");
        await Html.PostFormAsync(client, review, new Dictionary<string, string> { ["Data.Reviewer"] = Manager });

        var outcome = await Html.GetAsync(client, $"/staff/reviews/{reviewId}/outcome");
        var missing = await Html.PostFormAsync(client, outcome, new Dictionary<string, string>());
        var saved = await Html.PostFormAsync(client, outcome, new Dictionary<string, string>
        {
            ["Data.Findings[0].Outcome"] = "Overturned",
            ["Data.Findings[0].Reasons"] = "The figure is not exempt.",
        });
        await ReleaseAsync(client, reviewId, "We recorded 42 offences.");
        var send = await Html.GetAsync(client, $"/staff/reviews/{reviewId}/send");
        var sent = await Html.PostFormAsync(client, send, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(
            ["Select whether the original decision is upheld, partly upheld or overturned", "Enter the reasons for the finding"],
            Html.ErrorSummary(await Html.ParseAsync(missing)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Original decision overturned", send.QuerySelector("#letter-preview")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Information Commissioner's Office (section 50", send.QuerySelector("#letter-preview")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var requester = portal.CreateBrowserLikeClient();
        var track = await Html.GetAsync(requester, $"/track/{token}");
        Assert.Equal("Monday 10 March 2031", track.QuerySelector("#review-responded-on")!.TextContent.Trim());
        var letter = await Html.GetAsync(requester, track.QuerySelector("#review-outcome")!.GetAttribute("href")!);
        Assert.Contains("We recorded 42 offences.", letter.QuerySelector("#outcome-letter")!.TextContent, StringComparison.Ordinal);
        var pdf = await requester.GetAsync(new Uri($"/track/{token}/review/outcome?handler=pdf", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal(RequestStatus.Reviewed, (await portal.WithDbAsync(db => db.Requests.SingleAsync(r => r.Id == id))).Status);
    }

    [Fact]
    public async Task Outcome_OverturnedOnACaseInTheDisclosureLog_LinksToTheCorrectionPath()
    {
        var (id, _) = await RespondedAsync("IR/11", SentLastWeek);
        var entryId = await portal.WithDbAsync(async db =>
        {
            var entry = Core.DisclosureLog.DisclosureLogEntry.CreateDraft(
                new Core.DisclosureLog.EntryContent("Title of IR/11", "IR/11", new DateOnly(2031, 3, 3), Regime.Foia, "Crime", Core.DisclosureLog.DisclosureOutcome.GrantedInFull, [], "How many?", "The figure is 40."),
                "title-of-ir-11", id, Core.Exemptions.ExemptionCatalogue.CreateDefault(), Officer, FixedClockPortal.Now.UtcDateTime);
            entry.Publish(Core.DisclosureLog.RequesterIdentity.None, Officer, FixedClockPortal.Now.UtcDateTime);
            db.DisclosureLogEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });
        var reviewId = await AddReviewAsync(id, new DateOnly(2031, 3, 10));
        var client = await SignedInAsync(Manager);
        await Html.PostFormAsync(client, await Html.GetAsync(client, $"/staff/reviews/{reviewId}"), new Dictionary<string, string> { ["Data.Reviewer"] = Manager });
        await Html.PostFormAsync(client, await Html.GetAsync(client, $"/staff/reviews/{reviewId}/outcome"), new Dictionary<string, string>
        {
            ["Data.Findings[0].Outcome"] = "Overturned",
            ["Data.Findings[0].Reasons"] = "Not exempt.",
        });
        await ReleaseAsync(client, reviewId, "42.");
        var before = await Html.GetAsync(client, $"/staff/reviews/{reviewId}");
        await Html.PostFormAsync(client, await Html.GetAsync(client, $"/staff/reviews/{reviewId}/send"), new Dictionary<string, string>());

        var after = await Html.GetAsync(client, $"/staff/reviews/{reviewId}");

        Assert.Null(before.QuerySelector("#correct-log"));
        Assert.Equal($"/staff/disclosure-log/{entryId}/correct", after.QuerySelector("#correct-log a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Send_OverturnedOnACaseInTheDisclosureLog_CorrectsTheEntryWithANewVersion()
    {
        var (id, _) = await RespondedAsync("IR/12", SentLastWeek);
        await portal.WithDbAsync(async db =>
        {
            var entry = Core.DisclosureLog.DisclosureLogEntry.CreateDraft(
                new Core.DisclosureLog.EntryContent("Title of IR/12", "IR/12", new DateOnly(2031, 3, 3), Regime.Foia, "Crime", Core.DisclosureLog.DisclosureOutcome.GrantedInFull, [], "How many?", "The figure is 40."),
                "title-of-ir-12", id, Core.Exemptions.ExemptionCatalogue.CreateDefault(), Officer, FixedClockPortal.Now.UtcDateTime.AddDays(-7));
            entry.Publish(Core.DisclosureLog.RequesterIdentity.None, Officer, FixedClockPortal.Now.UtcDateTime.AddDays(-7));
            db.DisclosureLogEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });
        var reviewId = await AddReviewAsync(id, new DateOnly(2031, 3, 10));
        var client = await SignedInAsync(Manager);
        await Html.PostFormAsync(client, await Html.GetAsync(client, $"/staff/reviews/{reviewId}"), new Dictionary<string, string> { ["Data.Reviewer"] = Manager });
        await Html.PostFormAsync(client, await Html.GetAsync(client, $"/staff/reviews/{reviewId}/outcome"), new Dictionary<string, string>
        {
            ["Data.Findings[0].Outcome"] = "Overturned",
            ["Data.Findings[0].Reasons"] = "Not exempt.",
        });
        await ReleaseAsync(client, reviewId, "We recorded 42 offences.");
        var publicBefore = await Html.GetAsync(portal.CreateBrowserLikeClient(), "/disclosure-log/title-of-ir-12");

        var sent = await Html.PostFormAsync(client, await Html.GetAsync(client, $"/staff/reviews/{reviewId}/send"), new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Null(publicBefore.QuerySelector("#updated"));
        var publicAfter = await Html.GetAsync(portal.CreateBrowserLikeClient(), "/disclosure-log/title-of-ir-12");
        // FixedClockPortal's today, Mon 10 Mar 2031; the entry's first version was published on Mon 3 Mar.
        Assert.Equal("Updated on 10 March 2031 (version 2)", publicAfter.QuerySelector("#updated dd")!.TextContent.Trim());
        Assert.Contains("Information released on internal review (10 March 2031): Question 1: We recorded 42 offences.", Normalise(publicAfter.Body!.TextContent), StringComparison.Ordinal);
        var corrected = await portal.WithDbAsync(db => db.DisclosureLogEntries.Include(e => e.Events).SingleAsync(e => e.Slug == "title-of-ir-12"));
        Assert.Equal(
            "Updated after the internal review of IR/12, whose outcome was sent on 10 March 2031: information released on question 1.",
            corrected.Events.Single(e => e.Kind == Core.DisclosureLog.EntryEventKind.Corrected).Detail);
        Assert.Equal(Manager, corrected.Events.Single(e => e.Kind == Core.DisclosureLog.EntryEventKind.Corrected).Actor);
    }

    private static string Normalise(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    [Fact]
    public async Task Extend_Foia_Code55_MovesTheDueDate_AndMoreThanTwentyDaysIsRefused()
    {
        var (id, _) = await RespondedAsync("IR/E1", SentLastWeek);
        var reviewId = await AddReviewAsync(id, new DateOnly(2031, 3, 10));
        var client = await SignedInAsync(Officer);
        var page = await Html.GetAsync(client, $"/staff/reviews/{reviewId}/extend");

        var tooLong = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.ExtraWorkingDays"] = "21", ["Data.Reason"] = "Complex." });
        var extended = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.ExtraWorkingDays"] = "10", ["Data.Reason"] = "Many documents to read again." });

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(["Enter an extension of between 1 and 20 working days"], Html.ErrorSummary(await Html.ParseAsync(tooLong)));
        Assert.Equal(HttpStatusCode.Redirect, extended.StatusCode);
        // From Tue 8 Apr: 9-10 Apr 1-2, Good Friday 11 Apr and Easter Monday 14 Apr skipped, 15-18 Apr 3-6, 21-24 Apr 7-10.
        Assert.Equal(new DateOnly(2031, 4, 24), (await portal.WithDbAsync(db => db.InternalReviews.SingleAsync(v => v.Id == reviewId))).DueOn);
    }

    [Fact]
    public async Task Extend_EirReg11_IsRefusedSayingWhy()
    {
        var received = SentLastWeek.AddDays(-20);
        var (id, _) = await portal.AddReceivedAsync("IR/E2", received, r =>
        {
            r.ChangeRegime(Officer, Regime.Eir, received, WorkingDayCalendar.UnitedKingdom());
            r.StartWork(Officer, received);
            r.RecordResponseSent(Officer, SentLastWeek);
        });
        var reviewId = await AddReviewAsync(id, new DateOnly(2031, 3, 10));
        var client = await SignedInAsync(Officer);
        var page = await Html.GetAsync(client, $"/staff/reviews/{reviewId}/extend");

        var refused = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.ExtraWorkingDays"] = "5", ["Data.Reason"] = "Complex." });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["An EIR internal review cannot be extended: the 40 working days are the limit (EIR regulation 11(4))."], Html.ErrorSummary(await Html.ParseAsync(refused)));
    }

    [Fact]
    public async Task Send_WithoutFindings_ShowsWhyAndIsRefused()
    {
        var (id, _) = await RespondedAsync("IR/10", SentLastWeek);
        var reviewId = await AddReviewAsync(id, new DateOnly(2031, 3, 10));
        var client = await SignedInAsync(Manager);
        await Html.PostFormAsync(client, await Html.GetAsync(client, $"/staff/reviews/{reviewId}"), new Dictionary<string, string> { ["Data.Reviewer"] = Manager });
        var page = await Html.GetAsync(client, $"/staff/reviews/{reviewId}/send");
        // The send page offers no button; a crafted post (the review page's form, with its current version) is refused too.
        var reviewPage = await Html.GetAsync(client, $"/staff/reviews/{reviewId}");

        var forced = await Html.PostFormAsync(client, reviewPage, new Dictionary<string, string>(), $"/staff/reviews/{reviewId}/send");

        Assert.Contains("Record a finding for question 1.", page.QuerySelector("#send-problems")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forced.StatusCode);
        Assert.Equal(["Record a finding for question 1."], Html.ErrorSummary(await Html.ParseAsync(forced)));
    }

    [Fact]
    public async Task Queue_OverdueAndDueSoonViews_UseTheOneDeadlineRule()
    {
        // Received Tue 4 Feb: day 20 is Tue 4 Mar (overdue). Received Mon 17 Feb: day 20 is Tue 18 Mar (17 Mar skipped),
        // the 5th working day from today, so due soon.
        var (overdueId, _) = await RespondedAsync("IR/Q1", new DateTimeOffset(2031, 2, 3, 12, 0, 0, TimeSpan.Zero));
        var (soonId, _) = await RespondedAsync("IR/Q2", new DateTimeOffset(2031, 2, 14, 12, 0, 0, TimeSpan.Zero));
        await AddReviewAsync(overdueId, new DateOnly(2031, 2, 4));
        await AddReviewAsync(soonId, new DateOnly(2031, 2, 17));
        var client = await SignedInAsync(Officer);

        string Refs(AngleSharp.Html.Dom.IHtmlDocument page) => string.Join(" ", page.QuerySelectorAll("#reviews tbody tr td:first-child").Select(td => td.TextContent.Trim()).Where(t => t.StartsWith("IR/Q", StringComparison.Ordinal)));

        Assert.Equal("IR/Q1 IR/Q2", Refs(await Html.GetAsync(client, "/staff/reviews")));
        Assert.Equal("IR/Q1", Refs(await Html.GetAsync(client, "/staff/reviews?view=overdue")));
        Assert.Equal("IR/Q2", Refs(await Html.GetAsync(client, "/staff/reviews?view=due-soon")));
    }

    [Fact]
    public async Task Queue_PagedInSql_APageBeyondTheEndIsEmpty_ABadPageIsTheFirst()
    {
        var (id, _) = await RespondedAsync("IR/P1", SentLastWeek);
        await AddReviewAsync(id, new DateOnly(2031, 3, 10));
        var client = await SignedInAsync(Officer);

        var first = await Html.GetAsync(client, "/staff/reviews?page=x");
        var beyond = await Html.GetAsync(client, "/staff/reviews?page=2");

        Assert.Contains(first.QuerySelectorAll("#reviews tbody tr td:first-child"), td => td.TextContent.Trim() == "IR/P1");
        Assert.Equal("No reviews on this page.", beyond.QuerySelector("#no-reviews")!.TextContent.Trim());
        // The tab counts still count every open review.
        Assert.Equal(
            first.QuerySelector("[data-view=open]")!.TextContent.Trim(),
            beyond.QuerySelector("[data-view=open]")!.TextContent.Trim());
        Assert.Null(first.QuerySelector("#review-pages"));
    }

    [Fact]
    public async Task Reminders_DueSoonReview_RemindsTheReviewerOnce()
    {
        var (id, _) = await RespondedAsync("IR/R1", new DateTimeOffset(2031, 2, 14, 12, 0, 0, TimeSpan.Zero));
        var reviewId = await AddReviewAsync(id, new DateOnly(2031, 2, 17));
        await portal.WithDbAsync(async db =>
        {
            var review = await db.InternalReviews.SingleAsync(v => v.Id == reviewId);
            var request = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == id);
            review.Assign(Manager, ReviewIndependence.For(request, []), request, Manager, FixedClockPortal.Now);
            return await db.SaveChangesAsync();
        });
        var job = portal.Services.GetRequiredService<DeadlineReminderJob>();

        await job.SendDueReviewRemindersAsync(CancellationToken.None);
        await job.SendDueReviewRemindersAsync(CancellationToken.None);

        var reminders = await portal.WithDbAsync(db => db.OutboundEmails.CountAsync(e => e.Subject == "Review due on Tuesday 18 March 2031: IR/R1"));
        Assert.Equal(1, reminders);
    }

    [Fact]
    public async Task CasePage_ShowsTheReviewAndItsDueDate()
    {
        var (id, _) = await RespondedAsync("IR/C1", SentLastWeek);
        await AddReviewAsync(id, new DateOnly(2031, 3, 10));
        var client = await SignedInAsync(Officer);

        var page = await Html.GetAsync(client, $"/staff/cases/{id}");

        Assert.Contains("due Tuesday 8 April 2031", page.QuerySelector("#case-reviews")!.TextContent, StringComparison.Ordinal);
    }
}
