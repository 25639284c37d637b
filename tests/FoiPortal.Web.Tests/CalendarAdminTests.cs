using System.Net;
using AngleSharp.Html.Dom;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>The admin calendar page, and how its changes reach the deadlines API. Each test uses its own dates and undoes its changes.</summary>
public sealed class CalendarAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Page = "/staff/admin/calendar";
    private const string ExampleUrl = "/api/v1/deadlines?received=2026-12-18&regime=foia";

    [Fact]
    public async Task Get_AsOfficer_IsRefused()
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");

        var response = await client.GetAsync(new Uri(Page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/staff/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsAdmin_ListsEachScopesNonWorkingDaysAndIsLinkedFromAdministration()
    {
        var client = await AdminAsync();

        var admin = await Html.GetAsync(client, "/staff/admin");
        var page = await Html.GetAsync(client, Page);

        Assert.NotNull(admin.QuerySelector($"main a[href='{Page}']"));
        var uk = page.QuerySelector("#calendar-uk tbody")!.TextContent;
        var scotland = page.QuerySelector("#calendar-scotland tbody")!.TextContent;
        // Within any 12 months there is an Easter; Easter Monday is not a bank holiday in Scotland (FOISA s.73).
        Assert.Contains("Christmas Day", uk, StringComparison.Ordinal);
        Assert.Contains("Easter Monday", uk, StringComparison.Ordinal);
        Assert.Contains("Christmas Day", scotland, StringComparison.Ordinal);
        Assert.DoesNotContain("Easter Monday", scotland, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Empty_ShowsEachErrorInFieldOrder()
    {
        var client = await AdminAsync();
        var page = await Html.GetAsync(client, Page);

        var response = await Html.PostFormAsync(client, page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var shown = await Html.ParseAsync(response);
        Assert.Equal(
            [
                "Enter the date of the non-working day",
                "Select whether you are adding a non-working day or removing a bank holiday",
                "Select where the change applies",
                "Enter the reason, for example Bank holiday proclaimed for the King's Coronation",
                "Enter the proclamation or announcement the change comes from, for example the Royal Proclamation of the bank holiday for the Coronation on 8 May 2023",
            ],
            Html.ErrorSummary(shown));
        Assert.Equal(["#Data_Day", "#Data_Kind", "#Data_Scope", "#Data_Reason", "#Data_Source"], Html.ErrorSummaryLinks(shown));
        Assert.NotNull(shown.QuerySelector("#Data_Day"));
        Assert.Equal(3, shown.QuerySelectorAll(".govuk-date-input__input.govuk-input--error").Length);
    }

    [Fact]
    public async Task Post_ImpossibleDate_SaysDateMustBeRealAndKeepsTheAnswers()
    {
        var client = await AdminAsync();
        var page = await Html.GetAsync(client, Page);

        var response = await Html.PostFormAsync(client, page, Form("31", "2", "2027", "ExtraNonWorkingDay", "AllUk", "Proclaimed holiday"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var shown = await Html.ParseAsync(response);
        Assert.Equal(["Date must be a real date"], Html.ErrorSummary(shown));
        Assert.Equal(["#Data_Day"], Html.ErrorSummaryLinks(shown));
        Assert.Equal("31", ((IHtmlInputElement)shown.QuerySelector("#Data_Day")!).Value);
        Assert.Equal("Proclaimed holiday", ((IHtmlInputElement)shown.QuerySelector("#Data_Reason")!).Value);
        Assert.Equal(0, await CountAdjustmentsAsync());
    }

    [Fact]
    public async Task Post_MissingMonth_SaysWhichPartIsMissing()
    {
        var client = await AdminAsync();
        var page = await Html.GetAsync(client, Page);

        var response = await Html.PostFormAsync(client, page, Form("8", string.Empty, "2027", "ExtraNonWorkingDay", "AllUk", "Proclaimed holiday"));

        var shown = await Html.ParseAsync(response);
        Assert.Equal(["Date must include a month"], Html.ErrorSummary(shown));
        Assert.Equal(["#Data_Month"], Html.ErrorSummaryLinks(shown));
    }

    [Fact]
    public async Task Post_RemoveChristmasDay_IsRefusedWithTheReason()
    {
        var client = await AdminAsync();
        var page = await Html.GetAsync(client, Page);

        var response = await Html.PostFormAsync(client, page, Form("25", "12", "2027", "RemovedHoliday", "AllUk", "Cancelled"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var shown = await Html.ParseAsync(response);
        Assert.Equal(["Christmas Day cannot be removed: the law names it as a non-working day (FOIA section 10(6), FOISA section 73)"], Html.ErrorSummary(shown));
        Assert.Equal(["#Data_Day"], Html.ErrorSummaryLinks(shown));
        Assert.Equal(0, await CountAdjustmentsAsync());
    }

    [Fact]
    public async Task Post_ExtraDayOnAnExistingHoliday_IsRefused()
    {
        var client = await AdminAsync();
        var page = await Html.GetAsync(client, Page);

        // 1 January 2027 is a Friday and already New Year's Day.
        var response = await Html.PostFormAsync(client, page, Form("1", "1", "2027", "ExtraNonWorkingDay", "AllUk", "Twice over"));

        var shown = await Html.ParseAsync(response);
        Assert.Equal(["Friday 1 January 2027 is already a non-working day (New Year's Day)"], Html.ErrorSummary(shown));
    }

    [Fact]
    public async Task AddThenRemove_ExtraDay_ShiftsTheDeadlineByOneWorkingDayAndBack()
    {
        var client = await AdminAsync();
        var api = factory.CreateClient();
        var page = await Html.GetAsync(client, Page);

        // Wednesday 13 January 2027 lies inside the example's counted period (due Thursday 21 January).
        var added = await Html.PostFormAsync(client, page, Form("13", "1", "2027", "ExtraNonWorkingDay", "AllUk", "Bank holiday proclaimed for a test"));
        var afterAdd = await DeadlinesApiTests.GetJsonAsync(api, ExampleUrl);
        var listed = await Html.GetAsync(client, added.Headers.Location!.OriginalString);
        var row = Assert.Single(listed.QuerySelectorAll("#adjustments tbody tr"));
        var removed = await Html.PostFormAsync(client, listed, new Dictionary<string, string>(), row.QuerySelector("form")!.GetAttribute("action"));
        var afterRemove = await DeadlinesApiTests.GetJsonAsync(api, ExampleUrl);
        var emptied = await Html.GetAsync(client, removed.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Bank holiday proclaimed for a test", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(Proclamation, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Admin", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("2027-01-22", afterAdd.GetProperty("dueOn").GetString());
        Assert.Contains("2027-01-13", DeadlinesApiTests.Dates(afterAdd));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal("2027-01-21", afterRemove.GetProperty("dueOn").GetString());
        Assert.NotNull(emptied.QuerySelector("#no-adjustments"));
        var record = await factory.WithDbAsync(db => db.CalendarAdjustments.AsNoTracking().SingleAsync());
        var adminId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "admin@foiportal.test").Select(u => u.Id).SingleAsync());
        Assert.Equal(adminId, record.CreatedBy);
        Assert.Equal(adminId, record.WithdrawnBy);
        Assert.NotNull(record.WithdrawnAtUtc);
        Assert.Equal(Proclamation, record.Source);
        await factory.WithDbAsync(db => db.CalendarAdjustments.ExecuteDeleteAsync());
    }

    // Issue 13, rule 5: a day is added only on the proclamation or announcement of a bank holiday (FOIA s.10(6)).
    [Fact]
    public async Task Post_WithoutTheProclamation_S10_6_IsRefusedWithTheErrorOnTheSourceField()
    {
        var client = await AdminAsync();
        var page = await Html.GetAsync(client, Page);
        var form = Form("13", "1", "2027", "ExtraNonWorkingDay", "AllUk", "Office closed for a move");
        form["Data.Source"] = "   ";

        var response = await Html.PostFormAsync(client, page, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var shown = await Html.ParseAsync(response);
        Assert.Equal(["Enter the proclamation or announcement the change comes from, for example the Royal Proclamation of the bank holiday for the Coronation on 8 May 2023"], Html.ErrorSummary(shown));
        Assert.Equal(["#Data_Source"], Html.ErrorSummaryLinks(shown));
        Assert.NotNull(shown.QuerySelector("#Data_Source.govuk-input--error"));
        Assert.Equal(0, await CountAdjustmentsAsync());
    }

    [Fact]
    public async Task Post_ProclamationTooLong_IsRefused()
    {
        var client = await AdminAsync();
        var page = await Html.GetAsync(client, Page);
        var form = Form("13", "1", "2027", "ExtraNonWorkingDay", "AllUk", "Proclaimed holiday");
        form["Data.Source"] = new string('p', 301);

        var response = await Html.PostFormAsync(client, page, form);

        Assert.Equal(["The proclamation or announcement must be 300 characters or fewer"], Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.Equal(0, await CountAdjustmentsAsync());
    }

    [Fact]
    public async Task Get_SaysOfficeClosureDaysAreWorkingDaysUnderS10_6()
    {
        var client = await AdminAsync();

        var page = await Html.GetAsync(client, Page);

        var warning = page.QuerySelector("#office-closure-warning")!.TextContent;
        Assert.Contains("Do not add office closure days.", warning, StringComparison.Ordinal);
        Assert.Contains("are working days under section 10(6) of the Freedom of Information Act 2000", warning, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("input#Data_Source[name='Data.Source']"));
    }

    [Fact]
    public async Task Add_RemovedHoliday_MakesItAWorkingDayAndBringsTheDeadlineForward()
    {
        var client = await AdminAsync();
        var api = factory.CreateClient();
        var page = await Html.GetAsync(client, Page);

        // Monday 28 December 2026 (Boxing Day substitute, UK-wide) becomes a working day: due a day earlier.
        await Html.PostFormAsync(client, page, Form("28", "12", "2026", "RemovedHoliday", "AllUk", "Substitute day cancelled by proclamation"));
        var after = await DeadlinesApiTests.GetJsonAsync(api, ExampleUrl);

        Assert.Equal("2027-01-20", after.GetProperty("dueOn").GetString());
        Assert.DoesNotContain("2026-12-28", DeadlinesApiTests.Dates(after));
        var listed = await Html.GetAsync(client, Page);
        await Html.PostFormAsync(client, listed, new Dictionary<string, string>(), listed.QuerySelector("#adjustments form")!.GetAttribute("action"));
        Assert.Equal("2027-01-21", (await DeadlinesApiTests.GetJsonAsync(api, ExampleUrl)).GetProperty("dueOn").GetString());
        await factory.WithDbAsync(db => db.CalendarAdjustments.ExecuteDeleteAsync());
    }

    [Fact]
    public async Task Remove_Twice_SaysItIsAlreadyRemoved()
    {
        var client = await AdminAsync();
        var page = await Html.GetAsync(client, Page);
        await Html.PostFormAsync(client, page, Form("12", "3", "2031", "ExtraNonWorkingDay", "Scotland", "Twice removed"));
        var listed = await Html.GetAsync(client, Page);
        var action = listed.QuerySelector("#adjustments form")!.GetAttribute("action");
        await Html.PostFormAsync(client, listed, new Dictionary<string, string>(), action);

        var again = await Html.PostFormAsync(client, listed, new Dictionary<string, string>(), action);

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(["This calendar change has already been removed."], Html.ErrorSummary(await Html.ParseAsync(again)));
        await factory.WithDbAsync(db => db.CalendarAdjustments.ExecuteDeleteAsync());
    }

    private static Dictionary<string, string> Form(string day, string month, string year, string kind, string scope, string reason) => new()
    {
        ["Data.Day"] = day,
        ["Data.Month"] = month,
        ["Data.Year"] = year,
        ["Data.Kind"] = kind,
        ["Data.Scope"] = scope,
        ["Data.Reason"] = reason,
        ["Data.Source"] = Proclamation,
    };

    private const string Proclamation = "Royal Proclamation under section 1(3) of the Banking and Financial Dealings Act 1971, for a test";

    private async Task<HttpClient> AdminAsync()
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "admin@foiportal.test");
        return client;
    }

    private Task<int> CountAdjustmentsAsync() => factory.WithDbAsync(db => db.CalendarAdjustments.CountAsync());
}

/// <summary>
/// Calendar changes move the stored dates of open requests (on the app's fixed day, Mon 10 Mar 2031). Requests received
/// Mon 3 Mar 2031: day 20 is Tue 1 Apr (St Patrick's Day, Mon 17 Mar, not counted under FOIA s.10(6)); day 40 (an EIR
/// reg 7 extension) is Thu 1 May (Good Friday 11 Apr and Easter Monday 14 Apr not counted); a 20-day public interest
/// extension from 1 Apr also ends Thu 1 May. A non-working day on Wed 23 Apr moves both to Fri 2 May. The demo data's
/// requests are all due by early April, so only these two can move.
/// </summary>
public sealed class CalendarRecalculationTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    private const string Page = "/staff/admin/calendar";
    private const string Officer = "officer@foiportal.test";
    private static readonly DateTimeOffset Received = new(2031, 3, 3, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AddThenRemove_NonWorkingDay_MovesOpenRequestsDatesOnTheNewCalendar_AndSaysHowMany()
    {
        var uk = WorkingDayCalendar.UnitedKingdom();
        var (eir, _) = await portal.AddReceivedAsync("CR/EIR", Received, r =>
        {
            r.ChangeRegime(Officer, Regime.Eir, Received, uk);
            r.StartWork(Officer, Received);
            r.ExtendForEir(Officer, new DateOnly(2031, 3, 4), null, FixedClockPortal.Now, uk);
        });
        var (publicInterest, _) = await portal.AddReceivedAsync("CR/PI", Received, r =>
        {
            r.StartWork(Officer, Received);
            r.ExtendForPublicInterest(Officer, new DateOnly(2031, 3, 10), "Balancing the public interest", 20, FixedClockPortal.Now, uk);
        });
        var (closed, _) = await portal.AddReceivedAsync("CR/DONE", Received, r =>
        {
            r.ChangeRegime(Officer, Regime.Eir, Received, uk);
            r.StartWork(Officer, Received);
            r.ExtendForEir(Officer, new DateOnly(2031, 3, 4), null, FixedClockPortal.Now, uk);
            r.RecordResponseSent(Officer, FixedClockPortal.Now);
        });
        var officer = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(officer, Officer);
        // The cached calendar is loaded before the change: the recalculation must not use it.
        Assert.Equal("Thursday 1 May 2031", (await Html.GetAsync(officer, $"/staff/cases/{eir}")).QuerySelector("#due-on")!.TextContent.Trim());
        var admin = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(admin, "admin@foiportal.test");

        var added = await Html.PostFormAsync(admin, await Html.GetAsync(admin, Page), Form("23", "4", "2031", "EnglandAndWales"));
        var afterAdd = await Html.GetAsync(admin, added.Headers.Location!.OriginalString);
        var datesAfterAdd = await DatesAsync(eir, publicInterest, closed);
        var casePage = await Html.GetAsync(officer, $"/staff/cases/{eir}");
        var removed = await Html.PostFormAsync(admin, afterAdd, new Dictionary<string, string>(), afterAdd.QuerySelector("#adjustments form")!.GetAttribute("action"));
        var afterRemove = await Html.GetAsync(admin, removed.Headers.Location!.OriginalString);
        var datesAfterRemove = await DatesAsync(eir, publicInterest, closed);

        Assert.Equal("Calendar change saved. The dates of 2 open requests moved.", afterAdd.QuerySelector("#calendar-notice")!.TextContent.Trim());
        Assert.Equal(
            [(new DateOnly(2031, 5, 2), new DateOnly(2031, 5, 2)), (new DateOnly(2031, 4, 1), new DateOnly(2031, 5, 2)), (new DateOnly(2031, 5, 1), new DateOnly(2031, 5, 1))],
            datesAfterAdd);
        Assert.Equal("Friday 2 May 2031", casePage.QuerySelector("#due-on")!.TextContent.Trim());
        Assert.Equal(
            "Due date moved from Thursday 1 May 2031 to Friday 2 May 2031: bank holiday on Wednesday 23 April 2031 added (source: Royal Proclamation of 1 March 2031) by Ada Admin",
            WithoutTime(casePage.QuerySelectorAll(".app-timeline li")[^1]));
        Assert.Equal("Calendar change removed. The dates of 2 open requests moved.", afterRemove.QuerySelector("#calendar-notice")!.TextContent.Trim());
        Assert.Equal(
            [(new DateOnly(2031, 5, 1), new DateOnly(2031, 5, 1)), (new DateOnly(2031, 4, 1), new DateOnly(2031, 5, 1)), (new DateOnly(2031, 5, 1), new DateOnly(2031, 5, 1))],
            datesAfterRemove);
        var publicInterestEvents = await portal.WithDbAsync(db => db.Requests.Where(r => r.Id == publicInterest).SelectMany(r => r.Events).Where(e => e.Kind == "DeadlineMoved").OrderBy(e => e.Id).Select(e => e.Description).ToListAsync());
        Assert.Equal(
            [
                "Public interest target moved from Thursday 1 May 2031 to Friday 2 May 2031: bank holiday on Wednesday 23 April 2031 added (source: Royal Proclamation of 1 March 2031)",
                "Public interest target moved from Friday 2 May 2031 to Thursday 1 May 2031: bank holiday on Wednesday 23 April 2031 withdrawn (source: Royal Proclamation of 1 March 2031)",
            ],
            publicInterestEvents);
        await portal.WithDbAsync(db => db.CalendarAdjustments.ExecuteDeleteAsync());
    }

    [Fact]
    public async Task Post_InvalidRightAfterASavedChange_ShowsTheErrorWithoutTheSuccessBanner()
    {
        var admin = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(admin, "admin@foiportal.test");
        var saved = await Html.PostFormAsync(admin, await Html.GetAsync(admin, Page), Form("24", "6", "2032", "Scotland"));
        var confirmed = await Html.GetAsync(admin, saved.Headers.Location!.OriginalString);

        var refused = await Html.PostFormAsync(admin, confirmed, new Dictionary<string, string> { ["Data.Reason"] = "Missing the date" });

        Assert.NotNull(confirmed.QuerySelector(".govuk-notification-banner--success"));
        var shown = await Html.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Enter the date of the non-working day", Html.ErrorSummary(shown)[0]);
        Assert.Null(shown.QuerySelector(".govuk-notification-banner--success"));
        await portal.WithDbAsync(db => db.CalendarAdjustments.ExecuteDeleteAsync());
    }

    /// <summary>A timeline line's words after its date and time.</summary>
    private static string WithoutTime(AngleSharp.Dom.IElement item) => Squash(item.TextContent[item.QuerySelector("span")!.TextContent.Length..]);

    private static string Squash(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, string> Form(string day, string month, string year, string scope) => new()
    {
        ["Data.Day"] = day,
        ["Data.Month"] = month,
        ["Data.Year"] = year,
        ["Data.Kind"] = "ExtraNonWorkingDay",
        ["Data.Scope"] = scope,
        ["Data.Reason"] = "Bank holiday proclaimed for a test",
        ["Data.Source"] = "Royal Proclamation of 1 March 2031",
    };

    private Task<List<(DateOnly DueOn, DateOnly WorkingToOn)>> DatesAsync(params int[] ids) =>
        portal.WithDbAsync(async db =>
        {
            var rows = await db.Requests.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.DueOn, r.WorkingToOn }).ToListAsync();
            return ids.Select(id => rows.Single(r => r.Id == id)).Select(r => (r.DueOn, r.WorkingToOn)).ToList();
        });
}
