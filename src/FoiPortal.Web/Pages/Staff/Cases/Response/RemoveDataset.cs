using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>Removes a dataset from the letter while it is a draft.</summary>
public static class RemoveDataset
{
    public sealed record Command(int RequestId, int DatasetId, int LetterVersion) : ICommand, IStaffCommand
    {
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var (request, letter) = await ResponseRules.LoadEditableAsync(db, command.RequestId, command.LetterVersion, cancellationToken);
            var now = time.GetUtcNow();
            var name = letter?.Attachments.SingleOrDefault(a => a.Id == command.DatasetId)?.FileName ?? throw new DomainException("That dataset is no longer attached");
            letter.RemoveAttachment(command.DatasetId, command.Actor, now.UtcDateTime);
            request.RecordCaseWork("ResponseDrafted", $"Dataset {name} removed from the response", command.Actor, now);
            return Unit.Value;
        }
    }
}
