using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Responses;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>Saves the letter's editable sections (the first save makes version 1).</summary>
public static class SaveResponse
{
    public sealed class Command : ICommand, IStaffCommand
    {
        [BindNever]
        public int RequestId { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;

        /// <summary>The letter version the form was shown with (0 before the first save).</summary>
        public int LetterVersion { get; set; }

        public string? Response { get; set; }

        public string? Reason { get; set; }

        public string? Advice { get; set; }

        public string? Caveats { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Response).NotEmpty().WithMessage("Enter the response to the request");
            foreach (var (field, name) in new (System.Linq.Expressions.Expression<Func<Command, string?>>, string)[]
                     {
                         (c => c.Response, "Response"), (c => c.Reason, "Reason for decision"), (c => c.Advice, "Advice and assistance"), (c => c.Caveats, "Caveats"),
                     })
            {
                RuleFor(field).MaximumLength(ResponseLetter.SectionMaxLength).WithMessage($"{name} must be {ResponseLetter.SectionMaxLength:N0} characters or fewer");
            }
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var (request, letter) = await ResponseRules.LoadEditableAsync(db, command.RequestId, command.LetterVersion, cancellationToken);
            var sections = new ResponseSections(command.Response!, command.Reason ?? string.Empty, command.Advice ?? string.Empty, command.Caveats ?? string.Empty);
            var now = time.GetUtcNow();
            if (letter is null)
            {
                letter = new ResponseLetter(request.Id, sections, command.Actor, now.UtcDateTime);
                db.ResponseLetters.Add(letter);
            }
            else
            {
                letter.Edit(sections, command.Actor, now.UtcDateTime);
            }

            request.RecordCaseWork("ResponseDrafted", $"Response letter saved (version {letter.Version})", command.Actor, now);
            return Unit.Value;
        }
    }
}
