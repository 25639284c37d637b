using System.Net;
using AngleSharp.Html.Dom;
using FoiPortal.Core.Costs;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Seeding;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FoiPortal.Web.Tests.ExemptionForm;

namespace FoiPortal.Web.Tests;

/// <summary>
/// The exemption decision form (/staff/cases/{id}/exemptions), the refusal notice preview, sending for sign-off and the
/// manager's review of exemption decisions. New requests come from the public form: FOIA, two questions.
/// </summary>
public sealed class ExemptionsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "officer@foiportal.test";
    private const string Manager = "manager@foiportal.test";

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, email);
        return client;
    }

    private async Task<int> NewRequestAsync()
    {
        var reference = Journey.Reference(await Journey.MakeRequestAsync(factory.CreateBrowserLikeClient()));
        return await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
    }

    private static async Task<HttpResponseMessage> RecordAsync(HttpClient client, int id, Dictionary<string, string> form)
    {
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/exemptions");
        return await Html.PostFormAsync(client, page, form, $"/staff/cases/{id}/exemptions");
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, int id)
    {
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/exemptions");
        return await Html.PostFormAsync(client, page, new Dictionary<string, string>(), $"/staff/cases/{id}/exemptions?handler=submit");
    }

    private static async Task<HttpResponseMessage> ReviewAsync(HttpClient manager, int id, string decision, string comment = "")
    {
        var page = await Html.GetAsync(manager, $"/staff/sign-off/exemptions/{id}");
        return await Html.PostFormAsync(manager, page, new Dictionary<string, string> { ["Data.Decision"] = decision, ["Data.Comment"] = comment });
    }

    /// <summary>An officer's s.23(5) NCND on question 1 of a new request, sent for sign-off.</summary>
    private async Task<int> NcndSubmittedByAsync(string staff)
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(staff);
        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(client, id, Form(outcome: "NeitherConfirmNorDeny", description: "any other information relevant to this question").Cite("FOIA s.23(5)"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(client, id)).StatusCode);
        return id;
    }

    private Task<List<ExemptionDecision>> DecisionsAsync(int id) =>
        factory.WithDbAsync(db => db.ExemptionDecisions.AsNoTracking().Include(d => d.Citations).Where(d => d.FoiRequestId == id).OrderBy(d => d.Id).ToListAsync());

    private Task<RequestStatus> StatusAsync(int id) =>
        factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());

    private static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)!.TextContent.Trim();

    [Fact]
    public async Task Get_ShowsEachQuestionNumberedAndQuotedAndOnlyTheRegimesExemptions()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);

        var page = await Html.GetAsync(client, $"/staff/cases/{id}/exemptions");

        Assert.Equal("Question 1", Text(page, "#question-1 h3"));
        Assert.Equal("How many offences were recorded in 2022?", Text(page, "#question-1 blockquote"));
        Assert.Equal("How many in 2021?", Text(page, "#question-2 blockquote"));
        var options = page.QuerySelectorAll("#Data_Citations_0__ExemptionKey option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains("FOIA s.31(1)", options);
        Assert.Contains("FOIA s.23(5)", options);
        Assert.DoesNotContain("EIR reg 12(5)(b)", options);
        // Refusal grounds are outcomes, not exemptions to cite.
        Assert.DoesNotContain("FOIA s.12", options);
        Assert.Equal(6, page.QuerySelectorAll("fieldset[data-citation] select").Length);
        // FOIA s.10(3): no qualified exemption is engaged yet, so no public interest extension is offered.
        Assert.Null(page.QuerySelector("#public-interest-extension"));
    }

    [Fact]
    public async Task Post_QualifiedPrejudiceExemption_IsSavedWithItsTestsAndPreviewed()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);

        var response = await RecordAsync(client, id, Form(question: "2").Cite("FOIA s.31(1)", pit: true, likelihood: "WouldBeLikelyTo", reasons: "The figures identify live operations."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var decision = Assert.Single(await DecisionsAsync(id));
        Assert.Equal((2, QuestionOutcome.Withheld, SignOffState.NotNeeded, Officer), (decision.QuestionNumber, decision.Outcome, decision.SignOff.State, decision.DecidedBy));
        var citation = Assert.Single(decision.Citations);
        Assert.Equal(("FOIA s.31(1)", "The figures identify live operations.", Likelihood.WouldBeLikelyTo, Harm), (citation.ExemptionKey, citation.Reasons, citation.Harm!.Likelihood, citation.Harm.Prejudice));
        Assert.Equal((ForDisclosure, ForMaintaining, Conclusion), (citation.PublicInterestTest!.FactorsForDisclosure, citation.PublicInterestTest.FactorsForMaintaining, citation.PublicInterestTest.Conclusion));
        Assert.Equal(RequestStatus.InProgress, await StatusAsync(id));

        var page = await Html.GetAsync(client, $"/staff/cases/{id}/exemptions");
        var preview = Text(page, "#notice-preview");
        Assert.Contains("Question 2: we are withholding the information requested under section 31(1)", preview, StringComparison.Ordinal);
        Assert.Contains("would be likely to prejudice", preview, StringComparison.Ordinal);
        Assert.Contains($"Factors in favour of disclosure: {ForDisclosure}", preview, StringComparison.Ordinal);
        Assert.Contains("section 50", preview, StringComparison.Ordinal);
        Assert.Equal("No decision needs a manager's sign-off.", Text(page, "#awaiting-sign-off"));
        Assert.Null(page.QuerySelector("#submit-for-sign-off"));
        // FOIA s.10(3): a qualified exemption is now engaged, so more time for the public interest test is offered.
        Assert.Equal("/staff/cases/" + id + "/clock/public-interest-extension", page.QuerySelector("#public-interest-extension")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("absolute-with-pit", "Section 21 is an absolute exemption: remove the public interest test", "#Data_Citations_0__FactorsForDisclosure")]
    [InlineData("qualified-without-pit", "Section 24(1) is a qualified exemption: enter the public interest test", "#Data_Citations_0__FactorsForDisclosure")]
    [InlineData("prejudice-without-harm", "Section 31(1) is prejudice-based: describe the prejudice and how likely it is", "#Data_Citations_0__Prejudice")]
    [InlineData("wrong-regime", "Regulation 12(5)(b) (EIR) cannot be used for a FOIA request: choose a FOIA exemption", "#Data_Citations_0__ExemptionKey")]
    [InlineData("no-such-section", "There is no section 45A exemption in the Act", "#Data_Citations_0__ExemptionKey")]
    [InlineData("no-exemption", "Choose the exemption you are relying on", "#Data_Citations_0__ExemptionKey")]
    [InlineData("exemption-on-disclosed", "Remove the exemptions: information disclosed in full does not rely on any", "#Data_Citations_0__ExemptionKey")]
    [InlineData("second-absolute-with-pit", "Section 23(1) is an absolute exemption: remove the public interest test", "#Data_Citations_1__FactorsForDisclosure")]
    [InlineData("no-outcome", "Choose the outcome for this question", "#Data_Outcome")]
    [InlineData("no-question", "Choose which of the request's 2 questions this decision is for", "#Data_QuestionNumber")]
    public async Task Post_BadInput_ShowsOneGovUkMessageLinkedToTheFieldAndSavesNothing(string input, string message, string link)
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);
        var form = input switch
        {
            "absolute-with-pit" => Form().Cite("FOIA s.21", pit: true),
            "qualified-without-pit" => Form().Cite("FOIA s.24(1)"),
            "prejudice-without-harm" => Form().Cite("FOIA s.31(1)", pit: true),
            "wrong-regime" => Form().Cite("EIR reg 12(5)(b)", pit: true, likelihood: "Would"),
            "no-such-section" => Form().Cite("FOIA s.45A"),
            "no-exemption" => Form(),
            "exemption-on-disclosed" => Form(outcome: "Disclosed").Cite("FOIA s.21"),
            "second-absolute-with-pit" => Form().Cite("FOIA s.24(1)", pit: true).Cite("FOIA s.23(1)", slot: 1, pit: true),
            "no-outcome" => Form(outcome: string.Empty),
            _ => Form(question: "3").Cite("FOIA s.21"),
        };

        var response = await RecordAsync(client, id, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal([message], Html.ErrorSummary(page));
        Assert.Equal([link], Html.ErrorSummaryLinks(page));
        // The link lands on a field, which shows the same message.
        Assert.Contains(message, page.QuerySelector(link)!.Closest(".govuk-form-group")!.QuerySelector(".govuk-error-message")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await DecisionsAsync(id));
    }

    [Fact]
    public async Task Post_BadInput_KeepsWhatWasTyped()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);

        var response = await RecordAsync(client, id, Form(question: "2").Cite("FOIA s.31(1)", pit: true));

        var page = await Html.ParseAsync(response);
        Assert.Equal("FOIA s.31(1)", page.QuerySelector("#Data_Citations_0__ExemptionKey option[selected]")!.GetAttribute("value"));
        Assert.Equal(ForMaintaining, page.QuerySelector("#Data_Citations_0__FactorsForMaintaining")!.TextContent);
        Assert.NotNull(page.QuerySelector("#Data_QuestionNumber-2[checked]"));
    }

    [Fact]
    public async Task Post_NcndInTheAlternative_NeedsSignOffAndTheWordingDoesNotSayWhich()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);
        var form = Form(outcome: "NeitherConfirmNorDeny").Cite("FOIA s.23(5)").Cite("FOIA s.24(2)", slot: 1, pit: true);
        form["Data.CitedInTheAlternative"] = "true";

        var response = await RecordAsync(client, id, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var decision = Assert.Single(await DecisionsAsync(id));
        Assert.True(decision.CitedInTheAlternative);
        Assert.Equal(SignOffState.Pending, decision.SignOff.State);
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/exemptions");
        var preview = Text(page, "#notice-preview");
        Assert.Contains("section 23(5) (Information supplied by, or relating to, bodies dealing with security matters) or, in the alternative, section 24(2)", preview, StringComparison.Ordinal);
        Assert.Contains("does not indicate which of them applies", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("we do not hold", preview, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("1 decision needs a manager's sign-off before the response can be sent (neither confirm nor deny, and exemptions this authority treats as sensitive).", Text(page, "#awaiting-sign-off"));
    }

    [Fact]
    public async Task Post_NcndThatSaysTheInformationIsNotHeld_IsRefused()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);

        var response = await RecordAsync(client, id, Form(outcome: "NeitherConfirmNorDeny", description: "the reports we do not hold").Cite("FOIA s.23(5)"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The description of the information must not say whether information is held: reword 'we do not hold'"], Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.Empty(await DecisionsAsync(id));
    }

    [Fact]
    public async Task PostRemove_DeletesTheDecisionAndPutsItOnTheTimeline()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);
        await RecordAsync(client, id, Form(outcome: "NotHeld"));
        var decisionId = Assert.Single(await DecisionsAsync(id)).Id;
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/exemptions");

        var response = await Html.PostFormAsync(client, page, new Dictionary<string, string>(), $"/staff/cases/{id}/exemptions?handler=remove&decision={decisionId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await DecisionsAsync(id));
        var events = await factory.WithDbAsync(db => db.Requests.AsNoTracking().Where(r => r.Id == id).SelectMany(r => r.Events).Select(e => e.Kind).ToListAsync());
        Assert.Equal(["ExemptionDecisionRecorded", "ExemptionDecisionRemoved"], events.Where(k => k.StartsWith("Exemption", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Post_FromAStalePage_IsRefusedAndNothingIsSaved()
    {
        var id = await NewRequestAsync();
        var first = await SignedInAsync(Officer);
        var stale = await Html.GetAsync(first, $"/staff/cases/{id}/exemptions");
        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(await SignedInAsync(Officer), id, Form(outcome: "NotHeld"))).StatusCode);

        var response = await Html.PostFormAsync(first, stale, Form(question: "2", outcome: "Disclosed"), $"/staff/cases/{id}/exemptions");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("reload", Assert.Single(Html.ErrorSummary(await Html.ParseAsync(response))), StringComparison.Ordinal);
        Assert.Equal([QuestionOutcome.NotHeld], (await DecisionsAsync(id)).Select(d => d.Outcome));
    }

    [Fact]
    public async Task Submit_WithNothingNeedingSignOff_IsRefused()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);
        await RecordAsync(client, id, Form(outcome: "Disclosed"));

        var response = await SubmitAsync(client, id);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Nothing on this request needs a manager's sign-off"], Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.Equal(RequestStatus.InProgress, await StatusAsync(id));
    }

    [Fact]
    public async Task Submit_SendsTheCaseToTheQueueAndLocksTheDecisions()
    {
        var id = await NcndSubmittedByAsync(Officer);
        var officer = await SignedInAsync(Officer);

        Assert.Equal(RequestStatus.AwaitingSignOff, await StatusAsync(id));
        var casePage = await Html.GetAsync(officer, $"/staff/cases/{id}");
        Assert.StartsWith("Question 1: Neither confirm nor deny: section 23(5)", Text(casePage, "#decisions li"), StringComparison.Ordinal);
        Assert.Contains("Needs sign-off", Text(casePage, "#decisions li"), StringComparison.Ordinal);
        var exemptionsPage = await Html.GetAsync(officer, $"/staff/cases/{id}/exemptions");
        Assert.Equal("The case is waiting for a manager's sign-off, so its decisions cannot be changed.", Text(exemptionsPage, "#not-editable"));
        Assert.Null(exemptionsPage.QuerySelector("#record-decision"));
        var queue = await Html.GetAsync(await SignedInAsync(Manager), "/staff/sign-off");
        var item = queue.QuerySelector($"#exemptions-{id}")!;
        Assert.Equal($"/staff/sign-off/exemptions/{id}", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("question 1: Neither confirm nor deny: section 23(5)", item.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WhileAwaitingSignOff_IsRefused()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);
        await RecordAsync(client, id, Form(outcome: "NeitherConfirmNorDeny").Cite("FOIA s.23(5)"));
        var keptOpen = await Html.GetAsync(client, $"/staff/cases/{id}/exemptions");
        await SubmitAsync(client, id);

        // A form kept open from before the case went for sign-off, posted with the case's current version.
        var version = await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
        foreach (var hidden in keptOpen.QuerySelectorAll("input[name='Data.Version']"))
        {
            hidden.SetAttribute("value", version.ToString());
        }

        var response = await Html.PostFormAsync(client, keptOpen, Form(question: "2", outcome: "Disclosed"), $"/staff/cases/{id}/exemptions");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The case is waiting for a manager's sign-off, so its decisions cannot be changed."], Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.Single(await DecisionsAsync(id));
    }

    [Fact]
    public async Task SignOff_AsOfficer_IsDenied()
    {
        var id = await NcndSubmittedByAsync(Officer);
        var officer = await SignedInAsync(Officer);

        var response = await officer.GetAsync(new Uri($"/staff/sign-off/exemptions/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/staff/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOff_ManagerApproves_ApprovesTheCaseRecordsTheEventAndEmailsTheOfficer()
    {
        var id = await NcndSubmittedByAsync(Officer);
        var manager = await SignedInAsync(Manager);
        var review = await Html.GetAsync(manager, $"/staff/sign-off/exemptions/{id}");
        Assert.Contains("Relies on", Text(review, ".govuk-summary-card"), StringComparison.Ordinal);
        Assert.Contains("will neither confirm nor deny that it holds", Text(review, "#notice-preview"), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(async db => (await SignOffStatus.LoadAsync(db, id, CancellationToken.None)).AllApproved));

        var response = await ReviewAsync(manager, id, "Approve", "Agreed: section 23(5) applies.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var decision = Assert.Single(await DecisionsAsync(id));
        Assert.Equal((SignOffState.Approved, Manager, "Agreed: section 23(5) applies."), (decision.SignOff.State, decision.SignOff.ReviewedBy, decision.SignOff.Comment));
        var request = await factory.WithDbAsync(db => db.Requests.AsNoTracking().Include(r => r.Events).SingleAsync(r => r.Id == id));
        Assert.Equal(RequestStatus.Approved, request.Status);
        Assert.Contains(request.Events, e => e.Kind == "Approved" && e.Actor == Manager && e.Description == "Exemption decision approved: Agreed: section 23(5) applies.");
        var reference = request.Reference;
        Assert.True(await factory.WithDbAsync(db => db.OutboundEmails.AnyAsync(m => m.ToAddress == Officer && m.Subject == $"FOI request {reference}: exemption decisions approved")));
        Assert.True(await factory.WithDbAsync(async db => (await SignOffStatus.LoadAsync(db, id, CancellationToken.None)).AllApproved));
    }

    [Fact]
    public async Task SignOff_ManagerOwnDecision_IsRefused()
    {
        var id = await NcndSubmittedByAsync(Manager);
        var manager = await SignedInAsync(Manager);

        var response = await ReviewAsync(manager, id, "Approve");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["You made this decision, so you cannot approve it: another manager must sign it off"], Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.Equal(SignOffState.Pending, Assert.Single(await DecisionsAsync(id)).SignOff.State);
        Assert.Equal(RequestStatus.AwaitingSignOff, await StatusAsync(id));
    }

    [Fact]
    public async Task SignOff_ReturnWithoutComment_ShowsError()
    {
        var id = await NcndSubmittedByAsync(Officer);

        var response = await ReviewAsync(await SignedInAsync(Manager), id, "Return");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter a comment saying what the officer needs to change"], Html.ErrorSummary(await Html.ParseAsync(response)));
    }

    [Fact]
    public async Task SignOff_Return_ShowsTheCommentAndResubmittingSendsItBack()
    {
        var id = await NcndSubmittedByAsync(Officer);

        var response = await ReviewAsync(await SignedInAsync(Manager), id, "Return", "Cite section 24(2) in the alternative as well.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(RequestStatus.Returned, await StatusAsync(id));
        var decision = Assert.Single(await DecisionsAsync(id));
        Assert.Equal(SignOffState.Returned, decision.SignOff.State);
        var officer = await SignedInAsync(Officer);
        var page = await Html.GetAsync(officer, $"/staff/cases/{id}/exemptions");
        Assert.Equal("Comment: Cite section 24(2) in the alternative as well.", Text(page, $"#decision-{decision.Id}-comment"));
        var events = await factory.WithDbAsync(db => db.Requests.AsNoTracking().Where(r => r.Id == id).SelectMany(r => r.Events).Select(e => e.Description).ToListAsync());
        Assert.Contains("Exemption decision returned for changes: Cite section 24(2) in the alternative as well.", events);

        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(officer, id)).StatusCode);

        Assert.Equal(RequestStatus.AwaitingSignOff, await StatusAsync(id));
        Assert.Equal(SignOffState.Pending, Assert.Single(await DecisionsAsync(id)).SignOff.State);
    }

    [Fact]
    public async Task ResponseSend_WithAnNcndNotYetSignedOff_IsRefused()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);
        await RecordAsync(client, id, Form(outcome: "NeitherConfirmNorDeny").Cite("FOIA s.23(5)"));

        var page = await Html.GetAsync(client, $"/staff/cases/{id}/response/send");

        Assert.Contains("A decision on this case needs a manager's approval before the response can be sent: send the case for sign-off.", Html.ErrorSummary(page));
        Assert.Equal(RequestStatus.InProgress, await StatusAsync(id));
    }

    [Fact]
    public async Task SeededCounterTerrorismCase_ApprovingTheCostPartLeavesItAwaitingTheNcndSignOff()
    {
        // FOI/DEMO/00007, as 62A/23 was before its sign-off: an s.12 refusal and an s.23(5) NCND on question 2.
        var id = await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == DevelopmentSeeder.AwaitingSignOffReference).Select(r => r.Id).SingleAsync());
        var seeded = await DecisionsAsync(id);
        Assert.Equal([2], seeded.Select(d => d.QuestionNumber));
        Assert.All(seeded, d => Assert.Equal((QuestionOutcome.NeitherConfirmNorDeny, "FOIA s.23(5)", SignOffState.Pending), (d.Outcome, Assert.Single(d.Citations).ExemptionKey, d.SignOff.State)));
        Assert.All(seeded, d => Assert.Null(d.Citations[0].PublicInterestTest));
        var manager = await SignedInAsync(Manager);
        var costDecisionId = await factory.WithDbAsync(db => db.CostDecisions.Where(d => d.FoiRequestId == id).Select(d => d.Id).SingleAsync());
        var costPage = await Html.GetAsync(manager, $"/staff/sign-off/{costDecisionId}");

        var response = await Html.PostFormAsync(manager, costPage, new Dictionary<string, string> { ["Data.Decision"] = "Approve", ["Data.Comment"] = string.Empty });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(RequestStatus.AwaitingSignOff, await StatusAsync(id));
        var last = await factory.WithDbAsync(db => db.Requests.AsNoTracking().Where(r => r.Id == id).SelectMany(r => r.Events).OrderBy(e => e.Id).Select(e => e.Description).LastAsync());
        Assert.Equal("Cost decision approved; 1 decision still awaits sign-off", last);
        Assert.False(await factory.WithDbAsync(async db => (await SignOffStatus.LoadAsync(db, id, CancellationToken.None)).AllApproved));

        var exemptions = await ReviewAsync(manager, id, "Approve");

        Assert.Equal(HttpStatusCode.Redirect, exemptions.StatusCode);
        Assert.Equal(RequestStatus.Approved, await StatusAsync(id));
        Assert.True(await factory.WithDbAsync(async db => (await SignOffStatus.LoadAsync(db, id, CancellationToken.None)).AllApproved));
    }

    [Fact]
    public async Task ResponseFirstDraft_CarriesTheS17WordingOfTheDecisions()
    {
        // Issue 6: "Reason for decision ... exemptions with their s.17 wording", pre-filled from the case.
        var id = await NcndSubmittedByAsync(Officer);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewAsync(await SignedInAsync(Manager), id, "Approve")).StatusCode);
        var officer = await SignedInAsync(Officer);

        var page = await Html.GetAsync(officer, $"/staff/cases/{id}/response");

        var response = page.QuerySelector("#Data_Response")!.TextContent.Trim();
        var reason = page.QuerySelector("#Data_Reason")!.TextContent.Trim();
        // Question 1 is neither confirmed nor denied, so only question 2 keeps a place for its answer.
        Assert.StartsWith("2. [Answer to question 2]\n\nQuestion 1: West Midlands Police will neither confirm nor deny that it holds any other information relevant to this question.", response, StringComparison.Ordinal);
        Assert.DoesNotContain("[Answer to question 1]", response, StringComparison.Ordinal);
        Assert.Contains("section 23(5)", response, StringComparison.Ordinal);
        Assert.Contains("Section 23(5) is an absolute exemption, so there is no public interest test to apply.", reason, StringComparison.Ordinal);
        // The rights are a section of every letter, so the notice's own review and complaint paragraphs are not repeated.
        Assert.DoesNotContain("Information Commissioner", response + reason, StringComparison.Ordinal);
    }
}

