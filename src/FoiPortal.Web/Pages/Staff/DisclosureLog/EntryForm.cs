using FluentValidation;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Statute;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.TagHelpers;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>
/// What an officer types for an entry (prepare, edit a draft, correct): strings and a <see cref="DateInput"/>, so any
/// input binds and the validator says exactly what is wrong, field by field, before the entry's own rules run.
/// </summary>
public class EntryForm
{
    public string? Title { get; set; }

    public string? Reference { get; set; }

    public DateInput RespondedOn { get; set; } = new();

    public string? Topic { get; set; }

    /// <summary>The outcome's URL value, e.g. "cost-limit" (<see cref="DisclosureOutcomes.Slug"/>).</summary>
    public string? Outcome { get; set; }

    /// <summary>Catalogue keys separated by commas or new lines, e.g. "FOIA s.12, FOIA s.23(5)".</summary>
    public string? Exemptions { get; set; }

    public string? RequestText { get; set; }

    public string? ResponseText { get; set; }

    public string? ReasonText { get; set; }

    /// <summary>The entry's concurrency stamp when the form was shown (empty when preparing).</summary>
    public Guid Stamp { get; set; }

    public static IReadOnlyList<string> SplitKeys(string? text) =>
        (text ?? string.Empty).Split([',', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The content for the entry; call once the form is valid.</summary>
    public EntryContent ToContent(Regime regime)
    {
        // An unknown outcome was refused by the validator; the entry refuses an undefined one too.
        var outcome = DisclosureOutcomes.TryParseSlug(Outcome, out var parsed) ? parsed : (DisclosureOutcome)(-1);
        return new EntryContent(
            Title ?? string.Empty, Reference ?? string.Empty, RespondedOn.ToDate() ?? default, regime, Topic ?? string.Empty, outcome,
            SplitKeys(Exemptions), RequestText ?? string.Empty, ResponseText ?? string.Empty, ReasonText);
    }

    public void Fill(EntryContent content)
    {
        Title = content.Title;
        Reference = content.Reference;
        RespondedOn = DateInput.From(content.RespondedOn);
        Topic = content.Topic;
        Outcome = content.Outcome.Slug();
        Exemptions = string.Join(", ", content.ExemptionsCited);
        RequestText = content.RequestText;
        ResponseText = content.ResponseText;
        ReasonText = content.ReasonText;
    }

    public static IReadOnlyList<SelectItem> TopicItems(DisclosureLogOptions options) =>
        [.. options.EffectiveTopics.Select(t => new SelectItem(t, t))];

    public static IReadOnlyList<RadioItem> OutcomeItems { get; } =
        [.. DisclosureOutcomes.All.Select(o => new RadioItem(o.Slug(), o.Describe()))];

    /// <summary>
    /// The form field a personal-data finding is in ("the response, line 3" is <c>Data.ResponseText</c>), or null for
    /// an attachment. The names follow <see cref="DisclosureLogEntry.FindPersonalData"/>.
    /// </summary>
    public static string? FieldOf(PersonalDataFinding finding)
    {
        var place = finding.Where.Split(',')[0].Trim();
        return place switch
        {
            "the title" => "Data_Title",
            "the reference" => "Data_Reference",
            "the request" => "Data_RequestText",
            "the response" => "Data_ResponseText",
            "the reason for decision" => "Data_ReasonText",
            _ => null,
        };
    }
}

/// <summary>The field rules shared by the prepare, edit and correct forms, in the form's order.</summary>
public sealed class EntryFormValidator : AbstractValidator<EntryForm>
{
    public EntryFormValidator(IOptions<DisclosureLogOptions> options, TimeProvider time)
    {
        RuleFor(f => f.Title).Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Enter the title")
            .MaximumLength(DisclosureLogEntry.TitleMaxLength).WithMessage($"The title must be {DisclosureLogEntry.TitleMaxLength:N0} characters or fewer");
        RuleFor(f => f.Reference).Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Enter the reference")
            .MaximumLength(DisclosureLogEntry.ReferenceMaxLength).WithMessage($"The reference must be {DisclosureLogEntry.ReferenceMaxLength:N0} characters or fewer");
        RuleFor(f => f.RespondedOn).Custom((input, context) =>
        {
            if (input.Problem("Date of response", "Enter the date of the response") is { } problem)
            {
                context.AddFailure(problem);
            }
            else if (input.ToDate() > UkTime.Today(time))
            {
                context.AddFailure("The date of the response must be today or in the past");
            }
        });
        RuleFor(f => f.Topic)
            .Must(t => options.Value.FindTopic(t) is not null).WithMessage("Select a topic");
        RuleFor(f => f.Outcome)
            .Must(o => DisclosureOutcomes.TryParseSlug(o, out _)).WithMessage("Select the outcome");
        RuleFor(f => f.Exemptions).Custom((text, context) =>
        {
            var unknown = EntryForm.SplitKeys(text).FirstOrDefault(k => LogCatalogue.Instance.Find(k) is null);
            if (unknown is not null)
            {
                context.AddFailure($"“{unknown}” is not in the exemptions catalogue: enter keys such as “FOIA s.23(5)”, separated by commas");
            }
        });
        RuleFor(f => f.RequestText).Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Enter the request")
            .MaximumLength(DisclosureLogEntry.RequestTextMaxLength).WithMessage($"The request must be {DisclosureLogEntry.RequestTextMaxLength:N0} characters or fewer");
        RuleFor(f => f.ResponseText).Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Enter the response")
            .MaximumLength(DisclosureLogEntry.ResponseTextMaxLength).WithMessage($"The response must be {DisclosureLogEntry.ResponseTextMaxLength:N0} characters or fewer");
        RuleFor(f => f.ReasonText)
            .MaximumLength(DisclosureLogEntry.ReasonTextMaxLength).WithMessage($"The reason for decision must be {DisclosureLogEntry.ReasonTextMaxLength:N0} characters or fewer");
    }
}

/// <summary>A page with an entry form (prepare, edit, correct), for the shared fields partial.</summary>
public interface IEntryFormPage
{
    EntryForm Data { get; }

    DisclosureLogOptions Options { get; }
}
