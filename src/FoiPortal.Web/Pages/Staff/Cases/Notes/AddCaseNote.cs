using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FoiPortal.Web.Pages.Staff.Cases.Notes;

/// <summary>Write a note on a case (any member of staff). It never reaches a letter or the disclosure log.</summary>
public static class AddCaseNote
{
    public sealed class Command : ICommand<int>, IStaffCommand
    {
        [BindNever]
        public int RequestId { get; set; }

        public string? Text { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        // One rule for the form and the entity: CaseNote.WhyNotText.
        public Validator() => RuleFor(c => c.Text).Must(text => CaseNote.WhyNotText(text) is null).WithMessage(c => CaseNote.WhyNotText(c.Text)!);
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var note = new CaseNote(command.RequestId, command.Actor, command.Text!, time.GetUtcNow().UtcDateTime);
            db.CaseNotes.Add(note);
            await db.SaveChangesAsync(cancellationToken);
            return note.Id;
        }
    }
}
