using System.Net;
using FoiPortal.Core.Intake;
using FoiPortal.Core.Letters;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FoiPortal.Web.Tests.Intake;

/// <summary>
/// Issue 16, correspondence from the case: the clock letters and the letters pages, the requester's reply and
/// withdrawal from the tracking page, and a request for internal review by email. Today is Mon 10 Mar 2031
/// (<see cref="FixedClockPortal"/>); 20 working days from today end on Tue 8 Apr 2031 (St Patrick's Day, Mon 17 Mar,
/// is skipped; hand-counted in <see cref="InternalReviewTests"/>).
/// </summary>
public sealed class CaseCorrespondenceTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    private const string Officer = "officer@foiportal.test";
    private const string Requester = "pat.requester@example.org";
    private static readonly DateTimeOffset ReceivedAt = new(2031, 3, 3, 10, 0, 0, TimeSpan.Zero);

    private static string Unique(string prefix) => $"{prefix}/{Guid.NewGuid().ToString("N")[..6]}";

    private async Task<HttpClient> OfficerAsync()
    {
        var client = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, Officer);
        return client;
    }

    private static Dictionary<string, string> Today(string? letter = null)
    {
        var values = new Dictionary<string, string> { ["Data.On.Day"] = "10", ["Data.On.Month"] = "3", ["Data.On.Year"] = "2031" };
        if (letter is not null)
        {
            values["Data.Letter"] = letter;
        }

        return values;
    }

    private Task<List<Core.Messaging.OutboundEmail>> OutboxAsync(int requestId) =>
        portal.WithDbAsync(db => db.OutboundEmails.AsNoTracking().Where(e => e.RequestId == requestId).OrderBy(e => e.Id).ToListAsync());

    private Task<FoiRequest> CaseAsync(int id) =>
        portal.WithDbAsync(db => db.Requests.AsNoTracking().Include(r => r.ClockEvents).SingleAsync(r => r.Id == id));

    private Task<ImportOutcome> ImportAsync(MimeKit.MimeMessage message, DateTimeOffset arrivedAt) =>
        portal.Services.GetRequiredService<IntakeImporter>().ImportAsync(IntakeMail.Bytes(message), arrivedAt, "test", CancellationToken.None);

    [Fact]
    public async Task FeesNotice_WithThePlaceholders_IsRefused_ThenSent_AndTheReplyThreadsByInReplyTo()
    {
        var (id, _) = await portal.AddReceivedAsync(Unique("CL"), ReceivedAt, r => r.StartWork(Officer, ReceivedAt));
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, $"/staff/cases/{id}/clock/fees-notice");
        var template = form.QuerySelector("#Data_Letter")!.TextContent;
        Assert.Contains(CaseLetterTemplates.AmountPlaceholder, template, StringComparison.Ordinal);
        Assert.Contains("(section 9(2))", template, StringComparison.Ordinal);

        var refused = await Html.PostFormAsync(client, form, Today(template));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(
            [$"Replace the text in square brackets in the letter: {CaseLetterTemplates.AmountPlaceholder}, {CaseLetterTemplates.FeeBreakdownPlaceholder}"],
            Html.ErrorSummary(await Html.ParseAsync(refused)));
        Assert.DoesNotContain((await CaseAsync(id)).ClockEvents, e => e.Kind == ClockEventKind.FeesNoticeIssued);
        Assert.Empty(await OutboxAsync(id));

        var letter = template.Replace(CaseLetterTemplates.AmountPlaceholder, "£12.50", StringComparison.Ordinal)
            .Replace(CaseLetterTemplates.FeeBreakdownPlaceholder, "50 pages of photocopying", StringComparison.Ordinal);
        var sent = await Html.PostFormAsync(client, form, Today(letter));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var email = Assert.Single(await OutboxAsync(id));
        var reference = (await CaseAsync(id)).Reference;
        Assert.Equal($"[{reference}] Fees notice: payment needed before we answer your request", email.Subject);
        Assert.Equal(Requester, email.ToAddress);
        Assert.Contains("you to pay £12.50", email.TextBody, StringComparison.Ordinal);

        // The requester's reply names nothing but our Message-ID in In-Reply-To: it files itself, and the clock stays stopped.
        var reply = IntakeMail.Email("Re: payment", "How do I pay?", from: Requester, inReplyTo: CaseLetter.MessageId(email, "foiportal.test"));
        await ImportAsync(reply, FixedClockPortal.Now.AddMinutes(30));
        var stored = await portal.WithDbAsync(db => db.InboundMessages.AsNoTracking().SingleAsync(m => m.MessageId == reply.MessageId));
        Assert.Equal((InboundStatus.Filed, id), (stored.Status, stored.RequestId));
        Assert.Equal(RequestStatus.AwaitingFee, (await CaseAsync(id)).Status);
        var rows = (await Html.GetAsync(client, $"/staff/cases/{id}")).QuerySelectorAll("#correspondence-list tbody tr").Select(r => r.GetAttribute("data-direction")).ToList();
        Assert.Equal(["out", "in"], rows);
    }

    [Fact]
    public async Task EirExtension_LetterGivesTheFortyDayDate_AndIsRefusedUntilTheReasonIsGiven()
    {
        var (id, _) = await portal.AddReceivedAsync(Unique("CL"), ReceivedAt, r =>
        {
            r.StartWork(Officer, ReceivedAt);
            r.ChangeRegime(Officer, Regime.Eir, ReceivedAt, WorkingDayCalendar.UnitedKingdom());
        });
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, $"/staff/cases/{id}/clock/eir-extension");
        var template = form.QuerySelector("#Data_Letter")!.TextContent;
        var fortyDays = WorkingDayCalendar.UnitedKingdom().AddWorkingDays(new DateOnly(2031, 3, 3), 40);
        Assert.Contains("regulation 7(1)", template, StringComparison.Ordinal);
        Assert.Contains(fortyDays.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), template, StringComparison.Ordinal);

        var refused = await Html.PostFormAsync(client, form, Today(template));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["#Data_Letter"], Html.ErrorSummaryLinks(await Html.ParseAsync(refused)));

        var sent = await Html.PostFormAsync(client, form, Today(template.Replace(CaseLetterTemplates.ComplexityPlaceholder, "it covers 40 sites over 10 years.", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var email = Assert.Single(await OutboxAsync(id));
        Assert.EndsWith("We need more time to answer your request", email.Subject, StringComparison.Ordinal);
        Assert.Equal(fortyDays, (await CaseAsync(id)).DueOn);
    }

    [Fact]
    public async Task Acknowledgement_GoesOnce_WithTheReferenceTheDateReceivedAndTheDueDate()
    {
        var (id, _) = await portal.AddReceivedAsync(Unique("CL"), ReceivedAt);
        var client = await OfficerAsync();
        var casePage = await Html.GetAsync(client, $"/staff/cases/{id}");
        Assert.Equal($"/staff/cases/{id}/letters/acknowledgement", casePage.QuerySelector("#case-letters a")!.GetAttribute("href"));
        var form = await Html.GetAsync(client, $"/staff/cases/{id}/letters/acknowledgement");
        var template = form.QuerySelector("#Data_Letter")!.TextContent;
        // Received Mon 3 Mar 2031: 20 working days (St Patrick's Day skipped) end on Tue 1 Apr 2031.
        Assert.Contains("We received your request on Monday 3 March 2031", template, StringComparison.Ordinal);
        Assert.Contains("by Tuesday 1 April 2031 at the latest", template, StringComparison.Ordinal);

        var sent = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Letter"] = template });
        var again = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Letter"] = template });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(["The request has already been acknowledged by email: nothing was sent again"], Html.ErrorSummary(await Html.ParseAsync(again)));
        var email = Assert.Single(await OutboxAsync(id));
        Assert.StartsWith($"[{(await CaseAsync(id)).Reference}] ", email.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrackingReply_WhileAwaitingClarification_LandsOnTheCase_AndRestartsTheClock()
    {
        var calendar = WorkingDayCalendar.UnitedKingdom();
        var (id, token) = await portal.AddReceivedAsync(Unique("CL"), ReceivedAt, r =>
        {
            r.StartWork(Officer, ReceivedAt);
            r.SeekClarification(Officer, new DateOnly(2031, 3, 5), ReceivedAt.AddDays(2), calendar);
        });
        var client = portal.CreateBrowserLikeClient();
        var track = await Html.GetAsync(client, $"/track/{token}");
        Assert.Equal("Reply to our request for clarification", track.QuerySelector("#send-message")!.TextContent.Trim());
        var form = await Html.GetAsync(client, $"/track/{token}/reply");

        var empty = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Message"] = "  " });
        var sent = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Message"] = "I mean the A38 only." });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(["Enter your message"], Html.ErrorSummary(await Html.ParseAsync(empty)));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var after = await Html.GetAsync(client, sent.Headers.Location!.OriginalString);
        Assert.Contains("started again", after.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        var request = await CaseAsync(id);
        Assert.Equal(RequestStatus.InProgress, request.Status);
        Assert.Equal(new DateOnly(2031, 4, 8), request.DueOn);
        var message = await portal.WithDbAsync(db => db.InboundMessages.AsNoTracking().SingleAsync(m => m.RequestId == id));
        Assert.Equal((InboundStatus.Filed, "tracking-page", Requester), (message.Status, message.Source, message.FromAddress));
        Assert.Contains("I mean the A38 only.", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrackingReply_FromARequesterWhoGaveNoEmail_StillRestartsTheClock()
    {
        // A request by post: no email address to match, but only the requester holds the tracking link (FOIA s.1(3)).
        var calendar = WorkingDayCalendar.UnitedKingdom();
        var (token, hash) = TrackingToken.Create();
        var id = await portal.WithDbAsync(async db =>
        {
            var request = FoiRequest.Submit(
                Unique("POST"), new Requester("Pat Post", string.Empty, "1 High Street\nBirmingham"), "Roadworks", ["How many?"],
                PreferredFormat.PaperCopy, Channel.Post, ReceivedAt, calendar, hash);
            request.StartWork(Officer, ReceivedAt);
            request.SeekClarification(Officer, new DateOnly(2031, 3, 5), ReceivedAt.AddDays(2), calendar);
            db.Requests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });
        var client = portal.CreateBrowserLikeClient();

        var sent = await Html.PostFormAsync(client, await Html.GetAsync(client, $"/track/{token}/reply"), new Dictionary<string, string> { ["Data.Message"] = "The A38 only." });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var request = await CaseAsync(id);
        Assert.Equal(RequestStatus.InProgress, request.Status);
        Assert.Equal(new DateOnly(2031, 4, 8), request.DueOn);
    }

    [Fact]
    public async Task Withdraw_AfterTheConfirmationStep_ClosesTheCase_AndTheOfficerSeesIt()
    {
        var (id, token) = await portal.AddReceivedAsync(Unique("CL"), ReceivedAt, r => r.StartWork(Officer, ReceivedAt));
        var client = portal.CreateBrowserLikeClient();
        Assert.Equal($"/track/{token}/withdraw", (await Html.GetAsync(client, $"/track/{token}")).QuerySelector("#withdraw")!.GetAttribute("href"));
        var confirm = await Html.GetAsync(client, $"/track/{token}/withdraw");
        Assert.Equal("Withdraw my request", confirm.QuerySelector("main form button")!.TextContent.Trim());

        var tooLong = await Html.PostFormAsync(client, confirm, new Dictionary<string, string> { ["Data.Reason"] = new string('x', 2_001) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(RequestStatus.InProgress, (await CaseAsync(id)).Status);

        var withdrawn = await Html.PostFormAsync(client, confirm, new Dictionary<string, string> { ["Data.Reason"] = "Found it on your website." });
        var again = await Html.PostFormAsync(client, confirm, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(RequestStatus.Withdrawn, (await CaseAsync(id)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Null((await Html.GetAsync(client, $"/track/{token}")).QuerySelector("#withdraw"));
        var officer = await OfficerAsync();
        var correspondence = (await Html.GetAsync(officer, $"/staff/cases/{id}")).QuerySelector("#correspondence-list")!.TextContent;
        Assert.Contains("Request withdrawn", correspondence, StringComparison.Ordinal);
        var message = await portal.WithDbAsync(db => db.InboundMessages.AsNoTracking().SingleAsync(m => m.RequestId == id));
        Assert.Contains("Found it on your website.", message.TextBody, StringComparison.Ordinal);
        // The requester is told, once, that the case is closed.
        var confirmation = Assert.Single(await OutboxAsync(id));
        Assert.Equal(Requester, confirmation.ToAddress);
        Assert.Equal($"[{(await CaseAsync(id)).Reference}] You have withdrawn your request", confirmation.Subject);
        Assert.Contains("We have closed it and will not send you a response.", confirmation.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("[", confirmation.TextBody.Replace($"[{(await CaseAsync(id)).Reference}]", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestLoggedWithAnEmailAddress_IsAcknowledgedOnce_AndTheCaseOffersNoSecondAcknowledgement()
    {
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, "/staff/cases/new");
        var title = Unique("Acknowledged once");
        var check = await Html.PostFormAsync(client, form, new Dictionary<string, string>
        {
            ["Data.Channel"] = "Email",
            ["Data.ReceivedOn.Day"] = "2",
            ["Data.ReceivedOn.Month"] = "11",
            ["Data.ReceivedOn.Year"] = "2026",
            ["Data.ReceivedTime"] = "9:30am",
            ["Data.FullName"] = "Pat Requester",
            ["Data.Email"] = Requester,
            ["Data.PostalAddress"] = string.Empty,
            ["Data.YourReference"] = string.Empty,
            ["Data.Title"] = title,
            ["Data.QuestionsText"] = "How many police dogs did you have on 1 April 2026?",
            ["Data.PreferredFormat"] = "Email",
        });
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var logged = await Html.PostFormAsync(client, await Html.ParseAsync(check), new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var id = int.Parse(logged.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        var casePage = await Html.GetAsync(client, $"/staff/cases/{id}");
        Assert.StartsWith("Acknowledgement sent by email on", casePage.QuerySelector("#acknowledged")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(casePage.QuerySelector("#case-letters a[href$='/letters/acknowledgement']"));
        var letter = await Html.GetAsync(client, $"/staff/cases/{id}/letters/acknowledgement");
        var refused = await Html.PostFormAsync(client, letter, new Dictionary<string, string> { ["Data.Letter"] = letter.QuerySelector("#Data_Letter")!.TextContent });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["The request has already been acknowledged by email: nothing was sent again"], Html.ErrorSummary(await Html.ParseAsync(refused)));
        var sent = await portal.WithDbAsync(db => db.OutboundEmails.AsNoTracking().CountAsync(e => e.ToAddress == Requester && e.TextBody.Contains(title)));
        Assert.Equal(1, sent);
    }

    [Fact]
    public async Task ReviewByEmail_NamingTheReference_OpensTheReview_FromTheDayItArrived_ThenTheAcknowledgementGoes()
    {
        var reference = $"FOI/2031/{Random.Shared.Next(10_000, 99_999)}";
        var (id, _) = await portal.AddReceivedAsync(reference, ReceivedAt.AddDays(-20), r =>
        {
            r.StartWork(Officer, ReceivedAt.AddDays(-20));
            r.RecordResponseSent(Officer, ReceivedAt);
        });

        await ImportAsync(IntakeMail.Email($"Internal review of {reference}", "You withheld too much.", from: Requester), FixedClockPortal.Now.AddHours(-1));

        var review = await portal.WithDbAsync(db => db.InternalReviews.AsNoTracking().SingleAsync(v => v.FoiRequestId == id));
        Assert.Equal((Core.Requests.Channel.Email, new DateOnly(2031, 3, 10), new DateOnly(2031, 4, 8)), (review.Channel, review.ReceivedOn, review.DueOn));
        Assert.Equal("You withheld too much.", review.Grounds.Trim());
        Assert.Equal(RequestStatus.InternalReview, (await CaseAsync(id)).Status);

        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, $"/staff/cases/{id}/letters/review-acknowledgement");
        var template = form.QuerySelector("#Data_Letter")!.TextContent;
        Assert.Contains("We will send you the outcome by Tuesday 8 April 2031", template, StringComparison.Ordinal);
        var sent = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Letter"] = template });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"[{reference}] We have received your request for an internal review", Assert.Single(await OutboxAsync(id)).Subject);
    }

    [Fact]
    public async Task ReviewByEmail_FiledByTheOfficerWithTheTick_OpensTheSameReview()
    {
        var reference = $"FOI/2031/{Random.Shared.Next(10_000, 99_999)}";
        var (id, _) = await portal.AddReceivedAsync(reference, ReceivedAt.AddDays(-20), r =>
        {
            r.StartWork(Officer, ReceivedAt.AddDays(-20));
            r.RecordResponseSent(Officer, ReceivedAt);
        });
        var email = IntakeMail.Email("Not happy", "Please look at my request again.", from: "someone.else@example.org");
        await ImportAsync(email, FixedClockPortal.Now.AddHours(-2));
        var messageId = await portal.WithDbAsync(db => db.InboundMessages.Where(m => m.MessageId == email.MessageId).Select(m => m.Id).SingleAsync());
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, $"/staff/inbox/{messageId}/file");

        var both = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Reference"] = reference, ["Data.AnswersClarification"] = "true", ["Data.AsksForReview"] = "true" });
        var filed = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Reference"] = reference, ["Data.AsksForReview"] = "true" });

        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        var review = await portal.WithDbAsync(db => db.InternalReviews.AsNoTracking().SingleAsync(v => v.FoiRequestId == id));
        Assert.Equal((Core.Requests.Channel.Email, new DateOnly(2031, 3, 10)), (review.Channel, review.ReceivedOn));
        Assert.NotNull(review.LoggedBy);
        Assert.Equal(RequestStatus.InternalReview, (await CaseAsync(id)).Status);
    }
}
