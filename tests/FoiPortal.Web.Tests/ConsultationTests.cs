using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using FoiPortal.Core.Consultations;
using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FoiPortal.Web.Tests;

/// <summary>
/// Issue 18, "Consult": departments set up by an admin; the officer sends a task from the case; its email (through the
/// outbox) carries a single-use link and never the requester's details; the department answers through the link with
/// files checked by content; the case page and the queue show it.
/// </summary>
public sealed partial class ConsultationTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    public const string Officer = "officer@foiportal.test";

    internal static async Task<HttpClient> SignedInAsync(FixedClockPortal portal, string email)
    {
        var client = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, email);
        return client;
    }

    internal static async Task<int> DepartmentIdAsync(FixedClockPortal portal, string name) =>
        await portal.WithDbAsync(db => db.Departments.Where(d => d.Name == name).Select(d => d.Id).SingleAsync());

    internal static async Task<HttpResponseMessage> SendAsync(FixedClockPortal portal, HttpClient officer, int id, Dictionary<string, string> values) =>
        await Html.PostFormAsync(officer, await Html.GetAsync(officer, $"/staff/cases/{id}/consultations/new"), values);

    internal static async Task<(int TaskId, string Token)> SendToCrimeDataAsync(FixedClockPortal portal, HttpClient officer, int id, string question = "How many offences were recorded?")
    {
        var sent = await SendAsync(portal, officer, id, new()
        {
            ["Data.Recipient"] = $"department:{await DepartmentIdAsync(portal, "Crime Data")}",
            ["Data.Question"] = question,
            ["Data.QuestionNumbers"] = "1",
            ["Data.WorkingDays"] = "5",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var taskId = int.Parse(sent.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var body = await portal.WithDbAsync(db => db.OutboundEmails.Where(e => e.IdempotencyKey!.StartsWith($"consultation:{id}:{taskId}:")).OrderByDescending(e => e.Id).Select(e => e.TextBody).FirstAsync());
        return (taskId, TokenIn(body));
    }

    internal static string TokenIn(string body) => LinkPattern().Match(body) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No link in the email.");

    [GeneratedRegex("/consultations/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkPattern();

    [Fact]
    public async Task Admin_AddsADepartment_WithItsAddresses_AndAWrongAddressKeepsWhatWasTyped()
    {
        var admin = await SignedInAsync(portal, "admin@foiportal.test");

        var refused = await Html.PostFormAsync(admin, await Html.GetAsync(admin, "/staff/admin/departments"), new Dictionary<string, string> { ["Data.Name"] = "Firearms Licensing", ["Data.ContactEmails"] = "firearms at force" });
        var added = await Html.PostFormAsync(admin, await Html.GetAsync(admin, "/staff/admin/departments"), new Dictionary<string, string> { ["Data.Name"] = "Firearms Licensing", ["Data.ContactEmails"] = "firearms@force.test, licensing@force.test" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Equal(["Enter email addresses in the correct format, like crime.data@force.police.uk (\"firearms\" is not one)"], Html.ErrorSummary(page));
        Assert.Equal("firearms at force", page.QuerySelector("textarea[name='Data.ContactEmails']")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var list = (await Html.GetAsync(admin, "/staff/admin/departments")).QuerySelector("#departments")!.TextContent;
        Assert.Contains("Firearms Licensing", list, StringComparison.Ordinal);
        Assert.Contains("firearms@force.test, licensing@force.test", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_DeactivatesADepartment_ItIsNoLongerOffered_AndTheChangeIsKept()
    {
        var admin = await SignedInAsync(portal, "admin@foiportal.test");
        await Html.PostFormAsync(admin, await Html.GetAsync(admin, "/staff/admin/departments"), new Dictionary<string, string> { ["Data.Name"] = "Estates", ["Data.ContactEmails"] = "estates@force.test" });
        var id = await DepartmentIdAsync(portal, "Estates");
        var (caseId, _) = await portal.AddReceivedAsync("CONS/DEACT", FixedClockPortal.Now.AddDays(-3));

        var deactivated = await Html.PostFormAsync(admin, await Html.GetAsync(admin, $"/staff/admin/departments/{id}"), new Dictionary<string, string>(), $"/staff/admin/departments/{id}?handler=Active");

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        var page = await Html.GetAsync(admin, $"/staff/admin/departments/{id}");
        Assert.Equal("Inactive", page.QuerySelector("#department-status")!.TextContent.Trim());
        Assert.Contains("Deactivated", page.QuerySelector("#changes")!.TextContent, StringComparison.Ordinal);
        var officer = await SignedInAsync(portal, Officer);
        var form = await Html.GetAsync(officer, $"/staff/cases/{caseId}/consultations/new");
        Assert.Null(form.QuerySelector($"option[value='department:{id}']"));
        Assert.NotNull(form.QuerySelector($"option[value='department:{await DepartmentIdAsync(portal, "Crime Data")}']"));
    }

    [Fact]
    public async Task Officer_CannotReachTheDepartmentsAdmin()
    {
        var officer = await SignedInAsync(portal, Officer);

        var response = await officer.GetAsync(new Uri("/staff/admin/departments", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Send_WithNoRecipientAndNoQuestion_ShowsBothErrorsInFieldOrder()
    {
        var (id, _) = await portal.AddReceivedAsync("CONS/EMPTY", FixedClockPortal.Now.AddDays(-3));
        var officer = await SignedInAsync(portal, Officer);

        var refused = await SendAsync(portal, officer, id, new() { ["Data.Question"] = " ", ["Data.WorkingDays"] = "5" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Equal(["Select who you are asking", "Enter what you are asking for"], Html.ErrorSummary(page));
        Assert.Equal(0, await portal.WithDbAsync(db => db.ConsultationTasks.CountAsync(t => t.FoiRequestId == id)));
    }

    [Fact]
    public async Task Send_ToAThirdPartyWithABadAddress_IsRefused()
    {
        var (id, _) = await portal.AddReceivedAsync("CONS/3P", FixedClockPortal.Now.AddDays(-3));
        var officer = await SignedInAsync(portal, Officer);

        var refused = await SendAsync(portal, officer, id, new()
        {
            ["Data.Recipient"] = "third-party",
            ["Data.ThirdPartyName"] = "Acme Security Ltd",
            ["Data.ThirdPartyEmail"] = "acme",
            ["Data.Question"] = "Do you object to the release of your contract prices?",
            ["Data.WorkingDays"] = "5",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Equal(["Enter an email address in the correct format, like name@example.com"], Html.ErrorSummary(page));
        Assert.Equal("Acme Security Ltd", page.QuerySelector("input[name='Data.ThirdPartyName']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Send_DueOnOrAfterTheCase_IsWarned_ThenSentWhenConfirmed()
    {
        // Received Friday 7 March 2031: the case is due Monday 7 April (17 March, St Patrick's Day, is a bank holiday in
        // Northern Ireland, so not a working day under FOIA s.10(6)); 20 working days from Monday 10 March is Tuesday 8 April.
        var (id, _) = await portal.AddReceivedAsync("CONS/LATE", FixedClockPortal.Now.AddDays(-3));
        var officer = await SignedInAsync(portal, Officer);
        var values = new Dictionary<string, string>
        {
            ["Data.Recipient"] = $"department:{await DepartmentIdAsync(portal, "HR")}",
            ["Data.Question"] = "How many staff left in 2030?",
            ["Data.WorkingDays"] = "20",
        };

        var warned = await SendAsync(portal, officer, id, values);
        values["Data.SendAnyway"] = "true";
        var sent = await SendAsync(portal, officer, id, values);

        Assert.Equal(HttpStatusCode.BadRequest, warned.StatusCode);
        Assert.Equal(
            ["The task would be due on 8 April 2031, on or after the case's own due date (7 April 2031): give fewer working days, or confirm that you want to send it anyway"],
            Html.ErrorSummary(await Html.ParseAsync(warned)));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(new DateOnly(2031, 4, 8), await portal.WithDbAsync(db => db.ConsultationTasks.Where(t => t.FoiRequestId == id).Select(t => t.DueOn).SingleAsync()));
    }

    [Fact]
    public async Task Send_QueuesAnEmailWithTheLink_AndNoneOfTheRequestersDetails()
    {
        var (id, _) = await portal.AddReceivedAsync("CONS/MAIL", FixedClockPortal.Now.AddDays(-3));
        var officer = await SignedInAsync(portal, Officer);

        var (taskId, token) = await SendToCrimeDataAsync(portal, officer, id);

        var email = await portal.WithDbAsync(db => db.OutboundEmails.AsNoTracking().SingleAsync(e => e.IdempotencyKey == $"consultation:{id}:{taskId}:1:1"));
        Assert.Equal("crime.data@foiportal.test", email.ToAddress);
        // Five working days from Monday 10 March 2031, skipping St Patrick's Day (Monday 17 March, Northern Ireland).
        Assert.Equal("Information needed by Tuesday 18 March 2031 for FOI request CONS/MAIL", email.Subject);
        Assert.Contains("How many offences were recorded?", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("1. How many?", email.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/consultations/{token}", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Pat", email.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("pat.requester@example.org", email.Subject + email.TextBody, StringComparison.OrdinalIgnoreCase);

        // Only the hash is stored.
        var stored = await portal.WithDbAsync(db => db.ConsultationTasks.Where(t => t.Id == taskId).Select(t => t.TokenHash).SingleAsync());
        Assert.Equal(ConsultationToken.Hash(token), stored);
        Assert.NotEqual(token, stored);
        var timeline = (await Html.GetAsync(officer, $"/staff/cases/{id}")).Body!.TextContent;
        Assert.Contains("Consultation sent to Crime Data (department), due 18 March 2031", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_AQuestionNamingTheRequester_IsRefused()
    {
        var (id, _) = await portal.AddReceivedAsync("CONS/NAMED", FixedClockPortal.Now.AddDays(-3));
        var officer = await SignedInAsync(portal, Officer);

        var refused = await SendAsync(portal, officer, id, new()
        {
            ["Data.Recipient"] = "third-party",
            ["Data.ThirdPartyName"] = "Acme Security Ltd",
            ["Data.ThirdPartyEmail"] = "foi@acme.test",
            ["Data.Question"] = "Pat Requester wants your contract. Do you object?",
            ["Data.WorkingDays"] = "5",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith("The requester's name appears in what you are asking", Assert.Single(Html.ErrorSummary(await Html.ParseAsync(refused))), StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.OutboundEmails.CountAsync(e => e.IdempotencyKey!.StartsWith($"consultation:{id}:"))));
    }
}
