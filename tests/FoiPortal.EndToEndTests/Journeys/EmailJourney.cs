using System.Text.RegularExpressions;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>
/// Issue 16 end to end: an email dropped into the intake folder reaches the triage inbox, an officer makes it a
/// request and seeks clarification from the case, the requester replies by email (threaded by In-Reply-To, no
/// reference in the subject), and the reply files itself and restarts the clock. A WhatDoTheyKnow message becomes a
/// request whose letters go back to the WhatDoTheyKnow address. axe-core checks every page; the inbox and the case
/// page are also checked with JavaScript off.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EmailJourney(PortalServer server, BrowserFixture browser)
{
    private const string Requester = "robin.email@example.org";

    /// <summary>Writes the message under another name and renames it in, as the intake folder asks.</summary>
    private async Task DropAsync(MimeMessage message)
    {
        Directory.CreateDirectory(server.IntakeFolder);
        var name = $"{Guid.NewGuid():N}";
        var temporary = Path.Combine(server.IntakeFolder, name + ".tmp");
        await using (var stream = File.Create(temporary))
        {
            await message.WriteToAsync(stream);
        }

        File.Move(temporary, Path.Combine(server.IntakeFolder, name + ".eml"));
    }

    private static MimeMessage Email(string from, string subject, string body, string? inReplyTo = null)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse("foi@foiportal.test"));
        message.Subject = subject;
        message.MessageId = $"{Guid.NewGuid():N}@example.org";
        if (inReplyTo is not null)
        {
            message.InReplyTo = inReplyTo;
        }

        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    /// <summary>Reloads the inbox until the email with this subject is listed (the folder is polled every second), then opens it.</summary>
    private static async Task OpenFromInboxAsync(IPage page, string subject)
    {
        var link = page.Locator("#inbox").GetByRole(AriaRole.Link, new() { Name = subject, Exact = true });
        for (var i = 0; i < 30 && await link.CountAsync() == 0; i++)
        {
            await Task.Delay(500);
            await page.GotoAsync("/staff/inbox");
        }

        await page.AssertNoAxeViolationsAsync();
        await link.ClickAsync();
        await Expect(page.Locator("#subject")).ToHaveTextAsync(subject);
        await page.AssertNoAxeViolationsAsync();
    }

    /// <summary>From the email's page: "Make it a request", check the prefilled form, log it; returns the case's reference.</summary>
    private static async Task<string> MakeRequestAsync(IPage page)
    {
        await page.Locator("#make-request").ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log request" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/staff/cases/\d+$"));
        await page.AssertNoAxeViolationsAsync();
        return (await page.Locator(".govuk-caption-l").First.TextContentAsync())!.Trim();
    }

    /// <summary>The letter the portal wrote to the pickup folder with this subject start.</summary>
    private async Task<MimeMessage> SentAsync(string subjectStart)
    {
        for (var i = 0; i < 100; i++)
        {
            foreach (var file in Directory.Exists(server.MailFolder) ? Directory.GetFiles(server.MailFolder, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(file);
                if (message.Subject?.StartsWith(subjectStart, StringComparison.Ordinal) == true)
                {
                    return message;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No email '{subjectStart}' within 10 s.");
    }

    private async Task<FoiRequest> CaseAsync(string reference)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FoiDbContext>().Requests.AsNoTracking().Include(r => r.ClockEvents).SingleAsync(r => r.Reference == reference);
    }

    [BrowserFact]
    public async Task EmailedRequest_Clarified_ByAThreadedReply_RestartsTheClock()
    {
        var subject = $"Request for information: road gritting {Guid.NewGuid().ToString("N")[..6]}";
        await DropAsync(Email(Requester, subject, "Dear FOI team,\n\n1. How many tonnes of salt did you use in winter 2025?\n2. How many gritters do you own?\n\nRobin"));
        await using var session = await browser.OpenAsync(server.BaseAddress);
        var page = session.Page;
        await StaffJourney.SignInAsOfficerAsync(page);
        await page.GotoAsync("/staff/inbox");
        await OpenFromInboxAsync(page, subject);
        var reference = await MakeRequestAsync(page);

        await page.Locator("#clock-actions").GetByRole(AriaRole.Link, new() { Name = "Seek clarification" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Seek clarification" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Replace the text in square brackets");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Letter to the requester").FillAsync("Dear Robin,\n\nWhich winter do you mean: 2024-25 or 2025-26?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Seek clarification" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/staff/cases/\d+$"));
        var casePath = new Uri(page.Url).AbsolutePath;

        var letter = await SentAsync($"[{reference}]");
        Assert.Equal(Requester, letter.To.Mailboxes.Single().Address);
        // The reply lost the reference from its subject: it threads by In-Reply-To alone.
        await DropAsync(Email(Requester, "Re: your question", "2025-26, please.", inReplyTo: letter.MessageId));
        for (var i = 0; i < 40 && (await CaseAsync(reference)).Status == RequestStatus.AwaitingClarification; i++)
        {
            await Task.Delay(250);
        }

        var request = await CaseAsync(reference);
        Assert.Equal(RequestStatus.InProgress, request.Status);
        Assert.Contains(request.ClockEvents, e => e.Kind == ClockEventKind.ClarificationReceived);
        await page.GotoAsync(casePath);
        await Expect(page.Locator("#correspondence-list tbody tr")).ToHaveCountAsync(3);
        await page.AssertNoAxeViolationsAsync();

        // The inbox and the case page work with JavaScript off.
        await using var noScript = await browser.OpenAsync(server.BaseAddress, javaScriptEnabled: false);
        await StaffJourney.SignInAsOfficerAsync(noScript.Page);
        foreach (var path in new[] { "/staff/inbox", casePath })
        {
            await noScript.Page.GotoAsync(path);
            await Expect(noScript.Page.Locator("h1")).ToBeVisibleAsync();
            await noScript.Page.AssertNoAxeViolationsAsync();
        }
    }

    [BrowserFact]
    public async Task WhatDoTheyKnowMessage_BecomesARequest_WhoseLettersGoBackToThatAddress()
    {
        const string Wdtk = "request-1234-abcd@whatdotheyknow.com";
        var subject = $"Freedom of Information request - Police dogs {Guid.NewGuid().ToString("N")[..6]}";
        await DropAsync(Email($"Sam Public <{Wdtk}>", subject, "Dear West Midlands Police,\n\nHow many police dogs did you have on 1 April 2026?\n\nYours faithfully,\n\nSam Public"));
        await using var session = await browser.OpenAsync(server.BaseAddress);
        var page = session.Page;
        await StaffJourney.SignInAsOfficerAsync(page);
        await page.GotoAsync("/staff/inbox");
        await OpenFromInboxAsync(page, subject);
        var reference = await MakeRequestAsync(page);

        // Logging it sent the acknowledgement already: the case says so and offers no second one.
        await Expect(page.Locator("#acknowledged")).ToContainTextAsync("Acknowledgement sent by email on");
        await Expect(page.Locator("#case-letters").GetByRole(AriaRole.Link, new() { Name = "Acknowledge the request" })).ToHaveCountAsync(0);

        var letter = await SentAsync($"Your Freedom of Information request {reference}");
        Assert.Equal(Wdtk, letter.To.Mailboxes.Single().Address);
        Assert.Equal(Wdtk, (await CaseAsync(reference)).Requester.Email);
    }
}
