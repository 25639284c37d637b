using System.Net;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure.Seeding;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>Triage: the officer decides which law applies (FOIA, the EIR or FOISA) before any decision depends on it.</summary>
public sealed class RegimeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<HttpClient> OfficerAsync()
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");
        return client;
    }

    private async Task<int> NewRequestAsync()
    {
        var reference = Journey.Reference(await Journey.MakeRequestAsync(factory.CreateBrowserLikeClient()));
        return await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
    }

    [Fact]
    public async Task Change_ToEir_IsRecordedOnTheCaseAndItsTimeline()
    {
        var id = await NewRequestAsync();
        var client = await OfficerAsync();
        var casePage = await Html.GetAsync(client, $"/staff/cases/{id}");
        var form = await Html.GetAsync(client, casePage.QuerySelector("#regime-link")!.GetAttribute("href")!);
        Assert.Equal(["Foia", "Eir", "Foisa"], form.QuerySelectorAll("input[name='Data.Regime']").Select(i => i.GetAttribute("value")));
        Assert.NotNull(form.QuerySelector("input[name='Data.Regime'][value=Foia][checked]"));

        var response = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Regime"] = "Eir" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await Html.GetAsync(client, response.Headers.Location!.OriginalString);
        Assert.Equal("EIR", after.QuerySelector("#regime")!.TextContent.Trim());
        Assert.Contains("is now handled under the Environmental Information Regulations 2004", after.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        var (regime, events) = await factory.WithDbAsync(async db => (
            await db.Requests.Where(r => r.Id == id).Select(r => r.Regime).SingleAsync(),
            await db.Requests.Where(r => r.Id == id).SelectMany(r => r.Events).Select(e => e.Description).ToListAsync()));
        Assert.Equal(Regime.Eir, regime);
        Assert.Contains("Handled under EIR", events);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Gdpr")]
    [InlineData("7")]
    public async Task Change_WithoutAValidChoice_AsksForOne_AndChangesNothing(string choice)
    {
        var id = await NewRequestAsync();
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, $"/staff/cases/{id}/regime");

        var response = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Regime"] = choice });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(["Select the law this request is handled under"], Html.ErrorSummary(page));
        Assert.Equal(Regime.Foia, await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Regime).SingleAsync()));
    }

    [Fact]
    public async Task Change_AfterACostDecision_IsRefused()
    {
        // FOI/DEMO/00007 has an s.12 refusal and an s.23(5) decision recorded under FOIA.
        var id = await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == DevelopmentSeeder.AwaitingSignOffReference).Select(r => r.Id).SingleAsync());
        var client = await OfficerAsync();
        var fresh = await NewRequestAsync();
        var freshForm = await Html.GetAsync(client, $"/staff/cases/{fresh}/regime");

        var page = await Html.GetAsync(client, $"/staff/cases/{id}/regime");
        // A hand-made post with the decided case's version, through another case's form.
        var version = await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
        var forced = await Html.PostFormAsync(
            client, freshForm, new Dictionary<string, string> { ["Data.Regime"] = "Eir", ["Data.Version"] = version.ToString() }, $"/staff/cases/{id}/regime");

        Assert.StartsWith("A cost decision, an exemption decision or a response has been recorded", page.QuerySelector("#cannot-change")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.BadRequest, forced.StatusCode);
        Assert.Equal(Regime.Foia, await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Regime).SingleAsync()));
    }

    [Fact]
    public async Task Change_FromAStalePage_IsRefused()
    {
        var id = await NewRequestAsync();
        var client = await OfficerAsync();
        var stale = await Html.GetAsync(client, $"/staff/cases/{id}/regime");
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(client, await Html.GetAsync(client, $"/staff/cases/{id}/regime"), new Dictionary<string, string> { ["Data.Regime"] = "Eir" })).StatusCode);

        var response = await Html.PostFormAsync(client, stale, new Dictionary<string, string> { ["Data.Regime"] = "Foisa" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(Regime.Eir, await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Regime).SingleAsync()));
    }
}
