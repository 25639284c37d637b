using FluentValidation;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Statute;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>
/// Corrects a published (or withdrawn) entry: a new version with a note of what changed; the public page then says
/// when it was updated. A correction that would publish the requester's details is refused like a publication.
/// </summary>
public sealed class CorrectModel(IMediator mediator, IOptions<DisclosureLogOptions> options)
    : EntryFormPageModel<CorrectPublished.Command>(mediator, options), IPersonalDataLinks
{
    /// <summary>The fields are on this page.</summary>
    public string? LinkTo(PersonalDataFinding finding) => EntryForm.FieldOf(finding) is { } field ? "#" + field : null;

    protected override string SavedNotice() => $"Correction saved as version {Entry.Version + 1}.";
}

public static class CorrectPublished
{
    public sealed class Command : EntryForm, IEntryFormCommand
    {
        [BindNever]
        public int EntryId { get; set; }

        [BindNever]
        public Regime Regime { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;

        /// <summary>What was corrected and why: kept in the audit trail.</summary>
        public string? Note { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<DisclosureLogOptions> options, TimeProvider time)
        {
            Include(new EntryFormValidator(options, time));
            RuleFor(c => c.Note).Cascade(CascadeMode.Stop)
                .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter a note of what was corrected")
                .MaximumLength(DisclosureLogEvent.DetailMaxLength).WithMessage($"The note must be {DisclosureLogEvent.DetailMaxLength:N0} characters or fewer");
        }
    }

    /// <summary>The shared command's handler does the work (the files stay as they are), inside this command's unit of work.</summary>
    public sealed class Handler(CorrectEntry.Handler correct) : ICommandHandler<Command>
    {
        public ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken) =>
            correct.Handle(new CorrectEntry.Command(command.EntryId, command.ToContent(command.Regime), command.Note ?? string.Empty, null, command.Stamp) { Actor = command.Actor }, cancellationToken);
    }
}
