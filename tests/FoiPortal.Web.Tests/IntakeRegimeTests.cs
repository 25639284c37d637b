using System.Net;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>A Scottish public authority: new requests start under FOISA.</summary>
public sealed class ScottishPortalFactory : PortalFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("Authority:DefaultRegime", "Foisa");
}

/// <summary>
/// Issue 13, the regime at intake (<c>Authority:DefaultRegime</c>). Logged as received Tue 4 Aug 2026, 9:15am. By hand:
/// Mon 3 Aug is Scotland's summer bank holiday and Mon 31 Aug the one in England, Wales and Northern Ireland. Day 1 is
/// Wed 5 Aug: 5-7 Aug (3), 10-14 (8), 17-21 (13), 24-28 (18). FOISA s.73 skips only Scottish bank holidays: Mon 31 Aug is
/// day 19, Tue 1 Sep day 20. FOIA s.10(6) would skip 31 Aug and make it Wed 2 Sep.
/// </summary>
public sealed class IntakeRegimeTests(ScottishPortalFactory factory) : IClassFixture<ScottishPortalFactory>
{
    private static Dictionary<string, string> LogAnswers(string email) => new()
    {
        ["Data.Channel"] = "Email",
        ["Data.ReceivedOn.Day"] = "4",
        ["Data.ReceivedOn.Month"] = "8",
        ["Data.ReceivedOn.Year"] = "2026",
        ["Data.ReceivedTime"] = "9:15am",
        ["Data.FullName"] = "Morag Brown",
        ["Data.Email"] = email,
        ["Data.PostalAddress"] = string.Empty,
        ["Data.Title"] = "Road traffic collisions in Perth",
        ["Data.QuestionsText"] = "How many collisions in 2025?",
        ["Data.PreferredFormat"] = "Email",
    };

    [Fact]
    public async Task LogRequest_ForAScottishAuthority_FoisaS10_StartsUnderFoisaOnTheScottishCalendar()
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");
        var form = await Html.GetAsync(client, "/staff/cases/new");

        var checkResponse = await Html.PostFormAsync(client, form, LogAnswers("morag.intake@example.org"));
        Assert.Equal(HttpStatusCode.OK, checkResponse.StatusCode);
        var check = await Html.ParseAsync(checkResponse);
        Assert.Equal("Due by Tuesday 1 September 2026", check.QuerySelector("#due-preview")!.TextContent.Trim());
        var saved = await Html.PostFormAsync(client, check, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        var stored = await factory.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal((Regime.Foisa, new DateOnly(2026, 9, 1)), (stored.Regime, stored.DueOn));
        var email = await Mailbox.WaitForAsync(factory, stored.Reference);
        Assert.Contains("We will respond by Tuesday 1 September 2026.", email, StringComparison.Ordinal);
        Assert.Contains("bank holidays in Scotland (Freedom of Information (Scotland) Act 2002, section 10)", email, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_OnThePublicForm_ForAScottishAuthority_StartsUnderFoisa()
    {
        var client = factory.CreateBrowserLikeClient();

        var reference = Journey.Reference(await Journey.MakeRequestAsync(client, Journey.ValidAnswers("Scottish intake test")));

        var stored = await factory.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.Reference == reference));
        Assert.Equal(Regime.Foisa, stored.Regime);
        var email = await Mailbox.WaitForAsync(factory, reference);
        Assert.Contains("Freedom of Information (Scotland) Act 2002, section 10", email, StringComparison.Ordinal);
    }
}
