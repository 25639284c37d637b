using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>Issue 18: narrow viewports, and cases made for a journey straight through the domain.</summary>
public static class SmallScreens
{
    /// <summary>A phone held upright (the check) and the narrowest width WCAG 1.4.10 reflow asks for.</summary>
    public static readonly (int Width, int Height)[] Phones = [(390, 844), (320, 640)];

    /// <summary>WCAG 1.4.10: the page itself never scrolls sideways (a wide table may, inside its wrapper).</summary>
    public static async Task AssertNoHorizontalScrollingAsync(this IPage page)
    {
        var size = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scroll, inner) = (size[0], size[1]);
        Assert.True(scroll <= inner, $"{page.Url} scrolls sideways at {inner}px: the page is {scroll}px wide.");
    }

    /// <summary>An unassigned request received three days ago, added through the domain; returns its reference.</summary>
    public static async Task<string> AddRequestAsync(PortalServer server, string reference, params string[] questions)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FoiDbContext>();
        db.Requests.Add(FoiRequest.Submit(
            reference, new Requester("Small Screen Requester", "small.screen@example.org", null), $"Small screen case {reference}",
            questions.Length == 0 ? ["How many?"] : questions, PreferredFormat.Email, Channel.Email, DateTimeOffset.UtcNow.AddDays(-3),
            WorkingDayCalendar.UnitedKingdom(), TrackingToken.Create().Hash));
        await db.SaveChangesAsync();
        return reference;
    }
}
