using System.Net;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FoiPortal.Web.Tests.ExemptionForm;

namespace FoiPortal.Web.Tests;

/// <summary>The catalogue admin page (/staff/admin/exemptions) and the catalogue table's seeding. Own fixture: edits here change the catalogue.</summary>
public sealed class ExemptionCatalogueAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Admin = "admin@foiportal.test";

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, email);
        return client;
    }

    private Task<ExemptionEntry> EntryAsync(string key) =>
        factory.WithDbAsync(db => db.ExemptionEntries.AsNoTracking().SingleAsync(e => e.Key == key));

    private static async Task<HttpResponseMessage> EditAsync(HttpClient admin, int id, string wording, bool sensitive)
    {
        var page = await Html.GetAsync(admin, $"/staff/admin/exemptions/{id}");
        var values = new Dictionary<string, string> { ["Data.StandardWording"] = wording };
        if (sensitive)
        {
            values["Data.IsSensitive"] = "true";
        }

        return await Html.PostFormAsync(admin, page, values);
    }

    [Theory]
    [InlineData("officer@foiportal.test")]
    [InlineData("manager@foiportal.test")]
    public async Task Get_AsCaseWorker_IsDenied(string email)
    {
        var client = await SignedInAsync(email);
        var id = (await EntryAsync("FOIA s.31(1)")).Id;

        foreach (var url in new[] { "/staff/admin/exemptions", $"/staff/admin/exemptions/{id}" })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/staff/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Start_SeedsEveryDefaultEntry()
    {
        var stored = await factory.WithDbAsync(db => db.ExemptionEntries.Select(e => e.Key).ToListAsync());

        Assert.Equal(ExemptionCatalogue.CreateDefault().Entries.Select(e => e.Key).Order(), stored.Order());
    }

    [Fact]
    public async Task Seeding_AddsAMissingEntryAndKeepsAdminEdits()
    {
        await factory.WithDbAsync(async db =>
        {
            var edited = await db.ExemptionEntries.SingleAsync(e => e.Key == "FOIA s.43(1)");
            ExemptionCatalogueChange.Apply(edited, "Our trade secrets wording.", isSensitive: true, Admin, DateTime.UtcNow);
            db.ExemptionEntries.Remove(await db.ExemptionEntries.SingleAsync(e => e.Key == "FOIA s.43(3)"));
            return await db.SaveChangesAsync();
        });

        var (added, _) = await factory.WithDbAsync(db => DatabaseExemptionCatalogue.EnsureSeededAsync(db, CancellationToken.None));

        Assert.Equal(1, added);
        var kept = await EntryAsync("FOIA s.43(1)");
        Assert.Equal(("Our trade secrets wording.", true), (kept.StandardWording, kept.IsSensitive));
        Assert.True((await EntryAsync("FOIA s.43(3)")).IsNeitherConfirmNorDeny);
    }

    [Fact]
    public async Task Get_ListsOneRegimeWithItsLegalCharacter()
    {
        var admin = await SignedInAsync(Admin);

        var foia = await Html.GetAsync(admin, "/staff/admin/exemptions");
        var eir = await Html.GetAsync(admin, "/staff/admin/exemptions?regime=eir");

        var row = foia.QuerySelector($"#entry-{(await EntryAsync("FOIA s.23(5)")).Id}")!;
        Assert.Contains("Section 23(5)", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Absolute, class-based, neither confirm nor deny", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sensitive", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Regulation 12(5)(b)", foia.QuerySelector("#catalogue")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Regulation 12(5)(b)", eir.QuerySelector("#catalogue")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri("/staff/admin/exemptions?regime=gdpr", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Get_Entry_ShowsTheLegalCharacterReadOnly()
    {
        var admin = await SignedInAsync(Admin);

        var page = await Html.GetAsync(admin, $"/staff/admin/exemptions/{(await EntryAsync("FOIA s.31(1)")).Id}");

        Assert.Equal("Qualified: public interest test required", page.QuerySelector("#basis")!.TextContent.Trim());
        Assert.Contains("Provided by section 31(3)", page.QuerySelector("#legal-character")!.TextContent, StringComparison.Ordinal);
        // Only the wording and the flag are posted.
        Assert.Equal(["Data.StandardWording", "Data.IsSensitive"], page.QuerySelectorAll("main form[method=post] [name^='Data.']").Select(f => f.GetAttribute("name")!));
    }

    [Fact]
    public async Task Post_WordingAndSensitive_IsSavedAuditedAndNewDecisionsNeedSignOff()
    {
        var admin = await SignedInAsync(Admin);
        var entry = await EntryAsync("FOIA s.31(1)");

        var response = await EditAsync(admin, entry.Id, "  Our own law enforcement wording.  ", sensitive: true);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/admin/exemptions?regime=foia", response.Headers.Location!.OriginalString);
        var saved = await EntryAsync("FOIA s.31(1)");
        Assert.Equal(("Our own law enforcement wording.", true), (saved.StandardWording, saved.IsSensitive));
        var change = await factory.WithDbAsync(db => db.ExemptionCatalogueChanges.AsNoTracking().SingleAsync(c => c.EntryKey == "FOIA s.31(1)"));
        Assert.Equal((Admin, entry.StandardWording, "Our own law enforcement wording.", false, true),
            (change.ChangedBy, change.WordingBefore, change.WordingAfter, change.SensitiveBefore!.Value, change.SensitiveAfter!.Value));
        var page = await Html.GetAsync(admin, $"/staff/admin/exemptions/{entry.Id}");
        Assert.Contains(Admin, page.QuerySelector("#changes")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Standard wording changed; marked sensitive", page.QuerySelector("#changes")!.TextContent, StringComparison.Ordinal);

        // The cached catalogue was refreshed: an officer's s.31(1) decision now goes to a manager, with the new wording.
        var reference = Journey.Reference(await Journey.MakeRequestAsync(factory.CreateBrowserLikeClient()));
        var id = await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
        var officer = await SignedInAsync("officer@foiportal.test");
        var form = await Html.GetAsync(officer, $"/staff/cases/{id}/exemptions");
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(officer, form, Form().Cite("FOIA s.31(1)", pit: true, likelihood: "Would"), $"/staff/cases/{id}/exemptions")).StatusCode);
        Assert.Equal(SignOffState.Pending, await factory.WithDbAsync(db => db.ExemptionDecisions.Where(d => d.FoiRequestId == id).Select(d => d.SignOff.State).SingleAsync()));
        Assert.Contains("Our own law enforcement wording.", (await Html.GetAsync(officer, $"/staff/cases/{id}/exemptions")).QuerySelector("#notice-preview")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("   ", "Enter the standard wording for refusal notices")]
    [InlineData(null, "Standard wording must be 2,000 characters or fewer")]
    public async Task Post_BadWording_ShowsErrorAndSavesNothing(string? wording, string message)
    {
        var admin = await SignedInAsync(Admin);
        var before = await EntryAsync("FOIA s.38(1)");

        var response = await EditAsync(admin, before.Id, wording ?? new string('a', 2_001), sensitive: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal([message], Html.ErrorSummary(page));
        Assert.Equal(["#Data_StandardWording"], Html.ErrorSummaryLinks(page));
        var after = await EntryAsync("FOIA s.38(1)");
        Assert.Equal((before.StandardWording, false), (after.StandardWording, after.IsSensitive));
        Assert.False(await factory.WithDbAsync(db => db.ExemptionCatalogueChanges.AnyAsync(c => c.EntryKey == "FOIA s.38(1)")));
    }
}
