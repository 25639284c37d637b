using System.Text;
using System.Text.RegularExpressions;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>
/// Issue 18, "Consult", end to end: the officer finds 62A/23 by a word in its questions, sees the possible repeat,
/// and sends a task to Crime Data; the link is read from the email
/// the portal wrote; the department answers through it with JavaScript off, uploading a CSV; the officer sees the
/// answer on the case page. Every page is checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ConsultationJourneyTests(PortalServer server, BrowserFixture browser)
{
    private const string Question = "How many online grooming offences were recorded each year? A CSV is fine.";

    [BrowserFact]
    public async Task Officer_AsksCrimeData_TheDepartmentAnswersWithACsv_TheOfficerSeesTheAnswer()
    {
        await using var officer = await browser.OpenAsync(server.BaseAddress);
        var page = officer.Page;
        await StaffJourney.SignInAsOfficerAsync(page);

        // The officer's day starts from a word in the request's third question ("social media platforms and
        // websites"), typed in another form, not from its reference.
        await page.GetByLabel("Search by reference or words").FillAsync("platform");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var row = page.Locator("tbody tr[data-reference='62A/23']");
        await Expect(row.Locator(".app-search-excerpt strong.app-search-match").First).ToHaveTextAsync(new Regex("^platforms$", RegexOptions.IgnoreCase));
        await row.GetByRole(AriaRole.Link, new() { Name = "62A/23", Exact = true }).ClickAsync();

        // The requester asked nearly the same thing before: the case flags it, with its score, for the officer to judge.
        await Expect(page.Locator("[data-flag='PossibleRepeat']")).ToContainTextAsync("%");
        await page.Locator("#consult-link").ClickAsync();
        await page.AssertNoAxeViolationsAsync();

        // Refused first (nothing chosen), then sent.
        await page.GetByRole(AriaRole.Button, new() { Name = "Send task" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select who you are asking");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Who are you asking?").SelectOptionAsync(new SelectOptionValue { Label = "Crime Data" });
        await page.GetByLabel("What are you asking for?").FillAsync(Question);
        await page.Locator("#question-1").CheckAsync();
        await page.GetByLabel("Working days to answer").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send task" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Consultation task sent.");
        await Expect(page.Locator("#task-status")).ToContainTextAsync("Waiting for answer");
        await page.AssertNoAxeViolationsAsync();

        var link = LinkPath(await SentAsync("crime.data@foiportal.test", "62A/23"));

        await using (var department = await browser.OpenAsync(server.BaseAddress, javaScriptEnabled: false))
        {
            var answer = department.Page;
            await answer.GotoAsync(link);
            await Expect(answer.Locator("#task-question")).ToHaveTextAsync(Question);
            await answer.AssertNoAxeViolationsAsync();
            await answer.GetByLabel("Your answer").FillAsync("Figures for 2019 to 2022 are attached.");
            await answer.Locator("#Data_Files").SetInputFilesAsync(new FilePayload
            {
                Name = "grooming-offences.csv",
                MimeType = "text/csv",
                Buffer = Encoding.UTF8.GetBytes("Year,Offences\r\n2019,52\r\n2020,61\r\n2021,70\r\n2022,66\r\n"),
            });
            await answer.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).ClickAsync();
            await Expect(answer.Locator("#link-state")).ToHaveTextAsync("This task has been answered");
            await answer.AssertNoAxeViolationsAsync();
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the case" }).ClickAsync();
        var answers = page.Locator("#consultation-answers");
        await Expect(answers).ToContainTextAsync("Figures for 2019 to 2022 are attached.");
        await Expect(answers.GetByRole(AriaRole.Link, new() { Name = "grooming-offences.csv" })).ToHaveCountAsync(1);
        await page.AssertNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task DepartmentsAdmin_HasNoAxeViolations()
    {
        await using var admin = await browser.OpenAsync(server.BaseAddress);
        var page = admin.Page;
        await page.GotoAsync("/staff/sign-in");
        await page.Locator("#Data_Email").FillAsync("admin@foiportal.test");
        await page.Locator("#Data_Password").FillAsync(StaffJourney.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GotoAsync("/staff/admin/departments");
        await Expect(page.Locator("#departments")).ToContainTextAsync("Professional Standards");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add department" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the department's name");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Custody", Exact = true }).ClickAsync();
        await Expect(page.Locator("#changes")).ToContainTextAsync("Added: Custody");
        await page.AssertNoAxeViolationsAsync();
    }

    /// <summary>The consultation email the portal wrote to the pickup folder for this address and reference.</summary>
    private async Task<MimeMessage> SentAsync(string to, string reference)
    {
        for (var i = 0; i < 100; i++)
        {
            foreach (var file in Directory.Exists(server.MailFolder) ? Directory.GetFiles(server.MailFolder, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => m.Address == to) && message.Subject?.Contains(reference, StringComparison.Ordinal) == true
                    && message.TextBody?.Contains(Question, StringComparison.Ordinal) == true)
                {
                    return message;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No consultation email to {to} within 10 s.");
    }

    private static string LinkPath(MimeMessage message) =>
        LinkPattern().Match(message.TextBody ?? string.Empty) is { Success: true } m ? m.Value : throw new InvalidOperationException("No link in the email.");

    [GeneratedRegex("/consultations/[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();
}
