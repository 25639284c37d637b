using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using FoiPortal.Core.Consultations;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>Issue 18: answering through the single-use link (multipart, files checked by content and size), then the case page and the queue.</summary>
public sealed class ConsultationAnswerTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("Year,Offences\r\n2029,301\r\n2030,312\r\n");

    private static async Task<HttpResponseMessage> AnswerAsync(HttpClient client, string token, string answer, params (string Name, byte[] Content)[] files)
    {
        var page = await Html.GetAsync(client, $"/consultations/{token}");
        var form = new MultipartFormDataContent
        {
            { new StringContent(Html.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(answer), "Data.AnswerText" },
            { new StringContent("A. Analyst"), "Data.AnsweredBy" },
        };
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        return await client.PostAsync(new Uri($"/consultations/{token}", UriKind.Relative), form);
    }

    [Fact]
    public async Task Answer_WithACsv_IsShownOnTheCasePage_AndTheLinkIsSpent()
    {
        var (id, _) = await portal.AddReceivedAsync("ANS/CSV", FixedClockPortal.Now.AddDays(-3));
        var officer = await ConsultationTests.SignedInAsync(portal, ConsultationTests.Officer);
        var (taskId, token) = await ConsultationTests.SendToCrimeDataAsync(portal, officer, id);
        var department = portal.CreateBrowserLikeClient();

        var open = await department.GetAsync(new Uri($"/consultations/{token}", UriKind.Relative));
        var openPage = await Html.ParseAsync(open);
        var answered = await AnswerAsync(department, token, "312 offences in 2030; figures attached.", ("figures.csv", Csv));
        var spent = await Html.GetAsync(department, $"/consultations/{token}");

        Assert.Equal("no-store", open.Headers.CacheControl!.ToString());
        Assert.Equal("How many offences were recorded?", openPage.QuerySelector("#task-question")!.TextContent.Trim());
        Assert.Equal("1. How many?", openPage.QuerySelector("#task-questions li")!.TextContent.Trim());
        Assert.DoesNotContain("Pat Requester", openPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal("This task has been answered", spent.QuerySelector("#link-state")!.TextContent.Trim());
        Assert.DoesNotContain("How many offences", spent.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(spent.QuerySelector("form[enctype='multipart/form-data']"));

        var casePage = await Html.GetAsync(officer, $"/staff/cases/{id}");
        var answers = casePage.QuerySelector("#consultation-answers")!;
        Assert.Contains("312 offences in 2030; figures attached.", answers.TextContent, StringComparison.Ordinal);
        Assert.Contains("Crime Data answered the consultation with 1 file", casePage.Body!.TextContent, StringComparison.Ordinal);
        var link = answers.QuerySelector("a[download]")!;
        Assert.Equal("figures.csv", link.TextContent.Trim());
        var download = await officer.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("text/csv", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["nosniff"], download.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(Csv, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(ConsultationState.Answered, await portal.WithDbAsync(db => db.ConsultationTasks.Where(t => t.Id == taskId).Select(t => t.State).SingleAsync()));
    }

    [Fact]
    public async Task AWrongOrMalformedToken_IsNotFound()
    {
        var client = portal.CreateBrowserLikeClient();

        var wrong = await client.GetAsync(new Uri($"/consultations/{ConsultationToken.Create().Token}", UriKind.Relative));
        var malformed = await client.GetAsync(new Uri("/consultations/abc", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
    }

    [Fact]
    public async Task AFileThatIsNotWhatItsNameSays_IsRefused_AndTheAnswerIsKept()
    {
        var (id, _) = await portal.AddReceivedAsync("ANS/BAD", FixedClockPortal.Now.AddDays(-3));
        var officer = await ConsultationTests.SignedInAsync(portal, ConsultationTests.Officer);
        var (taskId, token) = await ConsultationTests.SendToCrimeDataAsync(portal, officer, id);
        var department = portal.CreateBrowserLikeClient();

        var refused = await AnswerAsync(department, token, "Figures attached.", ("figures.csv", Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n")));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Equal(["The file figures.csv is not a real CSV file: the file must be a CSV, XLSX, PDF or DOCX"], Html.ErrorSummary(page));
        Assert.Equal(["#Data_Files"], Html.ErrorSummaryLinks(page));
        Assert.Equal("Figures attached.", page.QuerySelector("textarea[name='Data.AnswerText']")!.TextContent.Trim());
        Assert.Equal(ConsultationState.Sent, await portal.WithDbAsync(db => db.ConsultationTasks.Where(t => t.Id == taskId).Select(t => t.State).SingleAsync()));
    }

    [Fact]
    public async Task AFileOverTwentyMegabytes_IsRefused_AndTheAnswerIsKept()
    {
        var (id, _) = await portal.AddReceivedAsync("ANS/BIG", FixedClockPortal.Now.AddDays(-3));
        var officer = await ConsultationTests.SignedInAsync(portal, ConsultationTests.Officer);
        var (taskId, token) = await ConsultationTests.SendToCrimeDataAsync(portal, officer, id);
        var big = new byte[(20 * 1024 * 1024) + 1];
        Array.Fill(big, (byte)'1');

        var refused = await AnswerAsync(portal.CreateBrowserLikeClient(), token, "All the data.", ("all.csv", big));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Equal(["The file all.csv must be smaller than 20 MB"], Html.ErrorSummary(page));
        Assert.Equal("All the data.", page.QuerySelector("textarea[name='Data.AnswerText']")!.TextContent.Trim());
        Assert.Equal(0, await portal.WithDbAsync(db => db.ConsultationFiles.CountAsync(f => f.ConsultationTaskId == taskId)));
    }

    [Fact]
    public async Task AnXlsxAndAPdf_AreAccepted_ByTheirContent()
    {
        var (id, _) = await portal.AddReceivedAsync("ANS/XLSX", FixedClockPortal.Now.AddDays(-3));
        var officer = await ConsultationTests.SignedInAsync(portal, ConsultationTests.Officer);
        var (taskId, token) = await ConsultationTests.SendToCrimeDataAsync(portal, officer, id);

        var answered = await AnswerAsync(portal.CreateBrowserLikeClient(), token, string.Empty, ("figures.xlsx", Xlsx()), ("note.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n")));

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal(
            ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"],
            await portal.WithDbAsync(db => db.ConsultationFiles.Where(f => f.ConsultationTaskId == taskId).OrderBy(f => f.Id).Select(f => f.ContentType).ToListAsync()));
    }

    [Fact]
    public async Task Withdrawn_TheLinkShowsOnlyThat()
    {
        var (id, _) = await portal.AddReceivedAsync("ANS/WD", FixedClockPortal.Now.AddDays(-3));
        var officer = await ConsultationTests.SignedInAsync(portal, ConsultationTests.Officer);
        var (taskId, token) = await ConsultationTests.SendToCrimeDataAsync(portal, officer, id);
        var details = $"/staff/cases/{id}/consultations/{taskId}";

        var withdrawn = await Html.PostFormAsync(officer, await Html.GetAsync(officer, details), new Dictionary<string, string>(), $"{details}?handler=Withdraw");
        var link = await Html.GetAsync(portal.CreateBrowserLikeClient(), $"/consultations/{token}");

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal("This task has been withdrawn", link.QuerySelector("#link-state")!.TextContent.Trim());
        Assert.DoesNotContain("How many offences", link.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resend_GivesANewLink_AndTheOldOneStopsWorking()
    {
        var (id, _) = await portal.AddReceivedAsync("ANS/RESEND", FixedClockPortal.Now.AddDays(-3));
        var officer = await ConsultationTests.SignedInAsync(portal, ConsultationTests.Officer);
        var (taskId, first) = await ConsultationTests.SendToCrimeDataAsync(portal, officer, id);
        var details = $"/staff/cases/{id}/consultations/{taskId}";

        await Html.PostFormAsync(officer, await Html.GetAsync(officer, details), new Dictionary<string, string>(), $"{details}?handler=Resend");

        var body = await portal.WithDbAsync(db => db.OutboundEmails.Where(e => e.IdempotencyKey == $"consultation:{id}:{taskId}:2:1").Select(e => e.TextBody).SingleAsync());
        var second = ConsultationTests.TokenIn(body);
        var client = portal.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/consultations/{first}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/consultations/{second}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Queue_FiltersCasesWaitingOnAConsultation_AndTagsThem()
    {
        var (waiting, _) = await portal.AddReceivedAsync("ANS/WAIT", FixedClockPortal.Now.AddDays(-3));
        var (other, _) = await portal.AddReceivedAsync("ANS/NOWAIT", FixedClockPortal.Now.AddDays(-3));
        var officer = await ConsultationTests.SignedInAsync(portal, ConsultationTests.Officer);
        await ConsultationTests.SendToCrimeDataAsync(portal, officer, waiting);

        var filtered = await Html.GetAsync(officer, "/staff/cases?view=all&waiting=consultation");
        var all = await Html.GetAsync(officer, "/staff/cases?view=all");

        var references = filtered.QuerySelectorAll("td.app-table__cell--reference").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("ANS/WAIT", references);
        Assert.DoesNotContain("ANS/NOWAIT", references);
        Assert.Contains("ANS/NOWAIT", all.QuerySelectorAll("td.app-table__cell--reference").Select(td => td.TextContent.Trim()));
        var row = filtered.QuerySelectorAll("tr").Single(tr => tr.TextContent.Contains("ANS/WAIT", StringComparison.Ordinal));
        Assert.Equal("Waiting on Crime Data", row.QuerySelector(".app-waiting-on")!.TextContent.Trim());
        Assert.True(filtered.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#waiting")!.IsChecked);
        _ = other;
    }

    private static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<Types/>");
            }

            using var workbook = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            workbook.Write("<workbook/>");
        }

        return stream.ToArray();
    }
}
