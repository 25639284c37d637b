using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Notes;

/// <summary>Correct a note: only its author, only in the minutes after writing it (<see cref="CaseNote.WhyNotEdit"/>).</summary>
public static class EditCaseNote
{
    public sealed record Query(int RequestId, int NoteId, string UserName) : IQuery<Form?>;

    /// <param name="WhyNot">Why the reader cannot change it now (the page says so instead of showing the form), or null.</param>
    public sealed record Form(int RequestId, string Reference, int NoteId, string Text, DateTime WrittenAtUtc, DateTime FixedFromUtc, string? WhyNot);

    public sealed class Command : ICommand<bool>, IStaffCommand
    {
        [BindNever]
        public int RequestId { get; set; }

        [BindNever]
        public int NoteId { get; set; }

        public string? Text { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Text).Must(text => CaseNote.WhyNotText(text) is null).WithMessage(c => CaseNote.WhyNotText(c.Text)!);
    }

    public sealed class QueryHandler(FoiDbContext db, TimeProvider time) : IQueryHandler<Query, Form?>
    {
        public async ValueTask<Form?> Handle(Query query, CancellationToken cancellationToken)
        {
            var note = await db.CaseNotes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == query.NoteId && n.FoiRequestId == query.RequestId, cancellationToken);
            if (note is null)
            {
                return null;
            }

            var reference = await db.Requests.Where(r => r.Id == query.RequestId).Select(r => r.Reference).SingleAsync(cancellationToken);
            return new Form(
                query.RequestId, reference, note.Id, note.Text, note.WrittenAtUtc, note.FixedFromUtc, note.WhyNotEdit(query.UserName, time.GetUtcNow().UtcDateTime));
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var note = await db.CaseNotes.SingleAsync(n => n.Id == command.NoteId && n.FoiRequestId == command.RequestId, cancellationToken);
            // The entity refuses an edit by anyone but the author, or after the window (a DomainException: the error summary).
            note.Edit(command.Actor, command.Text!, time.GetUtcNow().UtcDateTime);
            return true;
        }
    }
}
