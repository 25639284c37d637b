using System.Net;
using AngleSharp.Dom;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FoiPortal.Web.Tests;

/// <summary>
/// The app with its clock fixed at Monday 10 March 2031, 10:00 UTC. Hand-worked dates: 5 working days ahead is
/// Tuesday 18 March (Monday 17 March is St Patrick's Day, a Northern Ireland bank holiday, so not a working day
/// under FOIA s.10(6)); 1 working day ahead is Tuesday 11 March.
/// </summary>
public class FixedClockPortal : IDisposable
{
    public static readonly DateTimeOffset Now = new(2031, 3, 10, 10, 0, 0, TimeSpan.Zero);

    private readonly PortalFactory _inner = new();
    private readonly WebApplicationFactory<Program> _app;

    public FixedClockPortal()
        : this(countsCacheSeconds: 0)
    {
    }

    /// <param name="countsCacheSeconds">Queue:CountsCacheSeconds: 0 (no caching) unless a test is about the cache.</param>
    protected FixedClockPortal(int countsCacheSeconds)
    {
        Time = new FakeTimeProvider(Now);
        _app = _inner.WithWebHostBuilder(b => b
            .UseSetting("Queue:CountsCacheSeconds", countsCacheSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Time)));
    }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _app.Services;

    public HttpClient CreateBrowserLikeClient() =>
        _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<T> WithDbAsync<T>(Func<FoiDbContext, Task<T>> work)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<FoiDbContext>());
    }

    /// <summary>
    /// A request with a chosen due date (and regime), changed through the domain by <paramref name="act"/>. The date
    /// worked to is the due date (no public interest extension): use <see cref="AddReceivedAsync"/> for real clock events.
    /// </summary>
    public Task<int> AddRequestAsync(string reference, DateOnly dueOn, Action<FoiRequest>? act = null, Regime regime = Regime.Foia) =>
        WithDbAsync(async db =>
        {
            var request = FoiRequest.Submit(
                reference,
                new Requester("Pat Requester", "pat.requester@example.org", null),
                $"Title of {reference}",
                ["How many?"],
                PreferredFormat.Email,
                Channel.Email,
                Now.AddDays(-25),
                WorkingDayCalendar.UnitedKingdom(),
                TrackingToken.Create().Hash);
            act?.Invoke(request);
            db.Requests.Add(request);
            db.Entry(request).Property(r => r.DueOn).CurrentValue = dueOn;
            db.Entry(request).Property(r => r.WorkingToOn).CurrentValue = dueOn;
            db.Entry(request).Property(r => r.Regime).CurrentValue = regime;
            await db.SaveChangesAsync();
            return request.Id;
        });

    /// <summary>
    /// A FOIA request received at <paramref name="receivedAt"/>, its dates worked out by the clock only, then changed
    /// through the domain by <paramref name="act"/>. Returns its id and tracking token.
    /// </summary>
    public Task<(int Id, string Token)> AddReceivedAsync(string reference, DateTimeOffset receivedAt, Action<FoiRequest>? act = null) =>
        WithDbAsync(async db =>
        {
            var (token, hash) = TrackingToken.Create();
            var request = FoiRequest.Submit(
                reference,
                new Requester("Pat Requester", "pat.requester@example.org", null),
                $"Title of {reference}",
                ["How many?"],
                PreferredFormat.Email,
                Channel.Email,
                receivedAt,
                WorkingDayCalendar.UnitedKingdom(),
                hash);
            act?.Invoke(request);
            db.Requests.Add(request);
            await db.SaveChangesAsync();
            return (request.Id, token);
        });

    public void Dispose()
    {
        _app.Dispose();
        _inner.Dispose();
    }
}

