using System.Net;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>Issue 18: cases ticked in the queue move to another officer together, each with its own timeline event, or none move.</summary>
public sealed class ReassignCasesTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    private const string Officer = "officer@foiportal.test";
    private const string Manager = "manager@foiportal.test";

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, email);
        return client;
    }

    private Task<int> AddAsync(string reference) =>
        portal.AddRequestAsync(reference, new DateOnly(2031, 3, 20), r => r.AssignTo(Officer, Officer, FixedClockPortal.Now.AddDays(-20)));

    private Task<(string? Officer, List<string> Events)> AssignmentAsync(int id) => portal.WithDbAsync(async db =>
    {
        var request = await db.Requests.AsNoTracking().Include(r => r.Events).SingleAsync(r => r.Id == id);
        return (request.AssignedOfficer, request.Events.Where(e => e.Kind == "Assigned").Select(e => e.Description).ToList());
    });

    [Fact]
    public async Task TheQueue_OffersACheckboxForEachOpenCase_BelongingToTheReassignForm()
    {
        var id = await AddAsync("RA/0");
        var officer = await SignedInAsync(Officer);

        var queue = await Html.GetAsync(officer, "/staff/cases?view=all&q=RA%2F0");

        var box = queue.QuerySelector($"input[type=checkbox][name=ids][value='{id}']")!;
        Assert.Equal("reassign-cases", box.GetAttribute("form"));
        Assert.Equal("Select RA/0", queue.QuerySelector($"label[for='select-{id}']")!.TextContent.Trim());
        Assert.Equal("/staff/cases/reassign", queue.QuerySelector("form#reassign-cases")!.GetAttribute("action"));
    }

    [Fact]
    public async Task Reassign_TwoCases_MovesBoth_WithATimelineEventOnEach()
    {
        var first = await AddAsync("RA/1");
        var second = await AddAsync("RA/2");
        var officer = await SignedInAsync(Officer);
        var page = await Html.GetAsync(officer, $"/staff/cases/reassign?ids={first}&ids={second}");

        var moved = await Html.PostFormAsync(officer, page, new Dictionary<string, string> { ["Data.Officer"] = Manager });

        Assert.Equal(["RA/1", "RA/2"], page.QuerySelectorAll("#cases-to-reassign tbody tr").Select(tr => tr.GetAttribute("data-reference")));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        foreach (var id in new[] { first, second })
        {
            var (assigned, events) = await AssignmentAsync(id);
            Assert.Equal(Manager, assigned);
            Assert.Equal("Assigned to Manoj Manager", events[^1]);
        }

        var queue = await Html.GetAsync(officer, moved.Headers.Location!.OriginalString);
        Assert.Contains("2 cases reassigned", queue.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reassign_WithoutChoosingAnOfficer_ShowsTheErrorSummary_AndMovesNothing()
    {
        var id = await AddAsync("RA/3");
        var officer = await SignedInAsync(Officer);
        var page = await Html.GetAsync(officer, $"/staff/cases/reassign?ids={id}");

        var refused = await Html.PostFormAsync(officer, page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var shown = await Html.ParseAsync(refused);
        Assert.Equal(["Select who to reassign the cases to"], Html.ErrorSummary(shown));
        Assert.Equal(["#Data_Officer"], Html.ErrorSummaryLinks(shown));
        Assert.Equal(["RA/3"], shown.QuerySelectorAll("#cases-to-reassign tbody tr").Select(tr => tr.GetAttribute("data-reference")));
        Assert.Equal(Officer, (await AssignmentAsync(id)).Officer);
    }

    [Fact]
    public async Task Reassign_WhenOneCaseChangedSince_IsRefused_AndNeitherMoves()
    {
        var first = await AddAsync("RA/4");
        var second = await AddAsync("RA/5");
        var officer = await SignedInAsync(Officer);
        var page = await Html.GetAsync(officer, $"/staff/cases/reassign?ids={first}&ids={second}");
        await portal.WithDbAsync(async db =>
        {
            var request = await db.Requests.SingleAsync(r => r.Id == second);
            request.AssignTo("officer2@foiportal.test", Manager, FixedClockPortal.Now);
            return await db.SaveChangesAsync();
        });

        var refused = await Html.PostFormAsync(officer, page, new Dictionary<string, string> { ["Data.Officer"] = Manager });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(Officer, (await AssignmentAsync(first)).Officer);
        Assert.Equal("officer2@foiportal.test", (await AssignmentAsync(second)).Officer);
    }

    [Fact]
    public async Task Reassign_WithNothingTicked_SaysToSelectCases()
    {
        var officer = await SignedInAsync(Officer);

        var page = await Html.GetAsync(officer, "/staff/cases/reassign");

        Assert.Equal(["Select at least one open case in the queue to reassign"], Html.ErrorSummary(page));
        Assert.Null(page.QuerySelector("main form[method=post]"));
    }
}
