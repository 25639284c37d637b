using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>Corrects a published or withdrawn entry: a new version, dated on the public page.</summary>
public static class CorrectEntry
{
    public sealed record Command(int EntryId, EntryContent Content, string Note, IReadOnlyList<NewAttachment>? Attachments, Guid? SeenStamp = null)
        : ICommand, IStaffCommand
    {
        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<DisclosureLogOptions> options)
        {
            RuleFor(c => c.Content).HasConfiguredTopic(options.Value);
            RuleFor(c => c.Note).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter a note of what was corrected")
                .MaximumLength(DisclosureLogEvent.DetailMaxLength).WithMessage($"The note must be {DisclosureLogEvent.DetailMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, AfterCommit afterCommit, IDisclosureLogCache cache, IOptions<DisclosureLogOptions> options)
        : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var entry = await EntryChanges.LoadForChangeAsync(db, command.EntryId, command.SeenStamp, cancellationToken);
            var requester = await EntryChanges.RequesterOfAsync(db, entry.FoiRequestId, cancellationToken);
            var files = command.Attachments is null ? null : EntryChanges.Files(command.Attachments).ToList();
            entry.Correct(
                EntryChanges.WithConfiguredTopic(command.Content, options.Value), command.Note, requester, LogCatalogue.Instance,
                command.Actor, time.GetUtcNow().UtcDateTime, files, PdfText.Pages);
            EntryChanges.InvalidateAfterCommit(afterCommit, cache);
            return Unit.Value;
        }
    }
}
