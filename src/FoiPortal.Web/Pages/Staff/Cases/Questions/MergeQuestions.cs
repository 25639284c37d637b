using System.Globalization;
using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FoiPortal.Web.Pages.Staff.Cases.Questions;

/// <summary>Merge a question with the one after it (adjacent questions only, so no other question moves past another).</summary>
public static class MergeQuestions
{
    [RequiresRole(StaffRoles.Officer, StaffRoles.Manager)]
    public sealed class Command : ICommand<int>, IStaffCommand
    {
        [BindNever]
        public int RequestId { get; set; }

        public Guid Version { get; set; }

        /// <summary>The first of the two questions ("2" merges questions 2 and 3).</summary>
        public string? First { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.First).Must(f => Number(f) is not null).WithMessage("Select which questions to merge");
    }

    /// <summary>Returns the number of the merged question.</summary>
    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await CaseQuestions.LoadForChangeAsync(db, command.RequestId, command.Version, cancellationToken);
            var records = await CaseQuestions.RecordsAsync(db, command.RequestId, cancellationToken);
            var first = Number(command.First)!.Value;
            request.MergeQuestions(first, records, command.Actor, time.GetUtcNow());
            return first;
        }
    }

    private static int? Number(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : null;
}
