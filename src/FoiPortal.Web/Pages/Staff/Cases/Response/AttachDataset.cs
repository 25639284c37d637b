using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Responses;
using FoiPortal.Documents;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>Attaches a CSV dataset to the letter (saving the first draft first when the letter was never saved).</summary>
public static class AttachDataset
{
    public sealed record Command(int RequestId, int LetterVersion, string? Title, string? FileName, byte[]? Content) : ICommand, IStaffCommand
    {
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Content).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Select a CSV file")
                .Must(c => c!.Length > 0).WithMessage("The selected file is empty")
                .OverridePropertyName("File");
            RuleFor(c => c.Title).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter a title for the dataset, for example Recorded offences by year")
                .MaximumLength(ResponseAttachment.TitleMaxLength).WithMessage($"The title must be {ResponseAttachment.TitleMaxLength} characters or fewer");
            RuleFor(c => c).Custom((command, context) =>
            {
                if (command.Content is not { Length: > 0 } content)
                {
                    return;
                }

                if (!string.Equals(Path.GetExtension(command.FileName), ".csv", StringComparison.OrdinalIgnoreCase))
                {
                    context.AddFailure(new ValidationFailure("File", "The selected file must be a CSV file"));
                    return;
                }

                foreach (var error in CsvDataset.Parse(content, Path.GetFileName(command.FileName!)).Errors)
                {
                    context.AddFailure(new ValidationFailure("File", error));
                }
            });
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, IOptions<AuthorityOptions> authority, IExemptionCatalogueSource catalogues) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var (request, letter) = await ResponseRules.LoadEditableAsync(db, command.RequestId, command.LetterVersion, cancellationToken);
            var now = time.GetUtcNow();
            if (letter is null)
            {
                var facts = (await ResponseComposer.LoadFactsAsync(db, request.Id, cancellationToken))!;
                letter = new ResponseLetter(request.Id, await ResponseComposer.DraftSectionsAsync(db, facts, authority.Value, await catalogues.GetAsync(cancellationToken), cancellationToken), command.Actor, now.UtcDateTime);
                db.ResponseLetters.Add(letter);
            }

            var fileName = Path.GetFileName(command.FileName!);
            var rows = ResponseFiles.AttachDataset(letter, command.Title!, fileName, command.Content!, command.Actor, now.UtcDateTime);
            request.RecordCaseWork("ResponseDrafted", $"Dataset {fileName} attached to the response ({rows:N0} rows)", command.Actor, now);
            return Unit.Value;
        }
    }
}