public sealed class QueueTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    private const string Officer = "officer@foiportal.test";
    private const string Manager = "manager@foiportal.test";
    private static readonly DateTimeOffset At = FixedClockPortal.Now.AddDays(-20);

    [Theory]
    [InlineData("open", "QV/D QV/A QV/F QV/B QV/C")]
    [InlineData("mine", "QV/D QV/A")]
    [InlineData("unassigned", "QV/B")]
    [InlineData("due-soon", "QV/F QV/B")]
    [InlineData("overdue", "QV/A")]
    [InlineData("all", "QV/F QV/E QV/D QV/C QV/B QV/A")]
    public async Task View_ListsTheRightRequestsInOrder(string view, string expected)
    {
        await SeedViewDataAsync();
        var client = await SignedInAsync(Officer);

        var page = await Html.GetAsync(client, $"/staff/cases?view={view}&q=QV/");

        Assert.Equal(expected.Split(' '), References(page));
        Assert.Equal(view, page.QuerySelector("nav[aria-label='Case views'] a[aria-current=page]")!.GetAttribute("data-view"));
    }

    [Fact]
    public async Task Views_ShowTheirCountsAndSayStoppedClocksAreLeftOut()
    {
        await SeedViewDataAsync();
        var client = await SignedInAsync(Officer);

        var page = await Html.GetAsync(client, "/staff/cases?view=overdue&q=QV/");

        string Tab(string slug) => page.QuerySelector($"a[data-view='{slug}']")!.TextContent.Trim();
        Assert.Equal("Overdue (1)", Tab("overdue"));
        Assert.Equal("All open (5)", Tab("open"));
        Assert.Equal("Due within 5 working days (2)", Tab("due-soon"));
        Assert.Equal("My cases (2)", Tab("mine"));
        Assert.Contains("clock is stopped", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_GoesPastTheFirstPage_AndNeverComplainsAboutThePageParameter()
    {
        // 30 open requests matching "PG/", due one day apart: 25 on page 1 (soonest due first), 5 on page 2.
        for (var n = 1; n <= 30; n++)
        {
            if (!await portal.WithDbAsync(db => db.Requests.AnyAsync(r => r.Reference == $"PG/{n:D2}")))
            {
                await portal.AddRequestAsync($"PG/{n:D2}", new DateOnly(2031, 4, 1).AddDays(n));
            }
        }

        var client = await SignedInAsync(Officer);

        var first = await Html.GetAsync(client, "/staff/cases?view=open&q=PG/");
        var second = await Html.GetAsync(client, "/staff/cases?view=open&q=PG/&page=2");
        var nonsense = await Html.GetAsync(client, "/staff/cases?view=open&q=PG/&page=abc");

        Assert.Null(first.QuerySelector(".govuk-error-summary"));
        Assert.Equal(Enumerable.Range(1, 25).Select(n => $"PG/{n:D2}"), References(first));
        Assert.Equal(Enumerable.Range(26, 5).Select(n => $"PG/{n:D2}"), References(second));
        Assert.Equal("2", second.QuerySelector(".govuk-pagination__item--current")!.TextContent.Trim());
        Assert.Null(nonsense.QuerySelector(".govuk-error-summary"));
        Assert.Equal(References(first), References(nonsense));
    }

    [Fact]
    public async Task Queue_WithoutAView_ShowsAllOpen()
    {
        var client = await SignedInAsync(Officer);

        var page = await Html.GetAsync(client, "/staff/cases");

        Assert.Equal("open", page.QuerySelector("nav[aria-label='Case views'] a[aria-current=page]")!.GetAttribute("data-view"));
        Assert.Contains("soonest due first", page.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_Combine()
    {
        await portal.AddRequestAsync("QF/1", new DateOnly(2031, 3, 20), r => r.StartWork(Officer, At), Regime.Eir);
        await portal.AddRequestAsync("QF/2", new DateOnly(2031, 3, 21), regime: Regime.Eir);
        await portal.AddRequestAsync("QF/3", new DateOnly(2031, 3, 22), r => r.StartWork(Officer, At));
        await portal.AddRequestAsync("QF/4", new DateOnly(2031, 3, 23), r => r.StartWork(Manager, At), Regime.Eir);
        var client = await SignedInAsync(Officer);

        var eir = await Html.GetAsync(client, "/staff/cases?view=open&q=QF/&regime=eir");
        var eirInProgressMine = await Html.GetAsync(client, $"/staff/cases?view=open&q=QF/&regime=eir&status=InProgress&officer={Officer}");
        var nonsense = await Html.GetAsync(client, "/staff/cases?view=nonsense&q=QF/&regime=klingon&status=7&officer=nobody");

        Assert.Equal(["QF/1", "QF/2", "QF/4"], References(eir));
        Assert.Equal(["QF/1"], References(eirInProgressMine));
        // An unknown view with a search looks through everything (All, newest first); unknown filters are ignored.
        Assert.Equal(["QF/4", "QF/3", "QF/2", "QF/1"], References(nonsense));
        Assert.Equal("eir", eirInProgressMine.QuerySelector("#regime option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AssignToMe_AssignsTheRequestAndKeepsItsStatus()
    {
        var id = await portal.AddRequestAsync("QA/1", new DateOnly(2031, 3, 25));
        var client = await SignedInAsync(Officer);
        var queue = await Html.GetAsync(client, "/staff/cases?view=unassigned&q=QA/1");

        var response = await PostRowFormAsync(client, queue, "QA/1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/cases?view=unassigned&q=QA%2F1", response.Headers.Location!.OriginalString);
        var after = await Html.GetAsync(client, response.Headers.Location!.OriginalString);
        Assert.Contains("QA/1 is now assigned to you", after.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(References(after));
        var saved = await portal.WithDbAsync(db => db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == id));
        Assert.Equal(Officer, saved.AssignedOfficer);
        Assert.Equal(RequestStatus.Received, saved.Status);
        Assert.Equal("Assigned to Olivia Officer", saved.Events[^1].Description);
        Assert.Equal(Officer, saved.Events[^1].Actor);
    }

    [Fact]
    public async Task AssignToMe_AfterSomeoneElseChangedTheRequest_Gives409AndKeepsTheirChange()
    {
        var id = await portal.AddRequestAsync("QA/2", new DateOnly(2031, 3, 25));
        var client = await SignedInAsync(Officer);
        var queue = await Html.GetAsync(client, "/staff/cases?view=unassigned&q=QA/2");
        await portal.WithDbAsync(async db =>
        {
            var request = await db.Requests.SingleAsync(r => r.Id == id);
            request.AssignTo(Manager, Manager, FixedClockPortal.Now);
            return await db.SaveChangesAsync();
        });

        var response = await PostRowFormAsync(client, queue, "QA/2");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else changed this request", Html.ErrorSummary(await Html.ParseAsync(response))[0], StringComparison.Ordinal);
        Assert.Equal(Manager, await portal.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.AssignedOfficer).SingleAsync()));
    }

    [Fact]
    public async Task AssignPage_AssignsToTheChosenOfficer()
    {
        var id = await portal.AddRequestAsync("QA/3", new DateOnly(2031, 3, 25));
        var client = await SignedInAsync(Manager);
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/assign");

        var response = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Officer"] = Officer });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/staff/cases/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(["Manoj Manager", "Olivia Officer"], page.QuerySelectorAll(".govuk-radios__label").Select(l => l.TextContent.Trim()));
        Assert.Equal(Officer, await portal.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.AssignedOfficer).SingleAsync()));
    }

    [Theory]
    [InlineData("", "Select who to assign this request to")]
    [InlineData("admin@foiportal.test", "Select an officer or manager from the list")]
    public async Task AssignPage_WithoutAnOfficer_ShowsError(string officer, string error)
    {
        var id = await portal.AddRequestAsync($"QA/4{officer.Length}", new DateOnly(2031, 3, 25));
        var client = await SignedInAsync(Manager);
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/assign");

        var response = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Officer"] = officer });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([error], Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.Null(await portal.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.AssignedOfficer).SingleAsync()));
    }

    [Fact]
    public async Task AssignPage_ForARequestClosedMeanwhile_IsRefused()
    {
        var id = await portal.AddRequestAsync("QA/5", new DateOnly(2031, 3, 25));
        var client = await SignedInAsync(Manager);
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/assign");
        await portal.WithDbAsync(async db =>
        {
            (await db.Requests.SingleAsync(r => r.Id == id)).Withdraw(FixedClockPortal.Now);
            return await db.SaveChangesAsync();
        });

        var response = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Officer"] = Officer });
        var closedPage = await Html.GetAsync(client, $"/staff/cases/{id}/assign");

        // The page was loaded before the withdrawal: the manager is told the case changed and to reload (which then
        // shows it withdrawn, with no form), rather than acting on what they saw.
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("reload", Assert.Single(Html.ErrorSummary(await Html.ParseAsync(response))), StringComparison.Ordinal);
        Assert.Null(await portal.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.AssignedOfficer).SingleAsync()));
        Assert.Empty(closedPage.QuerySelectorAll("main form[method=post]"));
    }

    [Fact]
    public async Task AssignPage_UnknownRequest_IsNotFound()
    {
        var client = await SignedInAsync(Manager);

        var response = await client.GetAsync(new Uri("/staff/cases/999999/assign", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PublicInterestExtensionInTime_IsNotOverdue_ButALateOneIs()
    {
        // Received Mon 3 Feb 2031: due Mon 3 Mar. Today is Mon 10 Mar. A s.10(3) extension notified on the due date works
        // to Tue 1 Apr (20 working days; St Patrick's Day, Mon 17 Mar, not counted): on time, not overdue, not due soon.
        // Notified on Tue 4 Mar it was late: still overdue from 3 Mar (FOIA s.17(2)).
        var received = new DateTimeOffset(2031, 2, 3, 10, 0, 0, TimeSpan.Zero);
        var calendar = WorkingDayCalendar.UnitedKingdom();
        await portal.AddReceivedAsync("QP/IN", received, r =>
        {
            r.StartWork(Officer, received);
            r.ExtendForPublicInterest(Officer, new DateOnly(2031, 3, 3), "Balancing the public interest", 20, FixedClockPortal.Now, calendar);
        });
        await portal.AddReceivedAsync("QP/LATE", received, r =>
        {
            r.StartWork(Officer, received);
            r.ExtendForPublicInterest(Officer, new DateOnly(2031, 3, 4), "Balancing the public interest", 20, FixedClockPortal.Now, calendar);
        });
        var client = await SignedInAsync(Officer);

        var overdue = await Html.GetAsync(client, "/staff/cases?view=overdue&q=QP/");
        var open = await Html.GetAsync(client, "/staff/cases?view=open&q=QP/");

        Assert.Equal(["QP/LATE"], References(overdue));
        Assert.Equal("Overdue (1)", overdue.QuerySelector("a[data-view='overdue']")!.TextContent.Trim());
        // Soonest worked-to date first: the late one (3 Mar) before the timely one (1 Apr).
        Assert.Equal(["QP/LATE", "QP/IN"], References(open));
        var timely = open.QuerySelector("tr[data-reference='QP/IN']")!;
        Assert.Contains("1 Apr 2031", timely.TextContent, StringComparison.Ordinal);
        Assert.Contains("Public interest target", timely.TextContent, StringComparison.Ordinal);
        Assert.Empty(timely.QuerySelectorAll(".govuk-tag--red"));
    }

    [Fact]
    public async Task CasePage_ShowsStaffByDisplayNameWithTheEmailOnHover_AndTheAssignmentOnce()
    {
        var id = await portal.AddRequestAsync("QN/1", new DateOnly(2031, 3, 25));
        var manager = await SignedInAsync(Manager);
        var assign = await Html.GetAsync(manager, $"/staff/cases/{id}/assign");
        await Html.PostFormAsync(manager, assign, new Dictionary<string, string> { ["Data.Officer"] = Officer });

        var page = await Html.GetAsync(manager, $"/staff/cases/{id}");

        var officer = page.QuerySelector("#assigned-officer .app-staff-name")!;
        Assert.Equal("Olivia Officer", officer.TextContent.Trim());
        Assert.Equal(Officer, officer.GetAttribute("title"));
        var assigned = page.QuerySelectorAll(".app-timeline li")[^1];
        Assert.Equal("Assigned to Olivia Officer by Manoj Manager", Squash(assigned.TextContent[(assigned.TextContent.IndexOf("Assigned", StringComparison.Ordinal))..]));
        Assert.Equal(Manager, assigned.QuerySelector(".app-staff-name")!.GetAttribute("title"));
        Assert.DoesNotContain("@foiportal.test", page.QuerySelector(".app-timeline")!.TextContent, StringComparison.Ordinal);
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static List<string> References(IDocument page) =>
        page.QuerySelectorAll("tbody tr").Select(tr => tr.GetAttribute("data-reference")!).ToList();

    private static Task<HttpResponseMessage> PostRowFormAsync(HttpClient client, IDocument page, string reference)
    {
        var form = page.QuerySelector($"tr[data-reference='{reference}'] form[method=post]") ?? throw new InvalidOperationException($"No Assign to me form for {reference}.");
        var fields = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty)).ToList();
        return client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, email);
        return client;
    }

    /// <summary>Today is Monday 10 March 2031; "due soon" runs to Tuesday 18 March.</summary>
    private async Task SeedViewDataAsync()
    {
        if (await portal.WithDbAsync(db => db.Requests.AnyAsync(r => r.Reference == "QV/A")))
        {
            return;
        }

        await portal.AddRequestAsync("QV/A", new DateOnly(2031, 3, 7), r => r.StartWork(Officer, At));
        await portal.AddRequestAsync("QV/B", new DateOnly(2031, 3, 18));
        await portal.AddRequestAsync("QV/C", new DateOnly(2031, 3, 19), r => r.AssignTo(Manager, Manager, At));
        await portal.AddRequestAsync("QV/D", new DateOnly(2031, 3, 5), r =>
        {
            r.StartWork(Officer, At);
            r.SeekClarification(Officer, DateOnly.FromDateTime(At.UtcDateTime), At, WorkingDayCalendar.UnitedKingdom());
        });
        await portal.AddRequestAsync("QV/E", new DateOnly(2031, 3, 1), r =>
        {
            r.StartWork(Officer, At);
            r.RecordResponseSent(Officer, At);
        });
        await portal.AddRequestAsync("QV/F", new DateOnly(2031, 3, 10), r => r.StartWork(Manager, At));
    }
}
