using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Pages.Staff.Cases.Response;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FoiPortal.Web.Tests;

/// <summary>
/// Issue 6: composing, previewing, datasets, PDFs, sending once, and the requester's downloads. Issue 12: nothing wrong can
/// be sent (placeholders, questions without outcomes, contradictions), and the email goes out exactly once, through the outbox.
/// </summary>
public sealed class ResponseTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "officer@foiportal.test";

    private const string OffencesCsv = "Year,Offences,Platform most used\n2021,312,Snapchat\n2022,\"1,044\",\"Instagram, then Snapchat\"\n";

    private async Task<HttpClient> OfficerAsync()
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, Officer);
        return client;
    }

    private async Task<(int Id, string Reference)> NewRequestAsync(string title = "Online grooming figures")
    {
        var reference = Journey.Reference(await Journey.MakeRequestAsync(factory.CreateBrowserLikeClient(), Journey.ValidAnswers(title)));
        return (await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync()), reference);
    }

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, int id, string response, string reason = "", string advice = "", string caveats = "Figures are from the live crime system.")
    {
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/response");
        return await Html.PostFormAsync(client, page, new Dictionary<string, string>
        {
            ["Data.Response"] = response,
            ["Data.Reason"] = reason,
            ["Data.Advice"] = advice,
            ["Data.Caveats"] = caveats,
        }, $"/staff/cases/{id}/response");
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, byte[] content, string fileName = "offences.csv", string title = "Recorded offences by year")
    {
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/response");
        var form = page.QuerySelectorAll("main form").Single(f => f.GetAttribute("action")!.EndsWith("handler=Upload", StringComparison.Ordinal));
        using var body = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("input[name=letterVersion]")!.GetAttribute("value")!), "letterVersion" },
            { new StringContent(title), "title" },
            { new ByteArrayContent(content), "file", fileName },
        };
        return await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), body);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, int id, IHtmlDocument? page = null)
    {
        page ??= await Html.GetAsync(client, $"/staff/cases/{id}/response/send");
        return await Html.PostFormAsync(client, page, new Dictionary<string, string>(), $"/staff/cases/{id}/response/send");
    }

    /// <summary>A hand-made post to send, from a page with no send button, as a browser's stale or forged form would.</summary>
    private async Task<HttpResponseMessage> ForceSendAsync(HttpClient client, int id)
    {
        var version = await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
        var compose = await Html.GetAsync(client, $"/staff/cases/{id}/response");
        return await Html.PostFormAsync(client, compose, new Dictionary<string, string> { ["version"] = version.ToString() }, $"/staff/cases/{id}/response/send");
    }

    [Fact]
    public async Task Compose_FirstDraft_HasAPlaceForEachQuestion_AndTheConfiguredCaveats()
    {
        var (id, _) = await NewRequestAsync();
        var client = await OfficerAsync();

        var page = await Html.GetAsync(client, $"/staff/cases/{id}/response");

        Assert.Equal("1. [Answer to question 1]\n2. [Answer to question 2]", page.QuerySelector("#Data_Response")!.TextContent.Trim());
        Assert.StartsWith("The figures in this response come from our live crime and custody systems", page.QuerySelector("#Data_Caveats")!.TextContent.Trim());
        Assert.Contains("Not saved yet", page.QuerySelector("#letter-state")!.TextContent);
    }

    [Fact]
    public async Task Preview_WarnsOfCharactersThePdfCannotShow()
    {
        var (id, _) = await NewRequestAsync();
        var client = await OfficerAsync();
        await SaveAsync(client, id, "1. 312 offences \U0001F4CA.\n2. Not held (\u6F22).");

        var preview = await Html.GetAsync(client, $"/staff/cases/{id}/response/preview");

        // Liberation Sans has Latin, Greek and Cyrillic, but no emoji or Chinese characters.
        var warning = preview.QuerySelector("#unprintable")!.TextContent;
        Assert.Contains("\u201C\U0001F4CA\u201D", warning, StringComparison.Ordinal);
        Assert.Contains("\u201C\u6F22\u201D", warning, StringComparison.Ordinal);
        Assert.Contains("question mark", warning, StringComparison.Ordinal);

        await SaveAsync(client, id, "1. 312 offences (£4,612.50 – café, Zoë, Ελλάδα, Київ).\n2. Not held.");
        Assert.Null((await Html.GetAsync(client, $"/staff/cases/{id}/response/preview")).QuerySelector("#unprintable"));
    }

    [Fact]
    public async Task Save_ThenPreview_ShowsTheSeedsSectionsInOrder_AndNeverRunsTheOfficersHtml()
    {
        var (id, reference) = await NewRequestAsync();
        var client = await OfficerAsync();

        var saved = await SaveAsync(client, id, "1. 312 offences.\n2. <script>alert('x')</script>", advice: "- Ask for one year\n- Ask for one platform");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var preview = await Html.GetAsync(client, $"/staff/cases/{id}/response/preview");
        var letter = preview.QuerySelector("#letter-preview")!;
        var headings = letter.QuerySelectorAll("h2, h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(
            [$"Freedom of Information request {reference}: Online grooming figures", "Request", "Response", "Advice and assistance", "Caveats", "Your right to request a review and to complain"],
            headings);
        Assert.Empty(letter.QuerySelectorAll("script"));
        Assert.Contains("<script>alert('x')</script>", letter.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Ask for one year", "Ask for one platform"], letter.QuerySelectorAll("ul li").Select(li => li.TextContent.Trim()).Take(2).ToList());
        Assert.Contains("section 50 of the Freedom of Information Act 2000", letter.TextContent, StringComparison.Ordinal);
        Assert.Contains("Jo Bloggs", letter.TextContent, StringComparison.Ordinal);
        var events = await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).SelectMany(r => r.Events).Select(e => e.Description).ToListAsync());
        Assert.Contains("Response letter saved (version 1)", events);
    }

    [Fact]
    public async Task Save_WithoutAResponse_SaysWhatToFix_AndSavesNothing()
    {
        var (id, _) = await NewRequestAsync();
        var client = await OfficerAsync();

        var response = await SaveAsync(client, id, "   ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter the response to the request"], Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.False(await factory.WithDbAsync(db => db.ResponseLetters.AnyAsync(l => l.FoiRequestId == id)));
    }

    [Fact]
    public async Task Upload_ACsv_AttachesItAsATable_WithTheLicence()
    {
        var (id, _) = await NewRequestAsync();
        var client = await OfficerAsync();
        await SaveAsync(client, id, "Please see the attached table.");

        var response = await UploadAsync(client, id, Encoding.UTF8.GetBytes(OffencesCsv));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var attachment = await factory.WithDbAsync(db => db.ResponseLetters.Where(l => l.FoiRequestId == id).SelectMany(l => l.Attachments).SingleAsync());
        Assert.Equal((2, 3), (attachment.Rows, attachment.Columns));
        var preview = await Html.GetAsync(client, $"/staff/cases/{id}/response/preview");
        Assert.Contains("Recorded offences by year (2 rows)", preview.QuerySelector("#letter-preview")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Open Government Licence v3.0", preview.QuerySelector("#letter-preview")!.TextContent, StringComparison.Ordinal);
    }

    public static TheoryData<byte[], string, string, string> BadUploads() => new()
    {
        { Encoding.UTF8.GetBytes("Year,Offences\n2021,312\n2022\n"), "offences.csv", "Recorded offences", "Row 3" },
        { [0x59, 0x65, 0x61, 0x72, 0x0A, 0xC3, 0x28, 0x0A], "offences.csv", "Recorded offences", "UTF-8" },
        { Encoding.UTF8.GetBytes("Year,Offences\n2021,312\n"), "offences.xlsx", "Recorded offences", "The selected file must be a CSV file" },
        { Encoding.UTF8.GetBytes("Year,Offences\n2021,312\n"), "offences.csv", "", "Enter a title for the dataset" },
        { [], "offences.csv", "Recorded offences", "The selected file is empty" },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task Upload_BadFile_SaysWhatToFix_AndAttachesNothing(byte[] content, string fileName, string title, string expected)
    {
        var (id, _) = await NewRequestAsync();
        var client = await OfficerAsync();
        await SaveAsync(client, id, "Please see the attached table.");

        var response = await UploadAsync(client, id, content, fileName, title);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ResponseLetters.Where(l => l.FoiRequestId == id).SelectMany(l => l.Attachments).CountAsync()));
    }

    [Fact]
    public async Task Pdf_IsStoredOncePerVersion_WithItsHash()
    {
        var (id, reference) = await NewRequestAsync();
        var client = await OfficerAsync();
        await SaveAsync(client, id, "1. 312.\n2. 1,044.");
        var preview = await Html.GetAsync(client, $"/staff/cases/{id}/response/preview");

        var first = await Html.PostFormAsync(client, preview, new Dictionary<string, string>());
        var again = await Html.PostFormAsync(client, preview, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        var pdf = await client.GetAsync(first.Headers.Location);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        var stored = await factory.WithDbAsync(db => db.ResponseDocuments.SingleAsync(d => d.FoiRequestId == id));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), stored.Sha256);
        Assert.Equal(1, stored.LetterVersion);
        Assert.Equal($"{reference.Replace('/', '-')}-response-v1.pdf", stored.FileName);
    }

    [Fact]
    public async Task Send_WhileARefusalAwaitsSignOff_IsRefused()
    {
        var (id, _) = await NewRequestAsync();
        var client = await OfficerAsync();
        var costs = await Html.GetAsync(client, $"/staff/cases/{id}/costs");
        await Html.PostFormAsync(client, costs, new Dictionary<string, string>
        {
            ["Data.QuestionNumber"] = "1",
            ["Data.Activity"] = "Extracting",
            ["Data.Description"] = "Manual review",
            ["Data.Units"] = "720",
            ["Data.UnitKind"] = "Records",
            ["Data.MinutesPerUnit"] = "15",
            ["Data.Evidence"] = "Sampling: 20 records took 300 minutes",
        }, $"/staff/cases/{id}/costs");
        // Each question is a request in its own right (ICO s.12 guidance): question 2 is over the limit too, so the whole request is refused.
        await Html.PostFormAsync(client, await Html.GetAsync(client, $"/staff/cases/{id}/costs"), new Dictionary<string, string>
        {
            ["Data.QuestionNumber"] = "2",
            ["Data.Activity"] = "Extracting",
            ["Data.Description"] = "Manual review",
            ["Data.Units"] = "720",
            ["Data.UnitKind"] = "Records",
            ["Data.MinutesPerUnit"] = "15",
            ["Data.Evidence"] = "Sampling: 20 records took 300 minutes",
        }, $"/staff/cases/{id}/costs");
        var decision = await Html.GetAsync(client, $"/staff/cases/{id}/costs/decision");
        await Html.PostFormAsync(client, decision, new Dictionary<string, string> { ["Data.Outcome"] = "Refuse", ["Data.Advice"] = "Ask for one year." });
        await SaveAsync(client, id, "We are not obliged to comply.");

        var page = await Html.GetAsync(client, $"/staff/cases/{id}/response/send");
        Assert.Equal(["A manager must approve the decisions on this case before the response can be sent."], Html.ErrorSummary(page));
        // To the case, which shows what waits for a manager: the sign-off queue is for managers only.
        Assert.Equal([$"/staff/cases/{id}"], Html.ErrorSummaryLinks(page));
        Assert.Null(page.QuerySelector("main form"));

        // A hand-made post is refused by the handler too.
        var version = await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
        var compose = await Html.GetAsync(client, $"/staff/cases/{id}/response");
        var forced = await Html.PostFormAsync(client, compose, new Dictionary<string, string> { ["version"] = version.ToString() }, $"/staff/cases/{id}/response/send");
        Assert.Equal(HttpStatusCode.BadRequest, forced.StatusCode);
        Assert.Equal(["A manager must approve the decisions on this case before the response can be sent."], Html.ErrorSummary(await Html.ParseAsync(forced)));
        Assert.Equal(RequestStatus.AwaitingSignOff, await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
    }

    /// <summary>A request logged by an officer as received by post on 2 November 2026, with no email address.</summary>
    private static async Task<int> LogPostalAsync(HttpClient officer, string name)
    {
        var form = await Html.GetAsync(officer, "/staff/cases/new");
        var check = await Html.PostFormAsync(officer, form, new Dictionary<string, string>
        {
            ["Data.Channel"] = "Post",
            ["Data.ReceivedOn.Day"] = "2",
            ["Data.ReceivedOn.Month"] = "11",
            ["Data.ReceivedOn.Year"] = "2026",
            ["Data.ReceivedTime"] = "9:15am",
            ["Data.FullName"] = name,
            ["Data.Email"] = string.Empty,
            ["Data.PostalAddress"] = "1 High Street\nBirmingham\nB1 1AA",
            ["Data.Title"] = "Road traffic collisions",
            ["Data.QuestionsText"] = "How many collisions were recorded in 2025?",
            ["Data.PreferredFormat"] = "PaperCopy",
        });
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var saved = await Html.PostFormAsync(officer, await Html.ParseAsync(check), new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Send_ByPost_IsPrintedThenRecordedAsPosted_NeverEmailed()
    {
        var client = await OfficerAsync();
        var name = $"Paula Post {Guid.NewGuid():N}"[..20];
        var id = await LogPostalAsync(client, name);
        await CaseOutcomes.RecordAsync(client, id, "Disclosed", 1);
        await SaveAsync(client, id, "1. 1,204 collisions.");

        var page = await Html.GetAsync(client, $"/staff/cases/{id}/response/send");

        Assert.Equal($"{name} 1 High Street Birmingham B1 1AA", string.Join(' ', page.QuerySelector("#send-to")!.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(["Make the documents to print", "Record as posted"], page.QuerySelectorAll("main form button").Select(b => b.TextContent.Trim()));

        // "Send response" by a hand-made post is refused: nothing goes by email to a requester without one.
        var byEmail = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["posted"] = "false" }, $"/staff/cases/{id}/response/send");
        Assert.Equal(HttpStatusCode.BadRequest, byEmail.StatusCode);
        Assert.Equal(["This requester gets the response by post: print the documents, post them, then choose \"Record as posted\"."], Html.ErrorSummary(await Html.ParseAsync(byEmail)));

        var print = await Html.PostFormAsync(client, page, new Dictionary<string, string>(), $"/staff/cases/{id}/response/send?handler=Print");
        Assert.Equal(HttpStatusCode.Redirect, print.StatusCode);
        var ready = await Html.GetAsync(client, $"/staff/cases/{id}/response/send");
        var file = Assert.Single(ready.QuerySelectorAll("#print-files a"));
        var pdf = await client.GetAsync(new Uri(file.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        // The printed letter is addressed for the envelope.
        Assert.Contains("1 High Street", string.Join('\n', FoiPortal.Web.DisclosureLog.PdfText.Pages(await pdf.Content.ReadAsByteArrayAsync())!), StringComparison.Ordinal);

        var posted = await Html.PostFormAsync(client, ready, new Dictionary<string, string>(), $"/staff/cases/{id}/response/send");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var casePage = await Html.GetAsync(client, posted.Headers.Location!.OriginalString);
        Assert.Contains("Response recorded as posted to the requester", casePage.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        var (status, state, events) = await factory.WithDbAsync(async db => (
            await db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync(),
            await db.ResponseLetters.Where(l => l.FoiRequestId == id).Select(l => l.State).SingleAsync(),
            await db.Requests.Where(r => r.Id == id).SelectMany(r => r.Events).Select(e => e.Description).ToListAsync()));
        Assert.Equal((RequestStatus.Responded, ResponseState.Sent), (status, state));
        Assert.Contains(events, e => e.StartsWith("Response printed and posted to the requester's postal address", StringComparison.Ordinal));
        var emails = Directory.Exists(factory.MailFolder) ? Directory.GetFiles(factory.MailFolder, "*.eml").Select(File.ReadAllText) : [];
        Assert.DoesNotContain(emails, e => e.Contains(name, StringComparison.Ordinal));
        Assert.Equal(0, await factory.WithDbAsync(db => db.OutboundEmails.CountAsync(e => e.ToName == name)));
        Assert.Equal("Recorded as posted: no email was sent.", (await Html.GetAsync(client, $"/staff/cases/{id}/response/send")).QuerySelector("#email-status")!.TextContent.Trim());
    }

    [Fact]
    public async Task Send_SendsOnce_MarksResponded_AndTheRequesterCanDownloadEveryDocument()
    {
        var title = $"Grooming figures {Guid.NewGuid():N}"[..30];
        var (id, reference) = await NewRequestAsync(title);
        var ack = await Mailbox.WaitForAsync(factory, reference);
        var trackPath = Mailbox.TrackLink().Match(ack).Groups["path"].Value;
        var client = await OfficerAsync();
        await CaseOutcomes.RecordAsync(client, id, "Disclosed", 1, 2);
        await SaveAsync(client, id, "Please see the attached table.");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(client, id, Encoding.UTF8.GetBytes(OffencesCsv + "2023,\"=HYPERLINK(\"\"http://x\"\")\",Other\n"))).StatusCode);
        var sendPage = await Html.GetAsync(client, $"/staff/cases/{id}/response/send");
        Assert.Null(sendPage.QuerySelector("#cannot-send"));
        var staleCompose = await Html.GetAsync(client, $"/staff/cases/{id}/response");

        var sent = await SendAsync(client, id, sendPage);
        var twice = await SendAsync(client, id, sendPage);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, twice.StatusCode);
        var state = await factory.WithDbAsync(async db => (
            await db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync(),
            await db.ResponseLetters.Where(l => l.FoiRequestId == id).Select(l => l.State).SingleAsync(),
            await db.ResponseDocuments.CountAsync(d => d.FoiRequestId == id && d.Sent)));
        Assert.Equal((RequestStatus.Responded, ResponseState.Sent, 3), state);
        var events = await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).SelectMany(r => r.Events).Select(e => e.Description).ToListAsync());
        Assert.Contains(events, e => e.StartsWith("Response sent on time (due ", StringComparison.Ordinal));

        var email = await Mailbox.WaitForAsync(factory, "our response", reference);
        Assert.Contains("-response-v2.pdf", email, StringComparison.Ordinal);
        Assert.Contains("offences.csv", email, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(factory.MailFolder, "*.eml"), f => File.ReadAllText(f).Contains("our response", StringComparison.Ordinal) && File.ReadAllText(f).Contains(reference, StringComparison.Ordinal));
        // One email in the outbox for this letter version, carrying the three stored documents.
        var queued = await factory.WithDbAsync(db => db.OutboundEmails.AsNoTracking().Include(e => e.Attachments).Where(e => e.Subject.Contains(reference) && e.Subject.Contains("our response")).ToListAsync());
        var only = Assert.Single(queued);
        Assert.Equal(3, only.Attachments.Count);
        Assert.StartsWith("response:", only.IdempotencyKey, StringComparison.Ordinal);
        Assert.EndsWith(":v2", only.IdempotencyKey, StringComparison.Ordinal);
        Assert.Contains("Response email to the requester queued with 3 documents", events);

        var requester = factory.CreateBrowserLikeClient();
        var track = await Html.GetAsync(requester, trackPath);
        var links = track.QuerySelectorAll("#response-documents a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(3, links.Count);
        var csv = await requester.GetAsync(new Uri(links.Single(l => l == links[2]), UriKind.Relative));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var csvText = await csv.Content.ReadAsStringAsync();
        Assert.Contains("\"Instagram, then Snapchat\"", csvText, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", csvText, StringComparison.Ordinal);
        var letterPdf = await requester.GetByteArrayAsync(new Uri(links[0], UriKind.Relative));
        Assert.Equal("%PDF", Encoding.ASCII.GetString(letterPdf, 0, 4));

        // Another token, or a document of another request, gives 404.
        Assert.Equal(HttpStatusCode.NotFound, (await requester.GetAsync(new Uri(links[0].Replace(trackPath, "/track/" + new string('A', 43), StringComparison.Ordinal), UriKind.Relative))).StatusCode);

        Assert.NotNull((await Html.GetAsync(client, $"/staff/cases/{id}/response")).QuerySelector("#not-editable"));
        var locked = await Html.PostFormAsync(client, staleCompose, new Dictionary<string, string> { ["Data.Response"] = "Changed after sending" }, $"/staff/cases/{id}/response");
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Equal(["This response has been sent, so it cannot be changed."], Html.ErrorSummary(await Html.ParseAsync(locked)));
    }

    [Fact]
    public async Task Send_WithTheFirstDraftsPlaceholders_IsRefused_AndNothingIsQueued()
    {
        var (id, reference) = await NewRequestAsync();
        var client = await OfficerAsync();
        await CaseOutcomes.RecordAsync(client, id, "Disclosed", 1, 2);
        // Saved exactly as the first draft offers it, placeholders and all.
        var compose = await Html.GetAsync(client, $"/staff/cases/{id}/response");
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(client, compose, new Dictionary<string, string>
        {
            ["Data.Response"] = compose.QuerySelector("#Data_Response")!.TextContent,
            ["Data.Caveats"] = compose.QuerySelector("#Data_Caveats")!.TextContent,
        }, $"/staff/cases/{id}/response")).StatusCode);
        const string Expected = "Replace \u201C[Answer to question 1]\u201D and \u201C[Answer to question 2]\u201D in the Response section with your answers.";

        var page = await Html.GetAsync(client, $"/staff/cases/{id}/response/send");

        Assert.Equal([Expected], Html.ErrorSummary(page));
        Assert.Equal([$"/staff/cases/{id}/response#Data_Response"], Html.ErrorSummaryLinks(page));
        Assert.Null(page.QuerySelector("main form"));
        Assert.Equal(Expected, (await Html.GetAsync(client, $"/staff/cases/{id}/response")).QuerySelector("#cannot-send li")!.TextContent.Trim());
        var forced = await ForceSendAsync(client, id);
        Assert.Equal(HttpStatusCode.BadRequest, forced.StatusCode);
        Assert.Equal([Expected], Html.ErrorSummary(await Html.ParseAsync(forced)));
        Assert.Equal(ResponseState.Draft, await factory.WithDbAsync(db => db.ResponseLetters.Where(l => l.FoiRequestId == id).Select(l => l.State).SingleAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.OutboundEmails.CountAsync(e => e.Subject.Contains(reference) && e.Subject.Contains("our response"))));
    }

    [Fact]
    public async Task Send_WithoutAnOutcomeForEveryQuestion_IsRefused_AndTheCaseIsNotResponded()
    {
        var (id, _) = await NewRequestAsync();
        var client = await OfficerAsync();
        await CaseOutcomes.RecordAsync(client, id, "Disclosed", 1);
        await SaveAsync(client, id, "1. 312 offences.\n2. 298 offences.");

        var page = await Html.GetAsync(client, $"/staff/cases/{id}/response/send");
        var forced = await ForceSendAsync(client, id);

        Assert.Equal(["Record an outcome for question 2."], Html.ErrorSummary(page));
        Assert.Equal([$"/staff/cases/{id}/exemptions#question-2"], Html.ErrorSummaryLinks(page));
        Assert.Equal(HttpStatusCode.BadRequest, forced.StatusCode);
        Assert.Equal(["Record an outcome for question 2."], Html.ErrorSummary(await Html.ParseAsync(forced)));
        Assert.NotEqual(RequestStatus.Responded, await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        // The link leads to the question's own section of the exemptions page.
        Assert.NotNull((await Html.GetAsync(client, $"/staff/cases/{id}/exemptions")).QuerySelector("#question-2"));
    }

    [Fact]
    public async Task Send_WhenTheLetterContradictsTheDecisions_IsRefused()
    {
        var (id, _) = await NewRequestAsync();
        var client = await OfficerAsync();
        await CaseOutcomes.RecordAsync(client, id, "Disclosed", 1);
        await CaseOutcomes.RecordAsync(client, id, "NotHeld", 2);
        await SaveAsync(client, id, "1. 312 offences.\n2. The figures are attached.");

        var page = await Html.GetAsync(client, $"/staff/cases/{id}/response/send");

        Assert.Equal(["The Response section says \u201Cattached\u201D about question 2, but question 2 is recorded as not held: correct the letter or the outcome."], Html.ErrorSummary(page));
        await SaveAsync(client, id, "1. 312 offences.\n2. We do not hold this information.");
        Assert.Empty(Html.ErrorSummary(await Html.GetAsync(client, $"/staff/cases/{id}/response/send")));
    }

    [Fact]
    public async Task Send_WhoseTransactionIsRetried_QueuesAndSendsOneEmail()
    {
        var (id, reference) = await NewRequestAsync($"Retried send {Guid.NewGuid():N}"[..24]);
        var client = await OfficerAsync();
        await CaseOutcomes.RecordAsync(client, id, "Disclosed", 1, 2);
        await SaveAsync(client, id, "1. 312 offences.\n2. 298 offences.");
        await using var scope = factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<FoiDbContext>();
        var handler = ActivatorUtilities.CreateInstance<SendResponse.Handler>(scope.ServiceProvider);
        var version = await context.Requests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
        var command = new SendResponse.Command(id, version) { Actor = Officer };

        // As the unit of work's retrying execution strategy does: the first run's commit fails (a transient error), so its
        // transaction rolls back; the tracker is cleared and the whole unit runs again, and commits.
        await using (var first = await context.Database.BeginTransactionAsync())
        {
            await handler.Handle(command, CancellationToken.None);
            await context.SaveChangesAsync();
            await first.RollbackAsync();
        }

        context.ChangeTracker.Clear();
        await using (var second = await context.Database.BeginTransactionAsync())
        {
            await handler.Handle(command, CancellationToken.None);
            await context.SaveChangesAsync();
            await second.CommitAsync();
        }

        await factory.Services.GetRequiredService<OutboxDispatcher>().SendDueAsync(CancellationToken.None);
        await factory.Services.GetRequiredService<OutboxDispatcher>().SendDueAsync(CancellationToken.None);

        Assert.Equal(1, await factory.WithDbAsync(db => db.OutboundEmails.CountAsync(e => e.Subject.Contains(reference) && e.Subject.Contains("our response"))));
        await Mailbox.WaitForAsync(factory, "our response", reference);
        Assert.Single(Directory.GetFiles(factory.MailFolder, "*.eml"), f => File.ReadAllText(f).Contains("our response", StringComparison.Ordinal) && File.ReadAllText(f).Contains(reference, StringComparison.Ordinal));
        Assert.Equal(RequestStatus.Responded, await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        Assert.Equal(OutboundEmailStatus.Sent, await factory.WithDbAsync(db => db.OutboundEmails.Where(e => e.Subject.Contains(reference)).Where(e => e.Subject.Contains("our response")).Select(e => e.Status).SingleAsync()));
        Assert.Equal("Response email: Sent to the requester.", (await Html.GetAsync(client, $"/staff/cases/{id}")).QuerySelector("#response-email-status")!.TextContent.Trim());
    }

    [Fact]
    public async Task OutboxKey_IsUnique_SoOneLetterVersionCanNeverQueueTwoEmails()
    {
        var key = $"response:{Guid.NewGuid():N}:v1";

        var second = await factory.WithDbAsync(async db =>
        {
            db.OutboundEmails.Add(new OutboundEmail("a@example.org", "A", "Our response", "Body", DateTime.UtcNow, key, []));
            await db.SaveChangesAsync();
            db.OutboundEmails.Add(new OutboundEmail("a@example.org", "A", "Our response", "Body", DateTime.UtcNow, key, []));
            return await Record.ExceptionAsync(() => db.SaveChangesAsync());
        });

        Assert.IsType<DbUpdateException>(second);
    }
}

/// <summary>Records outcomes on the exemptions page, as an officer does before sending.</summary>
internal static class CaseOutcomes
{
    /// <summary>An outcome that cites nothing (disclosed, not held) for each of <paramref name="questions"/>.</summary>
    public static async Task RecordAsync(HttpClient client, int id, string outcome, params int[] questions)
    {
        foreach (var question in questions)
        {
            var page = await Html.GetAsync(client, $"/staff/cases/{id}/exemptions");
            var response = await Html.PostFormAsync(client, page, ExemptionForm.Form(question.ToString(CultureInfo.InvariantCulture), outcome), $"/staff/cases/{id}/exemptions");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }
}
