using System.Net;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FoiPortal.Web.Tests;

/// <summary>
/// Issue 12: a request naming a handler a page does not have rendered the page with nothing loaded and failed with a
/// 500 (NullReferenceException) on the queue, the case page, the response preview and the staff entry page. Every page
/// with a form now answers 400 to such a POST and 404 to such a GET, with the GOV.UK error page.
/// </summary>
public sealed class RobustPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    // Templates of the pages that have a form (or several), with the account that may use them. Route values are
    // filled in with ids that need not exist: the handler is looked for before the page loads anything.
    public static TheoryData<string, string?> PagesWithForms => new()
    {
        { "/requests/new", null },
        { "/requests/new/check-answers", null },
        { "/disclosure-log", null },
        { "/staff/sign-in", null },
        { "/staff/cases", "officer" },
        { "/staff/cases/new", "officer" },
        { "/staff/cases/{id}", "officer" },
        { "/staff/cases/{id}/assign", "officer" },
        { "/staff/cases/{id}/regime", "officer" },
        { "/staff/cases/{id}/clock/seek-clarification", "officer" },
        { "/staff/cases/{id}/costs", "officer" },
        { "/staff/cases/{id}/costs/decision", "officer" },
        { "/staff/cases/{id}/costs/aggregation", "officer" },
        { "/staff/cases/{id}/costs/same-or-similar", "officer" },
        { "/staff/cases/{id}/exemptions", "officer" },
        { "/staff/cases/{id}/response", "officer" },
        { "/staff/cases/{id}/response/preview", "officer" },
        { "/staff/cases/{id}/response/send", "officer" },
        { "/staff/cases/{id}/disclosure-log", "officer" },
        { "/staff/cases/{id}/regulator/new", "officer" },
        { "/staff/cases/{id}/regulator/{complaintId}/deadlines/new", "officer" },
        { "/staff/cases/{id}/regulator/{complaintId}/deadlines/{deadlineId}/sent", "officer" },
        { "/staff/cases/{id}/regulator/{complaintId}/decision", "officer" },
        { "/staff/cases/{id}/regulator/{complaintId}/steps", "officer" },
        { "/staff/disclosure-log", "officer" },
        { "/staff/disclosure-log/{id}", "officer" },
        { "/staff/disclosure-log/{id}/edit", "officer" },
        { "/staff/disclosure-log/{id}/correct", "officer" },
        { "/staff/disclosure-log/{id}/withdraw", "officer" },
        { "/staff/sign-off", "manager" },
        { "/staff/sign-off/{id}", "manager" },
        { "/staff/sign-off/{part}/{id}", "manager" },
        { "/staff/admin", "admin" },
        { "/staff/admin/calendar", "admin" },
        { "/staff/admin/exemptions", "admin" },
        { "/staff/admin/exemptions/{id}", "admin" },
        // Issue 17: staff accounts, own account, the sign-in steps and the invitation link.
        { "/staff/admin/staff", "admin" },
        { "/staff/admin/staff/invite", "admin" },
        { "/staff/admin/staff/{id}", "admin" },
        { "/staff/account", "officer" },
        { "/staff/account/password", "officer" },
        { "/staff/sign-in/code", null },
        { "/staff/sign-in/set-up", null },
        { "/staff/sign-in/invitation/{token}", null },
        { "/track/{token}/review", null },
        { "/staff/reviews/{id}", "officer" },
        { "/staff/reviews/{id}/outcome", "officer" },
        { "/staff/reviews/{id}/send", "officer" },
        { "/staff/reviews/{id}/extend", "officer" },
        { "/staff/reviews/{id}/decisions/{question}", "officer" },
        { "/staff/reviews/{id}/sign-off", "manager" },
        { "/staff/cases/{id}/reviews/new", "officer" },
        // Issue 16: the triage inbox's forms.
        { "/staff/inbox/{id}/file", "officer" },
        { "/staff/inbox/{id}/not-a-request", "officer" },
        { "/staff/cases/{id}/letters/{letter}", "officer" },
        { "/track/{token}/reply", null },
        { "/track/{token}/withdraw", null },
        // Issue 15: statistics (GET filter form) and publishing a quarter.
        { "/staff/statistics", "manager" },
        { "/staff/statistics/publish", "manager" },
        // Issue 19: retention schedule, legal hold, case file, subject access and erasure.
        { "/staff/admin/retention", "admin" },
        { "/staff/admin/subject-access", "admin" },
        { "/staff/cases/{id}/hold", "manager" },
        { "/staff/cases/{id}/case-file", "manager" },
        // Issue 18: notes and reassigning several cases.
        { "/staff/cases/{id}/notes", "officer" },
        { "/staff/cases/{id}/notes/{noteId}/edit", "officer" },
        { "/staff/cases/reassign", "officer" },
        // Issue 18: splitting, merging and rewording questions.
        { "/staff/cases/{id}/questions/{number}/split", "officer" },
        { "/staff/cases/{id}/questions/merge", "officer" },
        { "/staff/cases/{id}/questions/{number}/reword", "officer" },
        // Issue 18: the requester's history, s.17(6) close without a further refusal notice.
        { "/staff/cases/{id}/no-further-notice", "officer" },
        // Issue 18: consultation tasks, the departments they go to, and the public answer link.
        { "/staff/admin/departments", "admin" },
        { "/staff/admin/departments/{id}", "admin" },
        { "/staff/cases/{id}/consultations/new", "officer" },
        { "/staff/cases/{id}/consultations/{taskId}", "officer" },
        { "/consultations/{token}", null },
    };

    [Theory]
    [MemberData(nameof(PagesWithForms))]
    public async Task UnknownHandler_Gets400ForAPostAnd404ForAGet_Never500(string template, string? account)
    {
        var client = factory.CreateBrowserLikeClient();
        // Any form of the same user gives a valid antiforgery token: tokens are tied to the user, not the page.
        var tokenPage = account is null ? "/requests/new" : "/staff/cases/new";
        if (account is not null)
        {
            await Journey.SignInAsync(client, $"{account}@foiportal.test");
            tokenPage = account == "admin" ? "/staff/admin/calendar" : tokenPage;
        }

        var form = await Html.GetAsync(client, tokenPage);
        var url = CaseIdsFilledIn(template);

        var post = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Anything"] = "x" }, url + "?handler=NoSuchHandler");
        var get = await client.GetAsync(new Uri(url + "?handler=NoSuchHandler", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("Sorry, there is a problem with what was sent", (await Html.ParseAsync(post)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    /// <summary>The four pages seen failing: they have no plain OnPost, so a POST without a handler found nothing to run.</summary>
    [Theory]
    [InlineData("/staff/cases")]
    [InlineData("/staff/cases/{id}")]
    [InlineData("/staff/cases/{id}/response/preview")]
    [InlineData("/staff/disclosure-log/{id}")]
    public async Task PostWithoutHandler_Gets400_Never500(string template)
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");
        var form = await Html.GetAsync(client, "/staff/cases/new");

        var post = await Html.PostFormAsync(client, form, new Dictionary<string, string>(), CaseIdsFilledIn(template));

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("Sorry, there is a problem with what was sent", (await Html.ParseAsync(post)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Every page the app has is either listed above as having a form or listed here: a new page cannot be forgotten.</summary>
    [Fact]
    public void EveryPage_IsCoveredOrKnownToHaveNoForm()
    {
        string[] withoutForms =
        [
            "/", "/accessibility", "/privacy", "/error/{code:int?}", "/requests/new/confirmation", "/disclosure-log/{slug}",
            "/disclosure-log/{slug}/attachments/{fileName}", "/disclosure-log/feed.atom", "/disclosure-log/index.csv",
            "/staff", "/staff/access-denied", "/staff/sign-out", "/track/{token}", "/track/{token}/documents/{documentId:long}",
            "/staff/cases/{id:int}/response/documents/{documentId:long}", "/staff/disclosure-log/{id:int}/attachments/{fileName}",
            "/staff/reviews", "/track/{token}/review/confirmation", "/track/{token}/review/outcome",
            // Issue 16: the inbox list and an email's page only link to the triage actions' forms.
            "/staff/inbox", "/staff/inbox/{id:long}",
            "/statistics", "/statistics/{year:int}/{quarter:int:range(1,4)}",
            // Issue 18: the questions page only links to the split, merge and reword forms.
            "/staff/cases/{id:int}/questions",
            // Issue 18: a consultation answer's file (a download).
            "/staff/cases/{id:int}/consultations/{taskId:int}/files/{fileId:long}",
        ];
        var covered = PagesWithForms.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        var templates = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .ToList();

        var missing = templates
            .Where(t => !withoutForms.Contains(t) && !covered.Contains(Normalise(t)))
            .ToList();

        Assert.NotEmpty(templates);
        Assert.Empty(missing);
    }

    private static string Normalise(string template) => template
        .Replace("{id:int}", "{id}", StringComparison.Ordinal)
        .Replace("{id:long}", "{id}", StringComparison.Ordinal)
        .Replace("/{handler?}", string.Empty, StringComparison.Ordinal)
        .Replace("{kind}", "seek-clarification", StringComparison.Ordinal)
        .Replace("{complaintId:int}", "{complaintId}", StringComparison.Ordinal)
        .Replace("{deadlineId:int}", "{deadlineId}", StringComparison.Ordinal)
        .Replace("{question:int}", "{question}", StringComparison.Ordinal)
        .Replace("{noteId:int}", "{noteId}", StringComparison.Ordinal)
        .Replace("{number:int}", "{number}", StringComparison.Ordinal)
        .Replace("{taskId:int}", "{taskId}", StringComparison.Ordinal);

    private static string CaseIdsFilledIn(string template) => template
        .Replace("{id}", "1", StringComparison.Ordinal)
        .Replace("{part}", "exemptions", StringComparison.Ordinal)
        .Replace("{letter}", "acknowledgement", StringComparison.Ordinal)
        .Replace("{token}", "not-a-real-invitation-token", StringComparison.Ordinal)
        .Replace("{complaintId}", "1", StringComparison.Ordinal)
        .Replace("{deadlineId}", "1", StringComparison.Ordinal)
        .Replace("{question}", "1", StringComparison.Ordinal)
        .Replace("{noteId}", "1", StringComparison.Ordinal)
        .Replace("{number}", "1", StringComparison.Ordinal)
        .Replace("{taskId}", "1", StringComparison.Ordinal);
}
