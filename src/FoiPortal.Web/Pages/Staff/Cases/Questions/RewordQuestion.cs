using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FoiPortal.Web.Pages.Staff.Cases.Questions;

/// <summary>Reword one question; its number and whatever is recorded on it stay (docs/adr/023).</summary>
public static class RewordQuestion
{
    [RequiresRole(StaffRoles.Officer, StaffRoles.Manager)]
    public sealed class Command : ICommand<bool>, IStaffCommand
    {
        [BindNever]
        public int RequestId { get; set; }

        [BindNever]
        public int Number { get; set; }

        public Guid Version { get; set; }

        public string? Text { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        // One rule for the form and the aggregate: FoiRequest.WhyNotQuestionText.
        public Validator() =>
            RuleFor(c => c.Text).Must(t => FoiRequest.WhyNotQuestionText(t, "the new wording") is null)
                .WithMessage(c => FoiRequest.WhyNotQuestionText(c.Text, "the new wording")!);
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await CaseQuestions.LoadForChangeAsync(db, command.RequestId, command.Version, cancellationToken);
            request.RewordQuestion(command.Number, command.Text!, command.Actor, time.GetUtcNow());
            return true;
        }
    }
}
