using System.Text.RegularExpressions;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>
/// Issue 6 end to end: an officer composes a response with a dataset, previews it, sends it; the requester downloads the
/// documents from their tracking page. axe-core checks every page on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ResponseJourneyTests(PortalServer server, BrowserFixture browser)
{
    [BrowserFact]
    public async Task Officer_ComposesPreviewsAndSends_RequesterDownloads()
    {
        var request = NewRequest.TwoQuestions();
        SentRequest sent;
        await using (var requester = await browser.OpenAsync(server.BaseAddress))
        {
            sent = await RequesterJourney.MakeRequestAsync(requester.Page, request);
        }

        var trackPath = await server.TrackingPathAsync(sent.Reference);
        var csv = Path.Combine(Path.GetTempPath(), $"cameras-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, "Year,Cameras,Offences detected\n2024,41,\"18,212\"\n2025,44,\"19,870\"\n");
        try
        {
            await using (var officer = await browser.OpenAsync(server.BaseAddress))
            {
                var page = officer.Page;
                await StaffJourney.SignInAsOfficerAsync(page);
                await StaffJourney.OpenCaseAsync(page, sent.Reference);
                // Issue 12: every question needs its outcome before the response can be sent.
                await page.Locator("#exemptions-link").ClickAsync();
                foreach (var question in new[] { "Question 1", "Question 2" })
                {
                    await page.Locator("#record-decision").GetByLabel(question, new() { Exact = true }).CheckAsync();
                    await page.Locator("#record-decision").GetByLabel("Disclosed in full", new() { Exact = true }).CheckAsync();
                    await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
                    await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Decision recorded for");
                }

                await page.GotoAsync(new Uri(new Uri(page.Url), "/staff/cases").ToString());
                await StaffJourney.OpenCaseAsync(page, sent.Reference);
                await page.Locator("#response-link").ClickAsync();
                await Expect(page).ToHaveURLAsync(ResponseUrl());
                await page.AssertNoAxeViolationsAsync();

                await page.GetByLabel("Response", new() { Exact = true }).FillAsync("1. 44 cameras.\n2. 19,870 offences: see the attached table.");
                await page.GetByRole(AriaRole.Button, new() { Name = "Save response" }).ClickAsync();
                await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Response saved.");
                await page.AssertNoAxeViolationsAsync();

                // A dataset without a title: the error summary says what to fix.
                await page.Locator("#Data_File").SetInputFilesAsync(csv);
                await page.GetByRole(AriaRole.Button, new() { Name = "Attach dataset" }).ClickAsync();
                await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a title for the dataset");
                await page.AssertNoAxeViolationsAsync();
                await page.GetByLabel("Title of the dataset").FillAsync("Speed cameras and offences by year");
                await page.Locator("#Data_File").SetInputFilesAsync(csv);
                await page.GetByRole(AriaRole.Button, new() { Name = "Attach dataset" }).ClickAsync();
                await Expect(page.Locator("#dataset-list")).ToContainTextAsync("2 rows, 3 columns");

                await page.Locator("#preview-link").ClickAsync();
                await Expect(page.Locator("#letter-preview")).ToContainTextAsync("Speed cameras and offences by year (2 rows)");
                await Expect(page.Locator("#letter-preview h2").First).ToContainTextAsync(sent.Reference);
                await page.AssertNoAxeViolationsAsync();
                await page.GoBackAsync();

                await page.Locator("#send-link").ClickAsync();
                await Expect(page.Locator("#send-files li")).ToHaveCountAsync(3);
                await page.AssertNoAxeViolationsAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Send response" }).ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex(@"/staff/cases/\d+$"));
                await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Response sent to the requester on time.");
                await page.AssertNoAxeViolationsAsync();
            }

            await using var requesterAgain = await browser.OpenAsync(server.BaseAddress);
            var track = requesterAgain.Page;
            await track.GotoAsync(trackPath);
            var documents = track.Locator("#response-documents a");
            await Expect(documents).ToHaveCountAsync(3);
            await track.AssertNoAxeViolationsAsync();
            var download = await track.RunAndWaitForDownloadAsync(() => documents.First.ClickAsync());
            Assert.EndsWith("-response-v2.pdf", download.SuggestedFilename, StringComparison.Ordinal);
            var path = await download.PathAsync();
            var head = new byte[4];
            await using (var stream = File.OpenRead(path))
            {
                await stream.ReadExactlyAsync(head);
            }

            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(head));
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [GeneratedRegex(@"/staff/cases/\d+/response$")]
    private static partial Regex ResponseUrl();
}
