using System.Globalization;
using System.Net;
using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Statute;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Seeding;
using FoiPortal.Web.Pages.Staff.DisclosureLog;
using FoiPortal.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FoiPortal.Web.Tests;

/// <summary>The public disclosure log against the seeded demo log (31 published entries) on a real SQLite file.</summary>
public sealed class DisclosureLogTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string GroomingPath = "/disclosure-log/" + DevelopmentSeeder.GroomingSlug;

    [Fact]
    public async Task Get_Log_ListsPublishedEntriesNewestFirstInPagesOfTwenty()
    {
        var published = await factory.WithDbAsync(db => db.DisclosureLogEntries.CountAsync(e => e.State == EntryState.Published));
        var client = factory.CreateBrowserLikeClient();

        var page = await Html.GetAsync(client, "/disclosure-log");

        Assert.Equal($"{published} published entries, newest first", Heading(page));
        var dates = Dates(page);
        Assert.Equal(20, dates.Count);
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.NotNull(page.QuerySelector("nav.govuk-pagination a[href='/disclosure-log?page=2'][rel=next]"));
        var second = await Html.GetAsync(client, "/disclosure-log?page=2");
        Assert.Equal(published - 20, Dates(second).Count);
        Assert.True(Dates(second)[0] <= dates[^1]);
    }

    [Fact]
    public async Task Search_Grooming_FindsTheSeedEntryWithTheWordInBold()
    {
        var client = factory.CreateBrowserLikeClient();

        var page = await Html.GetAsync(client, "/disclosure-log?q=grooming");

        Assert.Equal("1 entry matches ‘grooming’", Heading(page));
        var result = Assert.Single(page.QuerySelectorAll(".app-results__item"));
        Assert.Equal(GroomingPath, result.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal("Online Grooming", result.QuerySelector("h3 a")!.TextContent.Trim());
        Assert.Contains("62A/23", result.TextContent, StringComparison.Ordinal);
        Assert.Equal("Cost limit exceeded", result.QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Contains(result.QuerySelectorAll(".app-results__snippet strong"), s => s.TextContent.Equals("grooming", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("grooming", ((IHtmlInputElement)page.QuerySelector("input#q")!).Value);
        Assert.StartsWith("Search results for ‘grooming’", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_RanksATitleMatchAboveAMentionInTheText()
    {
        var client = factory.CreateBrowserLikeClient();

        var page = await Html.GetAsync(client, "/disclosure-log?q=custody");

        var titles = page.QuerySelectorAll(".app-results__item h3 a").Select(a => a.TextContent.Trim()).ToList();
        Assert.True(titles.Count >= 3, string.Join(", ", titles));
        Assert.Contains("custody", titles[0], StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("year=2023", "year")]
    [InlineData("topic=custody", "topic")]
    [InlineData("outcome=cost-limit", "outcome")]
    [InlineData("exemption=FOIA+s.23(5)", "exemption")]
    public async Task Filter_ShowsExactlyTheMatchingEntries(string query, string filter)
    {
        var expected = await factory.WithDbAsync(async db =>
        {
            var published = await db.DisclosureLogEntries.Where(e => e.State == EntryState.Published)
                .Select(e => new { e.Slug, e.RespondedOn, e.Topic, e.Outcome, e.ExemptionKeys }).ToListAsync();
            return published.Where(e => filter switch
            {
                "year" => e.RespondedOn.Year == 2023,
                "topic" => e.Topic == "Custody",
                "outcome" => e.Outcome == DisclosureOutcome.CostLimit,
                _ => e.ExemptionKeys.Split('|').Contains("FOIA s.23(5)"),
            }).Select(e => e.Slug).Order().ToList();
        });
        var client = factory.CreateBrowserLikeClient();

        var page = await Html.GetAsync(client, "/disclosure-log?" + query);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Slugs(page).Order());
        Assert.Empty(Html.ErrorSummary(page));
        Assert.Equal(expected.Count == 1 ? "1 entry matches" : $"{expected.Count} entries match", Heading(page));
        Assert.NotNull(page.QuerySelector($"select#{filter} option[selected]"));
    }

    [Fact]
    public async Task WordsAndFilters_Combine()
    {
        var client = factory.CreateBrowserLikeClient();

        var found = await Html.GetAsync(client, "/disclosure-log?q=grooming&year=2023&topic=crime-and-offences&outcome=cost-limit&exemption=FOIA%20s.12");
        var none = await Html.GetAsync(client, "/disclosure-log?q=grooming&outcome=not-held");

        Assert.Equal([DevelopmentSeeder.GroomingSlug], Slugs(found));
        Assert.Equal("No entries match your search", Heading(none));
        Assert.Empty(Slugs(none));
        Assert.Contains("make a Freedom of Information request", none.QuerySelector("#results")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q=%22grooming")]
    [InlineData("q=grooming*")]
    [InlineData("q=NEAR(grooming%20offences)")]
    [InlineData("q=title%3Agrooming")]
    [InlineData("q=%5Egrooming")]
    [InlineData("q=grooming%20OR%20x")]
    [InlineData("q=(grooming")]
    [InlineData("q=grooming%27%3B%20DROP%20TABLE%20DisclosureLogEntries%3B--")]
    [InlineData("q=%27%20OR%201%3D1%20--")]
    [InlineData("q=grooming&page=0")]
    [InlineData("q=grooming&page=-3")]
    [InlineData("q=grooming&page=abc")]
    [InlineData("q=grooming&page=99999999999999999999")]
    public async Task BadInput_NeverFailsAndNothingIsInjected(string query)
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(new Uri("/disclosure-log?" + query, UriKind.Relative));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Disclosure log", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#results-heading"));
        Assert.True(await factory.WithDbAsync(db => db.DisclosureLogEntries.AnyAsync()));
    }

    [Theory]
    [InlineData("q=%22%22")]
    [InlineData("q=*%20%5E%20%3A%20()%20-")]
    [InlineData("q=AND%20OR%20NOT")]
    public async Task BadInput_OnlySyntax_IsNoEntriesMatch(string query)
    {
        var page = await Html.GetAsync(factory.CreateBrowserLikeClient(), "/disclosure-log?" + query);

        Assert.Equal("No entries match your search", Heading(page));
    }

    [Fact]
    public async Task BadInput_TenThousandCharacters_AreCutWithAMessage()
    {
        var words = "grooming " + new string('a', 10_000);

        var page = await Html.GetAsync(factory.CreateBrowserLikeClient(), "/disclosure-log?q=" + Uri.EscapeDataString(words));

        Assert.Equal(["Search words must be 200 characters or fewer: we searched for the first 200"], Html.ErrorSummary(page));
        Assert.Equal(["#q"], Html.ErrorSummaryLinks(page));
        Assert.Equal(200, ((IHtmlInputElement)page.QuerySelector("input#q")!).Value.Length);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_UnknownFilters_AreIgnoredWithAMessageEach()
    {
        var page = await Html.GetAsync(factory.CreateBrowserLikeClient(), "/disclosure-log?q=grooming&year=1850&topic=astrology&outcome=GrantedInFull&exemption=FOIA+s.99");

        Assert.Equal(
        [
            "Select a year from the list: we showed entries of every kind instead",
            "Select a topic from the list: we showed entries of every kind instead",
            "Select an outcome from the list: we showed entries of every kind instead",
            "Select an exemption from the list: we showed entries of every kind instead",
        ], Html.ErrorSummary(page));
        Assert.Equal(["#year", "#topic", "#outcome", "#exemption"], Html.ErrorSummaryLinks(page));
        Assert.Equal([DevelopmentSeeder.GroomingSlug], Slugs(page));
        // The links of the results pages repeat only what was understood.
        Assert.DoesNotContain(page.QuerySelectorAll("a[href^='/disclosure-log?']"), a => a.GetAttribute("href")!.Contains("astrology", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadInput_PagePastTheEnd_ShowsTheLastPage()
    {
        var published = await factory.WithDbAsync(db => db.DisclosureLogEntries.CountAsync(e => e.State == EntryState.Published));
        var pages = (published + 19) / 20;
        var client = factory.CreateBrowserLikeClient();

        var last = await Html.GetAsync(client, "/disclosure-log?page=99999");
        var zero = await Html.GetAsync(client, "/disclosure-log?page=0");

        Assert.True(pages >= 2);
        Assert.Contains($"page {pages} of {pages}", last.QuerySelector("#results-range")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"page 1 of {pages}", zero.QuerySelector("#results-range")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entry_ReadsLikeTheSeedWithAttachmentsAndRelatedEntries()
    {
        var page = await Html.GetAsync(factory.CreateBrowserLikeClient(), GroomingPath);

        Assert.Equal("Online Grooming (62A/23)", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Request", "Response", "Reason for decision", "Attachments"], page.QuerySelectorAll("main .govuk-grid-column-two-thirds h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(5, page.QuerySelectorAll("main ol.govuk-list--number li").Length);
        Assert.Contains("Section 23(5)", page.QuerySelector("#entry-details")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("27 February 2023", page.QuerySelector("#entry-details")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#updated"));
        // As sent to the requester (issue 6), without their name: the letter, and the dataset as a PDF table and as CSV.
        var attachments = page.QuerySelectorAll("li.app-attachment")
            .ToDictionary(a => a.QuerySelector("a")!.GetAttribute("href")!, a => a.QuerySelector(".app-attachment__meta")!.TextContent.Trim()[..4]);
        Assert.Equal(
            new Dictionary<string, string>
            {
                [GroomingPath + "/attachments/62A_23_attachment.csv"] = "CSV,",
                [GroomingPath + "/attachments/62A-23-62A_23_attachment.pdf"] = "PDF,",
                [GroomingPath + "/attachments/62A-23-response-v2.pdf"] = "PDF,",
            },
            attachments);
        var related = page.QuerySelectorAll("aside a").Select(a => a.GetAttribute("href")).ToList();
        Assert.InRange(related.Count, 1, 5);
        Assert.DoesNotContain(GroomingPath, related);
        Assert.DoesNotContain("Sam Example", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachment_DownloadsWithItsTypeAsAnAttachment()
    {
        var stored = await factory.WithDbAsync(db => db.DisclosureLogEntries.Where(e => e.Slug == DevelopmentSeeder.GroomingSlug)
            .SelectMany(e => e.Attachments).Where(a => a.FileName == "62A_23_attachment.csv").Select(a => a.Content).SingleAsync());
        var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(new Uri(GroomingPath + "/attachments/62A_23_attachment.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("62A_23_attachment.csv", response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(stored, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(GroomingPath + "/attachments/other.csv", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Feed_IsValidAtomOfTheNewestEntries()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(new Uri("/disclosure-log/feed.atom", UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(atom + "feed", feed.Root!.Name);
        // RFC 4287 s.4.1.1: a feed has exactly one id, title and updated, and an author unless every entry has one.
        foreach (var required in new[] { "id", "title", "updated", "author" })
        {
            Assert.Single(feed.Root.Elements(atom + required));
        }

        Assert.Equal("self", feed.Root.Elements(atom + "link").First().Attribute("rel")!.Value);
        var entries = feed.Root.Elements(atom + "entry").ToList();
        Assert.InRange(entries.Count, 1, 50);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(atom + "id")!.Value).Distinct().Count());
        var published = entries.Select(e => DateTimeOffset.Parse(e.Element(atom + "published")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(published.OrderByDescending(p => p), published);
        foreach (var entry in entries)
        {
            Assert.True(Uri.IsWellFormedUriString(entry.Element(atom + "id")!.Value, UriKind.Absolute));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(atom + "title")!.Value));
            Assert.NotNull(entry.Elements(atom + "link").SingleOrDefault(l => l.Attribute("rel")?.Value == "alternate"));
            Assert.True(DateTimeOffset.TryParseExact(entry.Element(atom + "updated")!.Value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _));
        }

        Assert.Contains(entries, e => e.Element(atom + "id")!.Value.EndsWith(GroomingPath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feed_SummaryOfALongRequestWithoutSpaces_IsCut()
    {
        await PublishAsync(Content("Feed test: one long word", "904A/26") with { RequestText = new string('w', 400) });

        var response = await factory.CreateBrowserLikeClient().GetAsync(new Uri("/disclosure-log/feed.atom", UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var summary = feed.Root!.Elements(atom + "entry").Single(e => e.Element(atom + "title")!.Value.StartsWith("Feed test", StringComparison.Ordinal)).Element(atom + "summary")!.Value;
        Assert.Equal("Granted in full. " + new string('w', 300) + "…", summary);
    }

    [Fact]
    public async Task Csv_IsTheIndexOfEveryPublishedEntry()
    {
        var published = await factory.WithDbAsync(db => db.DisclosureLogEntries.CountAsync(e => e.State == EntryState.Published));
        var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(new Uri("/disclosure-log/index.csv", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        // RFC 4180: every record ends in CRLF; no bare LF outside quoted fields here (no field has a line break).
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(text.Split("\r\n").Length - 1, text.Count(c => c == '\n'));
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Reference,Title,Date of response,Topic,Outcome,Exemptions cited,Address", lines[0]);
        Assert.Equal(published + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("62A/23,Online Grooming,2023-02-27,Crime and offences,Cost limit exceeded,FOIA s.12; FOIA s.23(5),", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_CellThatWouldRunAsAFormula_IsMadeText()
    {
        await PublishAsync(Content("=HYPERLINK(\"http://evil.example\",\"Click\")", "+44/26"));

        var text = await factory.CreateBrowserLikeClient().GetStringAsync(new Uri("/disclosure-log/index.csv", UriKind.Relative));

        Assert.Contains("'+44/26,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftAndWithdrawn_Are404NotForbidden()
    {
        var draftId = await PrepareAsync(Content("A draft about custody suites", "901A/26"), attachment: true);
        var draftSlug = await SlugAsync(draftId);
        var client = factory.CreateBrowserLikeClient();

        var draft = await client.GetAsync(new Uri($"/disclosure-log/{draftSlug}", UriKind.Relative));
        var draftFile = await client.GetAsync(new Uri($"/disclosure-log/{draftSlug}/attachments/figures.csv", UriKind.Relative));
        await SendAsync(new PublishEntry.Command(draftId) { Actor = "manager@foiportal.test" });
        var published = await client.GetAsync(new Uri($"/disclosure-log/{draftSlug}/attachments/figures.csv", UriKind.Relative));
        await SendAsync(new WithdrawEntry.Command(draftId, "Published too early") { Actor = "manager@foiportal.test" });
        var withdrawn = await client.GetAsync(new Uri($"/disclosure-log/{draftSlug}", UriKind.Relative));
        var withdrawnFile = await client.GetAsync(new Uri($"/disclosure-log/{draftSlug}/attachments/figures.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, draftFile.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdrawnFile.StatusCode);
        Assert.Equal("Page not found", (await Html.ParseAsync(withdrawn)).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Cache_PublishThenReadShowsIt_WithdrawThenReadIs404()
    {
        var client = factory.CreateBrowserLikeClient();
        var id = await PrepareAsync(Content("Cache test: horse patrols", "902A/26"));
        var slug = await SlugAsync(id);
        // Both pages are now in the output cache, without the entry.
        var before = await Html.GetAsync(client, "/disclosure-log");
        var beforeAgain = await client.GetAsync(new Uri("/disclosure-log", UriKind.Relative));
        Assert.DoesNotContain(slug, Slugs(before));
        Assert.True(beforeAgain.Headers.Age is not null, "The log's first page should be served from the output cache.");

        await SendAsync(new PublishEntry.Command(id) { Actor = "manager@foiportal.test" });
        var afterPublish = await Html.GetAsync(client, "/disclosure-log");
        var entry = await client.GetAsync(new Uri($"/disclosure-log/{slug}", UriKind.Relative));
        var entryAgain = await client.GetAsync(new Uri($"/disclosure-log/{slug}", UriKind.Relative));
        await SendAsync(new WithdrawEntry.Command(id, "Wrong case") { Actor = "manager@foiportal.test" });
        var afterWithdraw = await client.GetAsync(new Uri($"/disclosure-log/{slug}", UriKind.Relative));
        var logAfterWithdraw = await Html.GetAsync(client, "/disclosure-log");

        Assert.Equal(slug, Slugs(afterPublish)[0]);
        Assert.Equal(HttpStatusCode.OK, entry.StatusCode);
        Assert.True(entryAgain.Headers.Age is not null, "The entry page should be served from the output cache.");
        Assert.Equal(HttpStatusCode.NotFound, afterWithdraw.StatusCode);
        Assert.DoesNotContain(slug, Slugs(logAfterWithdraw));
    }

    [Fact]
    public async Task Cache_CorrectionShowsTheUpdatedDateAtOnce()
    {
        var client = factory.CreateBrowserLikeClient();
        var id = await PrepareAsync(Content("Cache test: dog unit", "903A/26"));
        await SendAsync(new PublishEntry.Command(id) { Actor = "manager@foiportal.test" });
        var slug = await SlugAsync(id);
        var first = await Html.GetAsync(client, $"/disclosure-log/{slug}");

        await SendAsync(new CorrectEntry.Command(id, Content("Cache test: dog unit costs", "903A/26"), "Clearer title", null) { Actor = "manager@foiportal.test" });
        var corrected = await Html.GetAsync(client, $"/disclosure-log/{slug}");

        Assert.Null(first.QuerySelector("#updated"));
        Assert.Equal("Cache test: dog unit costs (903A/26)", corrected.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Updated on", corrected.QuerySelector("#updated")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("version 2", corrected.QuerySelector("#updated")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CachedPage_StillWorksWithTheCsp()
    {
        var client = factory.CreateBrowserLikeClient();

        await client.GetAsync(new Uri(GroomingPath, UriKind.Relative));
        var cached = await client.GetAsync(new Uri(GroomingPath, UriKind.Relative));
        var page = await Html.ParseAsync(cached);
        var script = await client.GetAsync(new Uri("/js/js-enabled.js", UriKind.Relative));

        Assert.True(cached.Headers.Age is not null, "The second request should be served from the output cache.");
        var csp = string.Join(";", cached.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self' 'nonce-", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        // No inline script (a cached page could only carry an old nonce, which this CSP would block); the same
        // one line comes from a same-origin file, which 'self' allows.
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.NotNull(page.QuerySelector("body > script[src='/js/js-enabled.js']"));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("js-enabled", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_WithTheRequesterNamed_IsBlockedAndSaysWhere()
    {
        var client = factory.CreateBrowserLikeClient();
        var confirmation = await Journey.MakeRequestAsync(client, Journey.ValidAnswers("Police horses"));
        var reference = Journey.Reference(confirmation);
        var requestId = await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
        var content = Content("Police horses", reference) with { ResponseText = "Dear Jo Bloggs,\n\nWe hold 12 horses.\nWe wrote to jo.bloggs@example.org." };
        var id = await PrepareAsync(content, requestId);

        var refused = await Assert.ThrowsAsync<PersonalDataFoundException>(() => SendAsync(new PublishEntry.Command(id) { Actor = "manager@foiportal.test" }));

        Assert.Equal(
            [(PersonalDataKind.Name, "the response, line 1"), (PersonalDataKind.Email, "the response, line 4")],
            refused.Findings.Select(f => (f.Kind, f.Where)));
        Assert.Equal(EntryState.Draft, await factory.WithDbAsync(db => db.DisclosureLogEntries.Where(e => e.Id == id).Select(e => e.State).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/disclosure-log/{await SlugAsync(id)}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task RequestJourney_SuggestsPublishedEntriesLikeTheTitle()
    {
        var client = factory.CreateBrowserLikeClient();

        var similar = await Journey.AnswerAsync(client, Journey.ValidAnswers("Online grooming figures"));
        var unrelated = await Journey.AnswerAsync(factory.CreateBrowserLikeClient(), Journey.ValidAnswers("Wombat sightings"));

        var box = similar.QuerySelector("#similar-entries")!;
        Assert.Equal("Before you send: these published responses may answer your question", box.QuerySelector("h2")!.TextContent.Trim());
        var links = box.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.InRange(links.Count, 1, 3);
        Assert.Equal(GroomingPath, links[0]);
        Assert.Null(unrelated.QuerySelector("#similar-entries"));
        // The form to send is still there: suggestions never stop a request.
        Assert.NotNull(similar.QuerySelector("main form[method=post] button"));
    }

    [Fact]
    public async Task Migration_CreatesTheIndexAndItsTriggers()
    {
        // A later migration that rebuilds DisclosureLogEntries would silently drop these: this test catches it.
        var names = await factory.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE name LIKE 'DisclosureLogSearch%' AND type IN ('table', 'trigger') ORDER BY name")
            .ToListAsync());

        Assert.Contains("DisclosureLogSearch", names);
        Assert.Contains("DisclosureLogSearch_Insert", names);
        Assert.Contains("DisclosureLogSearch_Update", names);
        Assert.Contains("DisclosureLogSearch_Delete", names);
    }

    // Issue 18 "Find": stemming, attachment labels, no file names in excerpts, related by subject, cached searches.

    [Theory]
    [InlineData("groomed")]
    [InlineData("GROOMS")]
    public async Task Search_FindsOtherFormsOfTheWord_AndMarksThem(string typed)
    {
        var client = factory.CreateBrowserLikeClient();

        var page = await Html.GetAsync(client, $"/disclosure-log?q={typed}");

        var result = page.QuerySelectorAll(".app-results__item").Single(r => r.QuerySelector("h3 a")!.GetAttribute("href") == GroomingPath);
        Assert.Contains(result.QuerySelectorAll(".app-results__snippet strong"), s => s.TextContent.Equals("grooming", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_Knives_FindsAnEntryAboutAKnife()
    {
        await PublishAsync(Content("Knife arches at the Quellsworth transport hub", "905A/26"));
        var client = factory.CreateBrowserLikeClient();

        var page = await Html.GetAsync(client, "/disclosure-log?q=knives+quellsworth");

        var result = Assert.Single(page.QuerySelectorAll(".app-results__item"));
        Assert.Equal("Knife arches at the Quellsworth transport hub", result.QuerySelector("h3 a")!.TextContent.Trim());
    }

    [Fact]
    public async Task Search_ExcerptsNeverShowInternalFileNames()
    {
        var client = factory.CreateBrowserLikeClient();

        // The seed's letter says "see the attachment 62A_23_attachment, as a PDF table" right after "goodwill".
        var page = await Html.GetAsync(client, "/disclosure-log?q=goodwill");

        var snippet = page.QuerySelectorAll(".app-results__item").Single(r => r.QuerySelector("h3 a")!.GetAttribute("href") == GroomingPath)
            .QuerySelector(".app-results__snippet")!.TextContent;
        Assert.Contains("goodwill", snippet, StringComparison.Ordinal);
        Assert.Contains("see the attachment, as a PDF table", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("_attachment", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("62A_23", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("62A _ 23", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachments_AreListedByWhatTheyAre_OnTheEntryAndInResults()
    {
        var client = factory.CreateBrowserLikeClient();

        var entry = await Html.GetAsync(client, GroomingPath);
        var results = await Html.GetAsync(client, "/disclosure-log?q=grooming");

        var links = entry.QuerySelectorAll("#attachments + ul a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Response letter", links);
        Assert.Contains(DevelopmentSeeder.GroomingAttachmentTitle + " (data)", links);
        Assert.Contains(DevelopmentSeeder.GroomingAttachmentTitle + " (table)", links);
        Assert.DoesNotContain(links, l => l.Contains('_', StringComparison.Ordinal) || l.EndsWith(".csv", StringComparison.Ordinal) || l.EndsWith(".pdf", StringComparison.Ordinal));
        // The download addresses still use the file names.
        Assert.Contains(entry.QuerySelectorAll("#attachments + ul a"), a => a.GetAttribute("href")!.EndsWith("/attachments/" + DevelopmentSeeder.GroomingAttachmentFile, StringComparison.Ordinal));
        var listed = results.QuerySelector(".app-results__item .app-results__attachments")!.TextContent;
        Assert.Contains("Response letter", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("_", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachments_WithoutATitle_AreNamedInWordsFromTheFileName()
    {
        var client = factory.CreateBrowserLikeClient();

        // A seeded sample entry whose CSV was published by hand as "311A_24_speed_cameras.csv".
        var page = await Html.GetAsync(client, "/disclosure-log?q=311A");

        Assert.Contains("Attachments: Speed cameras", page.QuerySelector(".app-results__attachments")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RelatedEntries_ShareSubjectMatter_NotOnlyATopic()
    {
        var topics = new[] { "Workforce", "Roads and traffic", "Finance and contracts" };
        EntryContent About(string title, string reference, string topic) =>
            new(title, reference, UkLocalDate.FromInstant(DateTimeOffset.UtcNow), Regime.Foia, topic, DisclosureOutcome.GrantedInFull, [], "1. How many?", "We hold the figures below.");
        await PublishAsync(About("Ocelot enclosure inspections", "906A/26", topics[0]));
        await PublishAsync(About("Escaped ocelot call-outs", "907A/26", topics[1]));
        var id = await PrepareAsync(About("Ocelot keeper licences", "908A/26", topics[2]));
        await SendAsync(new PublishEntry.Command(id) { Actor = "manager@foiportal.test" });
        var client = factory.CreateBrowserLikeClient();

        var page = await Html.GetAsync(client, "/disclosure-log/" + await SlugAsync(id));

        // The two on the subject come first, though they share neither its topic nor an exemption.
        var related = page.QuerySelectorAll("aside a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Escaped ocelot call-outs (907A/26)", "Ocelot enclosure inspections (906A/26)"], related.Take(2).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_RepeatedIsServedFromTheOutputCache_AndAPublicationEvictsIt()
    {
        var client = factory.CreateBrowserLikeClient();
        const string path = "/disclosure-log?q=zebrafish";

        var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        var second = await client.GetAsync(new Uri(path, UriKind.Relative));
        var otherWords = await client.GetAsync(new Uri("/disclosure-log?q=zebrafish+tanks", UriKind.Relative));
        await PublishAsync(Content("Zebrafish in the custody suite aquarium", "909A/26"));
        var afterPublish = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Null(first.Headers.Age);
        Assert.True(second.Headers.Age is not null, "The same search again should be served from the output cache.");
        Assert.Null(otherWords.Headers.Age);
        Assert.Null(afterPublish.Headers.Age);
        Assert.Equal("Zebrafish in the custody suite aquarium", Assert.Single((await Html.ParseAsync(afterPublish)).QuerySelectorAll(".app-results__item h3 a")).TextContent.Trim());
    }

    private static string Heading(IHtmlDocument page) =>
        string.Join(' ', page.QuerySelector("#results-heading")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Slugs(IHtmlDocument page) =>
        page.QuerySelectorAll(".app-results__item h3 a").Select(a => a.GetAttribute("href")!["/disclosure-log/".Length..]).ToList();

    private static List<DateOnly> Dates(IHtmlDocument page) =>
        page.QuerySelectorAll(".app-results__item time").Select(t => DateOnly.ParseExact(t.GetAttribute("datetime")!, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();

    private static EntryContent Content(string title, string reference) =>
        new(title, reference, UkLocalDate.FromInstant(DateTimeOffset.UtcNow), Regime.Foia, "Custody", DisclosureOutcome.GrantedInFull, [],
            "1. How many?", "We hold the figures below.");

    private async Task<int> PrepareAsync(EntryContent content, int? requestId = null, bool attachment = false)
    {
        NewAttachment[] files = attachment ? [new("figures.csv", "text/csv", Encoding.UTF8.GetBytes("Year,Count\r\n2025,3\r\n"))] : [];
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new PrepareEntry.Command(content, requestId, files, "officer@foiportal.test"));
    }

    private async Task PublishAsync(EntryContent content) =>
        await SendAsync(new PublishEntry.Command(await PrepareAsync(content)) { Actor = "manager@foiportal.test" });

    private async Task SendAsync(ICommand command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    private Task<string> SlugAsync(int id) =>
        factory.WithDbAsync(db => db.DisclosureLogEntries.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync());
}
