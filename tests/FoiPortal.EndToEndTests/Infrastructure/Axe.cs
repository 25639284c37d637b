using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace FoiPortal.EndToEndTests.Infrastructure;

/// <summary>axe-core (npm, pinned in package.json) run against a page as it is now: WCAG 2.0, 2.1 and 2.2, levels A and AA.</summary>
public static class Axe
{
    /// <summary>Copied next to the test assembly by the AxeCopyToOutput target in the csproj.</summary>
    public static string ScriptPath { get; } = Path.Combine(AppContext.BaseDirectory, "axe.min.js");

    private const string RunAxe = """
        async () => {
          const results = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            resultTypes: ['violations'],
          });
          return results.violations.map(v => ({
            id: v.id,
            impact: v.impact ?? 'unknown',
            help: v.help,
            helpUrl: v.helpUrl,
            // A target is a selector, or a path of selectors through iframes / shadow roots.
            targets: v.nodes.map(n => n.target.map(t => [].concat(t).join(' >>> ')).join(' -> ')),
          }));
        }
        """;

    // DOMParser marks scripts as not executable, so the snapshot stays as the server sent it; stylesheets do load.
    private const string ShowSnapshot = """
        async html => {
          const snapshot = new DOMParser().parseFromString(html, 'text/html');
          document.replaceChild(document.adoptNode(snapshot.documentElement), document.documentElement);
          await Promise.all([...document.querySelectorAll('link[rel=stylesheet]')]
            .filter(link => !link.sheet)
            .map(link => new Promise(done => { link.addEventListener('load', done); link.addEventListener('error', done); })));
        }
        """;

    private static readonly ConditionalWeakTable<IPage, IPage> Inspectors = [];

    /// <summary>
    /// axe needs JavaScript (timers, promises), which a page opened with JavaScript disabled cannot run. Such a page's
    /// DOM is copied into <paramref name="inspector"/> (same origin, JavaScript on) and checked there instead.
    /// </summary>
    public static void InspectIn(IPage page, IPage inspector) => Inspectors.AddOrUpdate(page, inspector);

    /// <summary>Fails listing each violated rule (id, impact, help) and the selectors of the elements that break it.</summary>
    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        if (await DescribeViolationsAsync(page) is { } report)
        {
            Assert.Fail(report);
        }
    }

    /// <summary>The violations on the page as a report, or null when there are none.</summary>
    public static async Task<string?> DescribeViolationsAsync(IPage page)
    {
        var checkedPage = page;
        var where = page.Url;
        if (Inspectors.TryGetValue(page, out var inspector))
        {
            await inspector.EvaluateAsync(ShowSnapshot, await page.ContentAsync());
            checkedPage = inspector;
            where += " (as served with JavaScript disabled)";
        }

        if (!await checkedPage.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await checkedPage.AddScriptTagAsync(new PageAddScriptTagOptions { Url = TestEndpoints.AxeScript });
        }

        var result = await checkedPage.EvaluateAsync<JsonElement>(RunAxe);
        var violations = result.Deserialize<Violation[]>(JsonSerializerOptions.Web) ?? [];
        if (violations.Length == 0)
        {
            return null;
        }

        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"axe found {violations.Length} WCAG 2.2 AA rule violation(s) on {where}:");
        foreach (var v in violations)
        {
            report.AppendLine();
            report.Append(CultureInfo.InvariantCulture, $"- {v.Id} ({v.Impact}): {v.Help} {v.HelpUrl}");
            foreach (var target in v.Targets)
            {
                report.AppendLine();
                report.Append("    ").Append(target);
            }
        }

        return report.ToString();
    }

    private sealed record Violation(string Id, string Impact, string Help, string HelpUrl, string[] Targets);
}
