using System.Globalization;
using FoiPortal.Core.Exemptions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FoiPortal.Web.Pages.Staff.Cases.Exemptions;

/// <summary>
/// The outcome of each question and the exemptions relied on: record a decision (validated by
/// <see cref="ExemptionDecisionRules"/>), remove one, preview the s.17 refusal notice, and send the case for sign-off.
/// Every form posts the case's version, so a case changed by someone else is refused rather than overwritten.
/// </summary>
public sealed class IndexModel(IMediator mediator) : CasePageModel<ExemptionsPage.Model>(mediator)
{
    [BindProperty]
    public RecordExemptionDecision.Command Data { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int? question)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data = new RecordExemptionDecision.Command
        {
            Version = Case.Version,
            QuestionNumber = question?.ToString(CultureInfo.InvariantCulture) ?? (Case.Questions.Count == 1 ? "1" : null),
        };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id) =>
        SendAsync(id, Data.For(id), $"Decision recorded for question {Data.QuestionNumber?.Trim()}.", $"/staff/cases/{id}/exemptions");

    public Task<IActionResult> OnPostRemoveAsync(int id, int decision) =>
        SendAsync(id, new RemoveExemptionDecision.Command(id, Data.Version, decision), question => $"Decision on question {question} removed.", $"/staff/cases/{id}/exemptions");

    public Task<IActionResult> OnPostSubmitAsync(int id) =>
        SendAsync(id, new SubmitExemptionDecisions.Command(id, Data.Version), "Sent to a manager for sign-off.", $"/staff/cases/{id}");

    protected override IQuery<ExemptionsPage.Model?> QueryFor(int id) => new ExemptionsPage.Query(id);

    // The form always offers two citations (the second is optional: e.g. s.23(5) and s.24(2) in the alternative).
    protected override void Loaded(ExemptionsPage.Model page)
    {
        while (Data.Citations.Count < RecordExemptionDecision.CitationSlots)
        {
            Data.Citations.Add(new RecordExemptionDecision.CitationForm());
        }
    }
}
