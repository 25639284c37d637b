using FoiPortal.Core.Responses;
using FoiPortal.Core.Statute;
using FoiPortal.Documents;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Pages.Staff.Cases.Response;

namespace FoiPortal.Web.Tests;

/// <summary>
/// The response letter as a UK letter from the authority (issue 12): its head, the requester's own reference, and the
/// officer's signature with the team and its contact details. The composer is called directly and its PDF read back.
/// </summary>
public sealed class ResponseLetterLayoutTests
{
    private static readonly AuthorityOptions Authority = new()
    {
        Name = "West Midlands Police",
        FoiEmail = "foi@foiportal.test",
        Address = ["PO Box 52", "Lloyd House", "Birmingham", "B4 6NQ"],
        TeamName = "Information Disclosure Unit",
        Phone = "020 7946 0000",
    };

    private static ResponseComposer.CaseFacts Facts(string? yourReference = null, string? officer = "Jo Officer") => new(
        1, "FOI/2026/00042", "Stop and search", Regime.Foia, new DateOnly(2026, 11, 2), "Alex Requester", "1 Example Street\nCoventry\nCV1 1AA",
        ["How many stops were made in 2025?"], yourReference, officer);

    private static readonly ResponseLetter Draft = new(1, new ResponseSections("1. 1,234 stops.", string.Empty, string.Empty, "Figures are provisional."), "officer@foiportal.test", DateTime.UnixEpoch);

    /// <summary>The letter's text in reading order (the order of the content, as a screen reader meets it), page header first.</summary>
    private static string PdfText(ResponseComposer.CaseFacts facts, bool forRequester = true)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(PdfRenderer.Render(ResponseComposer.Letter(facts, Draft, Authority, new DateOnly(2026, 12, 2), forRequester)));
        return string.Join('\n', pdf.GetPages().Select(p => p.Text));
    }

    private static void AssertInOrder(string text, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{part}' does not follow what came before it in:\n{text}");
            at = found + part.Length;
        }
    }

    [Fact]
    public void Letter_StartsWithTheAuthorityThenTheRequesterThenTheDateAndOurReference()
    {
        var text = PdfText(Facts());

        // After the page header ("West Midlands Police", "Our reference: ..." as an artifact).
        AssertInOrder(text, "Our reference: FOI/2026/00042", "West Midlands Police", "B4 6NQ", "Alex Requester", "CV1 1AA", "Date: 2 December 2026", "Our reference: FOI/2026/00042", "Dear Alex Requester,");
    }

    [Fact]
    public void Letter_WithTheRequestersReference_QuotesItAsYourReference()
    {
        var text = PdfText(Facts(yourReference: "WDTK request 987654"));

        AssertInOrder(text, "Our reference: FOI/2026/00042", "Your reference: WDTK request 987654", "Dear Alex Requester,");
    }

    [Fact]
    public void Letter_WithoutTheRequestersReference_HasNoYourReferenceLine()
        => Assert.DoesNotContain("Your reference", PdfText(Facts(yourReference: null)), StringComparison.Ordinal);

    [Fact]
    public void Letter_IsSignedByTheOfficerWithTheTeamAndItsContactDetails()
    {
        var text = PdfText(Facts());

        AssertInOrder(text, "Yours sincerely,", "Jo Officer", "Information Disclosure Unit", "West Midlands Police", "Telephone: 020 7946 0000", "Email: foi@foiportal.test");
        Assert.DoesNotContain("Freedom of Information team", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_OfAnUnassignedCase_IsSignedByTheTeam()
    {
        var text = PdfText(Facts(officer: null));

        AssertInOrder(text, "Yours sincerely,", "Information Disclosure Unit", "West Midlands Police");
    }

    [Fact]
    public void PublishedLetter_HasNoRequesterReferenceOrOfficerName()
    {
        var text = PdfText(Facts(yourReference: "WDTK request 987654"), forRequester: false);

        Assert.DoesNotContain("WDTK", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jo Officer", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex Requester", text, StringComparison.Ordinal);
        AssertInOrder(text, "Yours sincerely,", "Information Disclosure Unit");
    }

    [Fact]
    public void Preview_ShowsTheSameHeadAsThePdf()
    {
        var html = HtmlRenderer.Render(ResponseComposer.Letter(Facts("WDTK request 987654"), Draft, Authority, new DateOnly(2026, 12, 2)));

        AssertInOrder(
            html,
            "<div class=\"app-letter-head\">",
            "<p class=\"govuk-body app-letter-head__sender\">West Midlands Police<br>PO Box 52",
            "<p class=\"govuk-body app-letter-head__recipient\">Alex Requester<br>1 Example Street",
            "Our reference: FOI/2026/00042<br>Your reference: WDTK request 987654",
            "Yours sincerely,<br><br>Jo Officer<br>Information Disclosure Unit");
    }
}
