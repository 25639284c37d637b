using System.Net;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>
/// Issue 18: notes on a case. Written by any member of staff, shown on the case page, corrected only by their author
/// for 15 minutes (then fixed, the earlier text kept), and never shown to the requester.
/// </summary>
public sealed class CaseNotesTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    private const string Officer = "officer@foiportal.test";
    private const string Manager = "manager@foiportal.test";

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, email);
        return client;
    }

    private static async Task<HttpResponseMessage> AddAsync(HttpClient client, int id, string text) =>
        await Html.PostFormAsync(client, await Html.GetAsync(client, $"/staff/cases/{id}/notes"), new Dictionary<string, string> { ["Data.Text"] = text });

    [Fact]
    public async Task Add_ShowsOnTheCasePageWithItsAuthor_AndNeverOnTheRequestersPage()
    {
        var (id, token) = await portal.AddReceivedAsync("NOTE/1", FixedClockPortal.Now.AddDays(-3));
        var officer = await SignedInAsync(Officer);

        var added = await AddAsync(officer, id, "Custody team says the arrest data needs a PNC check per record.");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var casePage = await Html.GetAsync(officer, $"/staff/cases/{id}");
        var notes = casePage.QuerySelector("#notes-list")!.TextContent;
        Assert.Contains("Custody team says the arrest data needs a PNC check per record.", notes, StringComparison.Ordinal);
        Assert.Contains("Olivia Officer", notes, StringComparison.Ordinal);
        var tracking = await (await portal.CreateBrowserLikeClient().GetAsync(new Uri($"/track/{token}", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("PNC check per record", tracking, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("   ", "Enter the note")]
    [InlineData(null, "The note must be 4,000 characters or fewer")]
    public async Task Add_BadText_ShowsTheErrorSummaryAndKeepsWhatWasTyped(string? text, string message)
    {
        var (id, _) = await portal.AddReceivedAsync(text is null ? "NOTE/2L" : "NOTE/2B", FixedClockPortal.Now.AddDays(-3));
        var officer = await SignedInAsync(Officer);
        var typed = text ?? new string('x', 4001);

        var refused = await AddAsync(officer, id, typed);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var shown = await Html.ParseAsync(refused);
        Assert.Equal([message], Html.ErrorSummary(shown));
        Assert.Equal(["#Data_Text"], Html.ErrorSummaryLinks(shown));
        Assert.Equal(typed.Trim(), shown.QuerySelector("textarea[name='Data.Text']")!.TextContent.Trim());
        Assert.Equal(0, await portal.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.FoiRequestId == id)));
    }

    [Fact]
    public async Task Edit_ByTheAuthorInTime_KeepsTheEarlierText_ThenTheNoteIsFixed()
    {
        var (id, _) = await portal.AddReceivedAsync("NOTE/3", FixedClockPortal.Now.AddDays(-3));
        var officer = await SignedInAsync(Officer);
        await AddAsync(officer, id, "Data due Friday.");
        var noteId = await portal.WithDbAsync(db => db.CaseNotes.Where(n => n.FoiRequestId == id).Select(n => n.Id).SingleAsync());
        var edit = $"/staff/cases/{id}/notes/{noteId}/edit";

        var changed = await Html.PostFormAsync(officer, await Html.GetAsync(officer, edit), new Dictionary<string, string> { ["Data.Text"] = "Data due Thursday." });
        portal.Time.Advance(TimeSpan.FromMinutes(16));
        var afterWindow = await Html.GetAsync(officer, edit);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var (text, revisions) = await portal.WithDbAsync(async db =>
        {
            var note = await db.CaseNotes.AsNoTracking().SingleAsync(n => n.Id == noteId);
            return (note.Text, note.Revisions.Select(r => r.Text).ToList());
        });
        Assert.Equal("Data due Thursday.", text);
        Assert.Equal(["Data due Friday."], revisions);
        Assert.StartsWith("A note can be changed only in the 15 minutes after it is written", afterWindow.QuerySelector("#cannot-edit")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(afterWindow.QuerySelector("textarea[name='Data.Text']"));
        Assert.Null((await Html.GetAsync(officer, $"/staff/cases/{id}/notes")).QuerySelector($"a[href='{edit}']"));
    }

    [Fact]
    public async Task Edit_BySomeoneElse_IsRefusedSayingWhy()
    {
        var (id, _) = await portal.AddReceivedAsync("NOTE/4", FixedClockPortal.Now.AddDays(-3));
        var officer = await SignedInAsync(Officer);
        await AddAsync(officer, id, "Asked HR for the figures.");
        var noteId = await portal.WithDbAsync(db => db.CaseNotes.Where(n => n.FoiRequestId == id).Select(n => n.Id).SingleAsync());
        var manager = await SignedInAsync(Manager);
        var edit = $"/staff/cases/{id}/notes/{noteId}/edit";

        var page = await Html.GetAsync(manager, edit);
        // A forged post: the manager's own antiforgery token (from the notes page's form), sent to the note's edit address.
        var forced = await Html.PostFormAsync(manager, await Html.GetAsync(manager, $"/staff/cases/{id}/notes"), new Dictionary<string, string> { ["Data.Text"] = "Overwritten." }, edit);

        Assert.Equal("Only the person who wrote a note can change it.", page.QuerySelector("#cannot-edit")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.BadRequest, forced.StatusCode);
        Assert.Equal(["Only the person who wrote a note can change it"], Html.ErrorSummary(await Html.ParseAsync(forced)));
        Assert.Equal("Asked HR for the figures.", await portal.WithDbAsync(db => db.CaseNotes.Where(n => n.Id == noteId).Select(n => n.Text).SingleAsync()));
    }

    [Fact]
    public async Task Notes_OfACaseThatDoesNotExist_AreNotFound()
    {
        var officer = await SignedInAsync(Officer);

        var response = await officer.GetAsync(new Uri("/staff/cases/999999/notes", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
