using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Documents;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>Compose the response letter: the sections the officer edits, the datasets, and the way to preview and send.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public SaveResponse.Command Data { get; set; } = new();

    public ResponsePage.Model Letter { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data = new SaveResponse.Command
        {
            LetterVersion = Letter.LetterVersion,
            Response = Letter.Sections.Response,
            Reason = Letter.Sections.Reason,
            Advice = Letter.Sections.Advice,
            Caveats = Letter.Sections.Caveats,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.RequestId = id;
        Data.Officer = User.Identity?.Name ?? throw new InvalidOperationException("Case work needs a signed-in officer.");
        await mediator.Send(Data);
        Notice = "Response saved.";
        return Redirect($"/staff/cases/{id}/response");
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? file, string? title, int letterVersion)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        var content = file is null ? null : await ReadAsync(file);
        await mediator.Send(new AttachDataset.Command(id, letterVersion, title, file?.FileName, content, User.Identity?.Name ?? "unknown"));
        Notice = $"Dataset {Path.GetFileName(file!.FileName)} attached.";
        return Redirect($"/staff/cases/{id}/response");
    }

    public async Task<IActionResult> OnPostRemoveDatasetAsync(int id, int dataset, int letterVersion)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        await mediator.Send(new RemoveDataset.Command(id, dataset, letterVersion, User.Identity?.Name ?? "unknown"));
        Notice = "Dataset removed.";
        return Redirect($"/staff/cases/{id}/response");
    }

    private static async Task<byte[]> ReadAsync(IFormFile file)
    {
        // The request body limit for this page is a little over the dataset limit; stop reading at the limit plus one.
        using var buffer = new MemoryStream();
        await using var stream = file.OpenReadStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk)) > 0 && buffer.Length <= CsvDataset.DefaultMaxBytes)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new ResponsePage.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Letter = found;
        if (Data.LetterVersion == 0)
        {
            Data.LetterVersion = found.LetterVersion;
        }

        return null;
    }
}

public static class ResponsePage
{
    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Dataset(int Id, string Title, string FileName, int Rows, int Columns, long Bytes);

    public sealed record Document(long Id, ResponseDocumentKind Kind, string FileName, long Length, int LetterVersion, string Sha256, DateTime CreatedAtUtc, string CreatedBy, bool Sent);

    /// <summary><paramref name="LetterVersion"/> is 0 until the first save; <paramref name="Sections"/> are then the suggested first draft.</summary>
    public sealed record Model(
        int Id,
        string Reference,
        string Title,
        RequestStatus Status,
        int LetterVersion,
        ResponseState? State,
        ResponseSections Sections,
        IReadOnlyList<Dataset> Datasets,
        IReadOnlyList<Document> Documents,
        string? WhyNotEditable,
        string? WhyCannotSend);

    public sealed class Handler(FoiDbContext db, IOptions<AuthorityOptions> authority, IExemptionCatalogueSource catalogues) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var facts = await ResponseComposer.LoadFactsAsync(db, query.Id, cancellationToken);
            if (facts is null)
            {
                return null;
            }

            var status = await db.Requests.Where(r => r.Id == query.Id).Select(r => r.Status).SingleAsync(cancellationToken);
            var letter = await db.ResponseLetters.AsNoTracking().Include(l => l.Attachments).SingleOrDefaultAsync(l => l.FoiRequestId == query.Id, cancellationToken);
            var sections = letter?.Sections ?? await ResponseComposer.DraftSectionsAsync(db, facts, authority.Value, await catalogues.GetAsync(cancellationToken), cancellationToken);
            var documents = await db.ResponseDocuments.AsNoTracking().Where(d => d.FoiRequestId == query.Id).OrderByDescending(d => d.Id)
                .Select(d => new Document(d.Id, d.Kind, d.FileName, d.Length, d.LetterVersion, d.Sha256, d.CreatedAtUtc, d.CreatedBy, d.Sent))
                .ToListAsync(cancellationToken);
            return new Model(
                facts.RequestId, facts.Reference, facts.Title, status, letter?.Version ?? 0, letter?.State, sections,
                letter?.Attachments.Select(a => new Dataset(a.Id, a.Title, a.FileName, a.Rows, a.Columns, a.Csv.LongLength)).ToList() ?? [],
                documents,
                ResponseRules.WhyNotEditable(status, letter?.State),
                await ResponseRules.WhyCannotSendAsync(db, query.Id, status, letter, cancellationToken));
        }
    }
}

public static class SaveResponse
{
    public sealed class Command : ICommand
    {
        [BindNever]
        public int RequestId { get; set; }

        [BindNever]
        public string Officer { get; set; } = string.Empty;

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
                letter = new ResponseLetter(request.Id, sections, command.Officer, now.UtcDateTime);
                db.ResponseLetters.Add(letter);
            }
            else
            {
                letter.Edit(sections, command.Officer, now.UtcDateTime);
            }

            request.RecordCaseWork("ResponseDrafted", $"Response letter saved (version {letter.Version})", command.Officer, now);
            return Unit.Value;
        }
    }
}

public static class AttachDataset
{
    public sealed record Command(int RequestId, int LetterVersion, string? Title, string? FileName, byte[]? Content, string Officer) : ICommand;

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
                letter = new ResponseLetter(request.Id, await ResponseComposer.DraftSectionsAsync(db, facts, authority.Value, await catalogues.GetAsync(cancellationToken), cancellationToken), command.Officer, now.UtcDateTime);
                db.ResponseLetters.Add(letter);
            }

            var fileName = Path.GetFileName(command.FileName!);
            var rows = ResponseFiles.AttachDataset(letter, command.Title!, fileName, command.Content!, command.Officer, now.UtcDateTime);
            request.RecordCaseWork("ResponseDrafted", $"Dataset {fileName} attached to the response ({rows:N0} rows)", command.Officer, now);
            return Unit.Value;
        }
    }
}

public static class RemoveDataset
{
    public sealed record Command(int RequestId, int DatasetId, int LetterVersion, string Officer) : ICommand;

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var (request, letter) = await ResponseRules.LoadEditableAsync(db, command.RequestId, command.LetterVersion, cancellationToken);
            var now = time.GetUtcNow();
            var name = letter?.Attachments.SingleOrDefault(a => a.Id == command.DatasetId)?.FileName ?? throw new DomainException("That dataset is no longer attached");
            letter.RemoveAttachment(command.DatasetId, command.Officer, now.UtcDateTime);
            request.RecordCaseWork("ResponseDrafted", $"Dataset {name} removed from the response", command.Officer, now);
            return Unit.Value;
        }
    }
}
