using FluentValidation;
using FoiPortal.Core.Requests;

namespace FoiPortal.Web.Pages.Requests.New;

/// <summary>
/// What both intake forms ask: the public "make a request" form and the staff form for logging a request that came by
/// email or post. All strings, so any input binds and the validators explain what is wrong.
/// </summary>
public abstract class RequestIntakeForm
{
    public string? FullName { get; set; }

    public string? Email { get; set; }

    public string? PostalAddress { get; set; }

    /// <summary>The requester's own reference (WhatDoTheyKnow requests quote one), quoted in our letters.</summary>
    public string? YourReference { get; set; }

    public string? Title { get; set; }

    public string? QuestionsText { get; set; }

    public string? PreferredFormat { get; set; }

    /// <summary>The requester as given: trimmed, with empty optional parts as null.</summary>
    public Requester ToRequester() => new(FullName ?? string.Empty, Email ?? string.Empty, PostalAddress, YourReference);
}

/// <summary>
/// How the messages of one form name the people in it: the public form speaks to the requester ("Enter your full name"),
/// the staff form about them ("Enter the requester's full name").
/// </summary>
public sealed record IntakeWording(
    string EnterFullName,
    string EnterEmail,
    string EnterAddressForPaperCopy,
    string EnterTitle,
    string EnterQuestions,
    string QuestionsSubject,
    string SelectFormat)
{
    public static IntakeWording Public { get; } = new(
        "Enter your full name",
        "Enter your email address",
        "Enter your postal address, or choose to receive the information by email",
        "Enter a short title for your request",
        "Enter the information you want",
        "Your request",
        "Select how you would like to receive the information");

    public static IntakeWording Staff { get; } = new(
        "Enter the requester's full name",
        "Enter the requester's email address",
        "Enter the requester's postal address for a paper copy",
        "Enter a short title for the request",
        "Enter the information requested",
        "The request",
        "Select how the requester would like to receive the information");
}

/// <summary>Who asked: name, email, postal address and their own reference. The lengths are the columns' (<see cref="Requester"/>).</summary>
public sealed class RequesterDetailsValidator<T> : AbstractValidator<T>
    where T : RequestIntakeForm
{
    /// <param name="emailRequired">Whether this request needs an email address (a letter by post may come without one).</param>
    public RequesterDetailsValidator(IntakeWording wording, Func<T, bool> emailRequired)
    {
        RuleFor(c => c.FullName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(wording.EnterFullName)
            .MaximumLength(Requester.NameMaxLength).WithMessage($"Full name must be {Requester.NameMaxLength} characters or fewer")
            .Must(TextRules.IsSingleLine).WithMessage("Full name must not include hidden or control characters");
        RuleFor(c => c.Email)
            .NotEmpty().WithMessage(wording.EnterEmail)
            .When(emailRequired);
        RuleFor(c => c.Email).Cascade(CascadeMode.Stop)
            .MaximumLength(Requester.EmailMaxLength).WithMessage($"Email address must be {Requester.EmailMaxLength} characters or fewer")
            .Must(TextRules.IsEmailAddress).WithMessage("Enter an email address in the correct format, like name@example.com")
            .When(c => !string.IsNullOrWhiteSpace(c.Email));
        RuleFor(c => c.PostalAddress).Cascade(CascadeMode.Stop)
            .MaximumLength(Requester.PostalAddressMaxLength).WithMessage($"Postal address must be {Requester.PostalAddressMaxLength} characters or fewer")
            .Must(TextRules.IsMultiLine).WithMessage("Postal address must not include hidden or control characters");
        // FOIA s.11: a paper copy needs somewhere to send it.
        RuleFor(c => c.PostalAddress)
            .NotEmpty().WithMessage(wording.EnterAddressForPaperCopy)
            .When(c => c.PreferredFormat == nameof(Core.Requests.PreferredFormat.PaperCopy));
        RuleFor(c => c.YourReference).Cascade(CascadeMode.Stop)
            .MaximumLength(Requester.YourReferenceMaxLength).WithMessage($"Reference must be {Requester.YourReferenceMaxLength} characters or fewer")
            .Must(TextRules.IsSingleLine).WithMessage("Reference must not include hidden or control characters");
    }
}

/// <summary>What was asked: the title, the numbered questions and the preferred format (FOIA s.11).</summary>
public sealed class RequestDetailsValidator<T> : AbstractValidator<T>
    where T : RequestIntakeForm
{
    public RequestDetailsValidator(IntakeWording wording)
    {
        RuleFor(c => c.Title).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(wording.EnterTitle)
            .MaximumLength(FoiRequest.TitleMaxLength).WithMessage($"Title must be {FoiRequest.TitleMaxLength} characters or fewer")
            .Must(TextRules.IsSingleLine).WithMessage("Title must not include hidden or control characters");
        RuleFor(c => c.QuestionsText).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(wording.EnterQuestions)
            .MustBeValidQuestions(wording.QuestionsSubject);
        RuleFor(c => c.PreferredFormat)
            .Must(IsPreferredFormat).WithMessage(wording.SelectFormat);
    }

    /// <summary>A named <see cref="PreferredFormat"/>, never a number that happens to parse as one.</summary>
    private static bool IsPreferredFormat(string? text) =>
        Enum.TryParse<PreferredFormat>(text, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _);
}
