using System.Net;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Pages.Staff.Cases.Exemptions;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FoiPortal.Web.Tests.ExemptionForm;

namespace FoiPortal.Web.Tests;

/// <summary>Issue 13, rule 7 on the exemptions page: citations to the paragraph, and an NCND citing five provisions.</summary>
public sealed class CitationParagraphTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "officer@foiportal.test";

    private async Task<(HttpClient Client, int Id)> NewCaseAsync()
    {
        var reference = Journey.Reference(await Journey.MakeRequestAsync(factory.CreateBrowserLikeClient()));
        var id = await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, Officer);
        return (client, id);
    }

    private static async Task<HttpResponseMessage> RecordAsync(HttpClient client, int id, Dictionary<string, string> form)
    {
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/exemptions");
        return await Html.PostFormAsync(client, page, form, $"/staff/cases/{id}/exemptions");
    }

    private static Dictionary<string, string> Tick(Dictionary<string, string> form, int slot, params string[] paragraphs)
    {
        for (var i = 0; i < paragraphs.Length; i++)
        {
            form[$"Data.Citations[{slot}].Paragraphs[{i}]"] = paragraphs[i];
        }

        return form;
    }

    [Fact]
    public async Task Get_OffersSixSlotsAndTheParagraphsOfSection31_1()
    {
        var (client, id) = await NewCaseAsync();

        var page = await Html.GetAsync(client, $"/staff/cases/{id}/exemptions");

        Assert.Equal(6, page.QuerySelectorAll("fieldset[data-citation] select").Length);
        var s31 = page.QuerySelectorAll("fieldset[data-citation='0'] [data-paragraphs-for='FOIA s.31(1)'] input[name='Data.Citations[0].Paragraphs']")
            .Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)", "(i)"], s31);
        var s40 = page.QuerySelectorAll("fieldset[data-citation='0'] [data-paragraphs-for='FOIA s.40(2)'] input").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["(3A)(a)", "(3A)(b)", "(3B)", "(4A)"], s40);
    }

    [Fact]
    public async Task Post_S31_1_a_And_b_IsStoredAndTheNoticeCitesSection31_1_a_And_b()
    {
        var (client, id) = await NewCaseAsync();

        var response = await RecordAsync(client, id, Tick(Form().Cite("FOIA s.31(1)", pit: true, likelihood: "WouldBeLikelyTo"), 0, "(b)", "(a)"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var citation = await factory.WithDbAsync(db => db.ExemptionDecisions.Where(d => d.FoiRequestId == id).SelectMany(d => d.Citations).SingleAsync());
        Assert.Equal("(a) (b)", citation.Paragraphs);
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/exemptions");
        Assert.Contains(
            "Question 1: we are withholding the information requested under section 31(1)(a) and (b) (Law enforcement) of the Freedom of Information Act 2000.",
            page.QuerySelector("#notice-preview")!.TextContent,
            StringComparison.Ordinal);
        Assert.StartsWith("section 31(1)(a) and (b) (Law enforcement)", page.QuerySelector(".app-citation")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_S31_1_WithAPartOfSection40_2_ShowsTheErrorLinkedToTheParagraphs()
    {
        var (client, id) = await NewCaseAsync();

        var response = await RecordAsync(client, id, Tick(Form().Cite("FOIA s.31(1)", pit: true, likelihood: "Would"), 0, "(3A)(a)"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(["Section 31(1) has no part (3A)(a): choose from (a) to (i)"], Html.ErrorSummary(page));
        Assert.Equal(["#Data_Citations_0__Paragraphs"], Html.ErrorSummaryLinks(page));
        Assert.NotNull(page.QuerySelector("#Data_Citations_0__Paragraphs.govuk-form-group--error"));
        Assert.Empty(await factory.WithDbAsync(db => db.ExemptionDecisions.Where(d => d.FoiRequestId == id).ToListAsync()));
    }

    [Fact]
    public async Task Post_S40_2_WithTheSecondCondition_S40_3B_AsksForThePublicInterestTest()
    {
        var (client, id) = await NewCaseAsync();

        var response = await RecordAsync(client, id, Tick(Form().Cite("FOIA s.40(2)"), 0, "(3B)"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Section 40(2) and (3B) is a qualified exemption: enter the public interest test"], Html.ErrorSummary(await Html.ParseAsync(response)));
    }

    [Fact]
    public async Task Post_PoliceNcnd_S23_5_S24_2_S30_3_S31_3_S40_5B_IsRecordedWithAllFive()
    {
        var (client, id) = await NewCaseAsync();
        var form = Form(outcome: "NeitherConfirmNorDeny")
            .Cite("FOIA s.23(5)", slot: 0)
            .Cite("FOIA s.24(2)", slot: 1, pit: true)
            .Cite("FOIA s.30(3)", slot: 2, pit: true)
            .Cite("FOIA s.31(3)", slot: 3, pit: true, likelihood: "WouldBeLikelyTo")
            .Cite("FOIA s.40(5B)", slot: 4);
        form["Data.CitedInTheAlternative"] = "true";
        Tick(form, 4, "(a)(i)");

        var response = await RecordAsync(client, id, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var decision = await factory.WithDbAsync(db => db.ExemptionDecisions.Include(d => d.Citations).SingleAsync(d => d.FoiRequestId == id));
        Assert.Equal(
            ["FOIA s.23(5)", "FOIA s.24(2)", "FOIA s.30(3)", "FOIA s.31(3)", "FOIA s.40(5B)"],
            decision.Citations.OrderBy(c => c.Position).Select(c => c.ExemptionKey));
        Assert.Equal(SignOffState.Pending, decision.SignOff.State);
        var preview = (await Html.GetAsync(client, $"/staff/cases/{id}/exemptions")).QuerySelector("#notice-preview")!.TextContent;
        Assert.Contains(
            "by virtue of section 23(5) (Information supplied by, or relating to, bodies dealing with security matters) or, in the alternative, section 24(2) (National security), and section 30(3) (Investigations and proceedings), section 31(3) (Law enforcement) and section 40(5B)(a)(i) (Personal information about other people).",
            preview,
            StringComparison.Ordinal);
        Assert.Contains("Section 40(5B)(a)(i) is an absolute exemption, so there is no public interest test to apply.", preview, StringComparison.Ordinal);
    }
}