/// <summary>The exemption decision form's fields, as a browser posts them; a citation gets only what each test adds.</summary>
internal static class ExemptionForm
{
    public const string ForDisclosure = "Openness about how the force tackles online offences.";
    public const string ForMaintaining = "Keeping investigative methods effective.";
    public const string Conclusion = "The balance favours maintaining the exemption.";
    public const string Harm = "Offenders would learn which platforms are monitored and move elsewhere.";

    public static Dictionary<string, string> Form(string question = "1", string outcome = "Withheld", string? description = null) => new()
    {
        ["Data.QuestionNumber"] = question,
        ["Data.Outcome"] = outcome,
        ["Data.InformationDescription"] = description ?? string.Empty,
    };

    public static Dictionary<string, string> Cite(
        this Dictionary<string, string> form, string key, int slot = 0, bool pit = false, string? likelihood = null, string? reasons = null)
    {
        var prefix = $"Data.Citations[{slot}].";
        form[prefix + "ExemptionKey"] = key;
        form[prefix + "Reasons"] = reasons ?? string.Empty;
        form[prefix + "Prejudice"] = likelihood is null ? string.Empty : Harm;
        if (likelihood is not null)
        {
            form[prefix + "Likelihood"] = likelihood;
        }

        form[prefix + "FactorsForDisclosure"] = pit ? ForDisclosure : string.Empty;
        form[prefix + "FactorsForMaintaining"] = pit ? ForMaintaining : string.Empty;
        form[prefix + "PublicInterestConclusion"] = pit ? Conclusion : string.Empty;
        return form;
    }
}
