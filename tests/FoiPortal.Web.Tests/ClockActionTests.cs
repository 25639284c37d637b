using System.Net;
using AngleSharp.Html.Dom;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure.Seeding;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>
/// Logging a request received by email or post, and the clock actions on the case page. Requests are back-dated to
/// Mon 2 Nov 2026, 9:15am, so due dates are fixed whatever day the tests run. By hand (FOIA s.10(6): Mon 30 Nov 2026
/// is St Andrew's Day, a Scottish bank holiday, so it does not count anywhere in the UK): day 1 is Tue 3 Nov;
/// 3-6 Nov (4), 9-13 (9), 16-20 (14), 23-27 (19), Tue 1 Dec is day 20.
/// </summary>
public sealed class ClockActionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "officer@foiportal.test";

    private static Dictionary<string, string> LogAnswers(string channel = "Email", string email = "pat@example.org", string address = "", string day = "2", string month = "11", string year = "2026") => new()
    {
        ["Data.Channel"] = channel,
        ["Data.ReceivedOn.Day"] = day,
        ["Data.ReceivedOn.Month"] = month,
        ["Data.ReceivedOn.Year"] = year,
        ["Data.ReceivedTime"] = "9:15am",
        ["Data.FullName"] = "Pat Example",
        ["Data.Email"] = email,
        ["Data.PostalAddress"] = address,
        ["Data.Title"] = "Road traffic collisions",
        ["Data.QuestionsText"] = "1. How many collisions in 2025?\n2. How many in 2024?",
        ["Data.PreferredFormat"] = "Email",
    };

    private async Task<HttpClient> OfficerAsync()
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, Officer);
        return client;
    }

    private static async Task<IHtmlDocument> CheckAsync(HttpClient client, Dictionary<string, string> answers)
    {
        var form = await Html.GetAsync(client, "/staff/cases/new");
        var response = await Html.PostFormAsync(client, form, answers);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    private static async Task<int> LogAsync(HttpClient client, Dictionary<string, string>? answers = null)
    {
        var check = await CheckAsync(client, answers ?? LogAnswers());
        var saved = await Html.PostFormAsync(client, check, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, string> Date(int day, int month, int year) => new()
    {
        ["Data.On.Day"] = day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Data.On.Month"] = month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Data.On.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Clock actions that tell the requester send a letter (issue 16): the officer replaces the template's square brackets.</summary>
    private static Dictionary<string, string> WithLetter(Dictionary<string, string> values) =>
        new(values) { ["Data.Letter"] = "Dear Pat,\n\nWhich roads do you mean?" };

    /// <summary>Follows the action's link on the case page and posts its form.</summary>
    private static async Task<HttpResponseMessage> ActAsync(HttpClient client, int id, string linkText, Dictionary<string, string> values)
    {
        var casePage = await Html.GetAsync(client, $"/staff/cases/{id}");
        var link = casePage.QuerySelectorAll("#clock-actions a").SingleOrDefault(a => a.TextContent.Trim() == linkText)
            ?? throw new InvalidOperationException($"The case page offers no '{linkText}'.");
        var form = await Html.GetAsync(client, link.GetAttribute("href")!);
        return await Html.PostFormAsync(client, form, values);
    }

    private static async Task<IHtmlDocument> ActAndFollowAsync(HttpClient client, int id, string linkText, Dictionary<string, string> values)
    {
        var response = await ActAsync(client, id, linkText, values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await Html.GetAsync(client, response.Headers.Location!.OriginalString);
    }

    private static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)!.TextContent.Trim();

    /// <summary>Records s.31(1) (qualified: FOIA s.2(2)(b)) as engaged on question 1, as the exemptions page would.</summary>
    private Task<int> RecordQualifiedExemptionAsync(int id) => factory.WithDbAsync(async db =>
    {
        db.ExemptionDecisions.Add(ExemptionDecision.Record(
            id,
            new ExemptionDecisionDraft
            {
                QuestionNumber = 1,
                Outcome = QuestionOutcome.Withheld,
                Citations =
                [
                    new CitationDraft
                    {
                        ExemptionKey = "FOIA s.31(1)",
                        Prejudice = "Disclosure would show where enforcement is concentrated.",
                        Likelihood = Likelihood.WouldBeLikelyTo,
                        FactorsForDisclosure = "Openness about road safety enforcement.",
                        FactorsForMaintaining = "Protecting the effectiveness of enforcement.",
                        PublicInterestConclusion = "The public interest favours maintaining the exemption.",
                    },
                ],
            },
            Regime.Foia,
            ExemptionCatalogue.CreateDefault(),
            Officer,
            DateTime.UtcNow));
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task LogRequest_BackDatedEmail_ShowsTheDueDateBeforeSavingAndOnTheCase()
    {
        var client = await OfficerAsync();

        var check = await CheckAsync(client, LogAnswers());
        Assert.Equal("Due by Tuesday 1 December 2026", Text(check, "#due-preview"));
        var id = await LogAsync(client);
        var casePage = await Html.GetAsync(client, $"/staff/cases/{id}");

        Assert.Equal("Tuesday 1 December 2026", Text(casePage, "#due-on"));
        var stored = await factory.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal((Channel.Email, new DateOnly(2026, 11, 2)), (stored.Channel, stored.ReceivedOn));
        // 9:15am GMT is 09:15 UTC.
        Assert.Equal(new DateTime(2026, 11, 2, 9, 15, 0, DateTimeKind.Utc), stored.ReceivedAtUtc);
        Assert.True(await factory.WithDbAsync(db => db.OutboundEmails.AnyAsync(m => m.ToAddress == "pat@example.org")));
    }

    [Fact]
    public async Task LogRequest_ReceivedInTheFuture_IsRefused()
    {
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, "/staff/cases/new");
        var nextYear = (DateTime.UtcNow.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await Html.PostFormAsync(client, form, LogAnswers(year: nextYear));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(["Date received must be today or in the past"], Html.ErrorSummary(page));
        Assert.Equal(["#Data_ReceivedOn"], Html.ErrorSummaryLinks(page));
    }

    [Fact]
    public async Task LogRequest_ByPostWithoutEmailOrAddress_AsksForTheAddress()
    {
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, "/staff/cases/new");

        var response = await Html.PostFormAsync(client, form, LogAnswers(channel: "Post", email: string.Empty));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter the requester's postal address, or their email address"], Html.ErrorSummary(await Html.ParseAsync(response)));
    }

    [Fact]
    public async Task LogRequest_ByPostWithAddressOnly_IsSavedWithoutAnEmail()
    {
        var client = await OfficerAsync();
        var emailsBefore = await factory.WithDbAsync(db => db.OutboundEmails.CountAsync());

        var id = await LogAsync(client, LogAnswers(channel: "Post", email: string.Empty, address: "1 High Street\nAnytown AB1 2CD"));

        var stored = await factory.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(Channel.Post, stored.Channel);
        Assert.Equal(new DateOnly(2026, 12, 1), stored.DueOn);
        Assert.Equal(emailsBefore, await factory.WithDbAsync(db => db.OutboundEmails.CountAsync()));
    }

    [Fact]
    public async Task SeekClarificationThenReceiveIt_StopsAndRestartsTheClock()
    {
        var client = await OfficerAsync();
        var id = await LogAsync(client);

        var stopped = await ActAndFollowAsync(client, id, "Seek clarification", WithLetter(Date(5, 11, 2026)));
        // Lapses 3 months after it was sought (ClockOptions.ClarificationLapseMonths).
        Assert.Equal("Clock stopped: waiting for clarification since 5 November 2026 (FOIA s.1(3)); lapses on 5 February 2027", Text(stopped, "#clock-summary"));
        Assert.Equal(["Record clarification received"], stopped.QuerySelectorAll("#clock-actions a").Select(a => a.TextContent.Trim()));
        var restarted = await ActAndFollowAsync(client, id, "Record clarification received", Date(9, 11, 2026));

        // s.1(3): 20 working days from Mon 9 Nov: 10-13 (4), 16-20 (9), 23-27 (14), 30 Nov skipped, 1-4 Dec (18), 7 Dec (19), Tue 8 Dec (20).
        Assert.Equal("Tuesday 8 December 2026", Text(restarted, "#due-on"));
        var clockRows = restarted.QuerySelectorAll("#clock-events tbody tr");
        Assert.Equal(3, clockRows.Length);
        // Staff by display name, the email on hover (one lookup for the case page, its timeline and clock events).
        Assert.Contains("Olivia Officer", clockRows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal(Officer, clockRows[1].QuerySelector(".app-staff-name")!.GetAttribute("title"));
        Assert.Contains("St Andrew", Text(restarted, "#skipped-days"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeesNoticeThenPayment_LeavesOutTheDaysBetween()
    {
        var client = await OfficerAsync();
        var id = await LogAsync(client);

        await ActAndFollowAsync(client, id, "Issue a fees notice", WithLetter(Date(6, 11, 2026)));
        var paid = await ActAndFollowAsync(client, id, "Record payment", Date(11, 11, 2026));

        // s.10(2): 3-5 Nov count (3); Fri 6 to Wed 11 Nov do not; 12-13 (5), 16-20 (10), 23-27 (15), 30 Nov skipped,
        // 1-4 Dec (19), Mon 7 Dec (20).
        Assert.Equal("Monday 7 December 2026", Text(paid, "#due-on"));
    }

    [Fact]
    public async Task ExtendForThePublicInterest_ShowsTheTargetAndKeepsTheDueDate()
    {
        var client = await OfficerAsync();
        var id = await LogAsync(client);
        await RecordQualifiedExemptionAsync(id);

        var values = Date(20, 11, 2026);
        values["Data.ExtraWorkingDays"] = "20";
        values["Data.Reason"] = "Section 31 balancing test needs legal advice";
        values["Data.Letter"] = "Dear Pat,\n\nWe estimate we will give you our decision by Thursday 31 December 2026.";
        var extended = await ActAndFollowAsync(client, id, "Extend for the public interest", values);

        // Refusal notice still due Tue 1 Dec; target 20 working days later: 2-4 Dec (3), 7-11 (8), 14-18 (13), 21-24 (17),
        // 25 Dec and 28 Dec (Boxing Day substitute) skipped, 29-31 Dec (20).
        Assert.Equal("Tuesday 1 December 2026", Text(extended, "#due-on"));
        Assert.Contains("Thursday 31 December 2026", Text(extended, "#public-interest-target"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtendForThePublicInterest_LetterGivingAnotherDecisionDate_FoiaS17_2_IsRefusedAndNothingSaved()
    {
        var client = await OfficerAsync();
        var id = await LogAsync(client);
        await RecordQualifiedExemptionAsync(id);
        var values = Date(20, 11, 2026);
        values["Data.ExtraWorkingDays"] = "10";
        values["Data.Reason"] = "Section 31 balancing test needs legal advice";
        // The prefilled estimate is the longest extension; ten working days after Tue 1 Dec is Tue 15 Dec.
        values["Data.Letter"] = "Dear Pat,\n\nWe estimate we will give you our decision by Thursday 31 December 2026.";

        var refused = await ActAsync(client, id, "Extend for the public interest", values);
        values["Data.Letter"] = "Dear Pat,\n\nWe estimate we will give you our decision by Tuesday 15 December 2026.";
        var extended = await ActAsync(client, id, "Extend for the public interest", values);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var shown = await Html.ParseAsync(refused);
        Assert.Equal(["Give Tuesday 15 December 2026 in the letter as the date of our decision: it is the date the extension runs to (section 17(2))"], Html.ErrorSummary(shown));
        Assert.Equal(["#Data_Letter"], Html.ErrorSummaryLinks(shown));
        Assert.Equal(HttpStatusCode.Redirect, extended.StatusCode);
        var stored = await factory.WithDbAsync(db => db.Requests.Include(r => r.ClockEvents).AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Single(stored.ClockEvents, e => e.Kind == ClockEventKind.PublicInterestExtension);
        Assert.Contains("Tuesday 15 December 2026", await factory.WithDbAsync(db => db.OutboundEmails.Where(e => e.RequestId == id).OrderBy(e => e.Id).Select(e => e.TextBody).LastAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtendForThePublicInterest_WithoutAReason_ShowsTheError()
    {
        var client = await OfficerAsync();
        var id = await LogAsync(client);
        await RecordQualifiedExemptionAsync(id);

        var values = Date(20, 11, 2026);
        values["Data.ExtraWorkingDays"] = "25";
        values["Data.Reason"] = string.Empty;
        values["Data.Letter"] = "Dear Pat,\n\nWe need more time.";
        var response = await ActAsync(client, id, "Extend for the public interest", values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["Extra working days must be a whole number from 1 to 20", "Enter why the public interest test needs more time"],
            Html.ErrorSummary(await Html.ParseAsync(response)));
    }

    [Fact]
    public async Task ExtendForThePublicInterest_WithNoQualifiedExemptionEngaged_FoiaS10_3_IsHiddenAndRefused()
    {
        var client = await OfficerAsync();
        var id = await LogAsync(client);

        var casePage = await Html.GetAsync(client, $"/staff/cases/{id}");
        Assert.DoesNotContain(casePage.QuerySelectorAll("#clock-actions a"), a => a.TextContent.Trim() == "Extend for the public interest");
        var form = await Html.GetAsync(client, $"/staff/cases/{id}/clock/public-interest-extension");
        var values = Date(20, 11, 2026);
        values["Data.ExtraWorkingDays"] = "20";
        values["Data.Reason"] = "Section 31 balancing test needs legal advice";
        values["Data.Letter"] = "Dear Pat,\n\nWe need until 31 December to weigh the public interest in section 31(1)(a).";
        var response = await Html.PostFormAsync(client, form, values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["A public interest extension can be added only once a qualified exemption is recorded as engaged on at least one question (FOIA section 10(3)). Record the exemption decision first"],
            Html.ErrorSummary(await Html.ParseAsync(response)));
        var stored = await factory.WithDbAsync(db => db.Requests.Include(r => r.ClockEvents).AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.DoesNotContain(stored.ClockEvents, e => e.Kind == ClockEventKind.PublicInterestExtension);
    }

    [Fact]
    public async Task EirExtension_TakesTheLimitToFortyWorkingDays()
    {
        var client = await OfficerAsync();
        // Received yesterday, so the extension today is within the first 20 working days (EIR reg 7(3)).
        var today = UkLocalDate.FromInstant(DateTimeOffset.UtcNow);
        var received = today.AddDays(-1);
        var id = await LogAsync(client, LogAnswers(day: $"{received.Day}", month: $"{received.Month}", year: $"{received.Year}"));
        await factory.WithDbAsync(async db =>
        {
            var request = await db.Requests.Include(r => r.ClockEvents).SingleAsync(r => r.Id == id);
            request.ChangeRegime(Officer, Regime.Eir, DateTimeOffset.UtcNow, WorkingDayCalendar.UnitedKingdom());
            return await db.SaveChangesAsync();
        });

        var extended = await ActAndFollowAsync(client, id, "Extend to 40 working days (EIR)", WithLetter(Date(today.Day, today.Month, today.Year)));

        // Relative dates cannot be worked out by hand here: the Core tests pin the 40-day count to fixed dates.
        var expected = WorkingDayCalendar.UnitedKingdom().AddWorkingDays(received, 40);
        Assert.Equal(expected.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), Text(extended, "#due-on"));
        Assert.Contains(" of 40: ", Text(extended, "#clock-summary"), StringComparison.Ordinal);
        Assert.DoesNotContain(extended.QuerySelectorAll("#clock-actions a"), a => a.TextContent.Contains("EIR", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClarificationReceived_WhenNoneWasSought_ShowsTheErrorAndSavesNothing()
    {
        var client = await OfficerAsync();
        var id = await LogAsync(client);
        var form = await Html.GetAsync(client, $"/staff/cases/{id}/clock/clarification-received");

        var response = await Html.PostFormAsync(client, form, Date(9, 11, 2026));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Clarification received on 9 November 2026, but none was sought."], Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<RequestClockEvent>().CountAsync(e => EF.Property<int>(e, "RequestId") == id)));
    }

    [Fact]
    public async Task ClockAction_DatedInTheFutureOrBeforeReceipt_IsRefused()
    {
        var client = await OfficerAsync();
        var id = await LogAsync(client);
        var form = await Html.GetAsync(client, $"/staff/cases/{id}/clock/seek-clarification");

        var future = await Html.PostFormAsync(client, form, WithLetter(Date(1, 1, DateTime.UtcNow.Year + 1)));
        var early = await Html.PostFormAsync(client, form, WithLetter(Date(1, 11, 2026)));

        Assert.Equal(["Date clarification was sought must be today or in the past"], Html.ErrorSummary(await Html.ParseAsync(future)));
        Assert.Equal(
            ["Date clarification was sought must be the same as or after 2 November 2026, when the request was received"],
            Html.ErrorSummary(await Html.ParseAsync(early)));
    }

    [Fact]
    public async Task ClockAction_OnACaseChangedSinceThePageLoaded_Gives409AndSavesNothing()
    {
        var first = await OfficerAsync();
        var second = await OfficerAsync();
        var id = await LogAsync(first);
        var staleForm = await Html.GetAsync(first, $"/staff/cases/{id}/clock/seek-clarification");
        await ActAndFollowAsync(second, id, "Issue a fees notice", WithLetter(Date(6, 11, 2026)));

        var response = await Html.PostFormAsync(first, staleForm, WithLetter(Date(5, 11, 2026)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = Assert.Single(Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.Contains("changed this request", error, StringComparison.Ordinal);
        Assert.Contains("reload", error, StringComparison.Ordinal);
        var kinds = await factory.WithDbAsync(db => db.Set<RequestClockEvent>().Where(e => EF.Property<int>(e, "RequestId") == id).Select(e => e.Kind).ToListAsync());
        Assert.DoesNotContain(ClockEventKind.ClarificationSought, kinds);
    }

    [Fact]
    public async Task TrackingPage_WhileWaitingForClarification_SaysWhyInPlainWords()
    {
        var client = await OfficerAsync();
        // Logged by the officer as received by email on 2 November 2026; the acknowledgement carries the tracking link.
        var id = await LogAsync(client);
        var reference = await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Reference).SingleAsync());
        var trackPath = Mailbox.TrackLink().Match(await Mailbox.WaitForAsync(factory, reference)).Groups["path"].Value;
        await ActAndFollowAsync(client, id, "Seek clarification", WithLetter(Date(3, 11, 2026)));
        var requester = factory.CreateBrowserLikeClient();

        var track = await Html.GetAsync(requester, trackPath);

        Assert.Equal(
            "We are waiting for you to clarify your request. We asked on 3 November 2026. The time limit will restart when we receive your reply.",
            string.Join(' ', Text(track, "#clock-stopped").Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("We will set a new date when we receive your reply", Text(track, "#due-on"));
    }
}
