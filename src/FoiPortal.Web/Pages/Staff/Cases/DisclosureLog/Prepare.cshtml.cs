using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Core.Statute;
using FoiPortal.Documents;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Pages.Staff.Cases.Exemptions;
using FoiPortal.Web.Pages.Staff.Cases.Response;
using FoiPortal.Web.Pages.Staff.DisclosureLog;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.DisclosureLog;

/// <summary>
/// Prepares a disclosure log entry from a case whose response was sent: the form is filled from the case and the sent
/// letter (never the requester's details), the files are the letter rendered for publication and each dataset as PDF
/// and CSV. Saving makes a draft; publishing is a separate step on the entry's page.
/// </summary>
public sealed class PrepareModel(IMediator mediator, IOptions<DisclosureLogOptions> options) : PageModel, IEntryFormPage
{
    [BindProperty]
    public PrepareFromCase.Command Data { get; set; } = new();

    EntryForm IEntryFormPage.Data => Data;

    public PrepareFromCase.Model Case { get; private set; } = null!;

    public DisclosureLogOptions Options => options.Value;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } result)
        {
            return result;
        }

        Data.Fill(Case.Prefill);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } result)
        {
            return result;
        }

        Data.RequestId = id;
        Data.Officer = User.Identity?.Name ?? throw new InvalidOperationException("Preparing an entry needs a signed-in officer.");
        var entryId = await mediator.Send(Data);
        TempData["Notice"] = "Draft entry saved. It is not public until it is published.";
        return Redirect($"/staff/disclosure-log/{entryId}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new PrepareFromCase.Query(id)) is not { } found)
        {
            return NotFound();
        }

        if (found.ExistingEntryId is { } existing)
        {
            return Redirect($"/staff/disclosure-log/{existing}");
        }

        Case = found;
        return null;
    }
}

public static class PrepareFromCase
{
    public sealed record Query(int RequestId) : IQuery<Model?>;

    /// <param name="WhyCannotPrepare">Null when the case's response has been sent.</param>
    public sealed record Model(int Id, string Reference, string Title, int? ExistingEntryId, string? WhyCannotPrepare, EntryContent Prefill, IReadOnlyList<string> Files);

    public sealed class Command : EntryForm, ICommand<int>
    {
        [BindNever]
        public int RequestId { get; set; }

        [BindNever]
        public string Officer { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<DisclosureLogOptions> options, TimeProvider time) => Include(new EntryFormValidator(options, time));
    }

    public sealed class QueryHandler(FoiDbContext db, IOptions<AuthorityOptions> authority) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var request = await db.Requests.AsNoTracking().Where(r => r.Id == query.RequestId)
                .Select(r => new { r.Id, r.Reference, r.Title, r.Regime })
                .SingleOrDefaultAsync(cancellationToken);
            if (request is null)
            {
                return null;
            }

            var existing = await db.DisclosureLogEntries.Where(e => e.FoiRequestId == request.Id).OrderBy(e => e.Id).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
            var source = await PublicationSource.LoadAsync(db, request.Id, authority.Value, cancellationToken, withFiles: false);
            return source is null
                ? new Model(request.Id, request.Reference, request.Title, existing, "The response to this request has not been sent, so there is nothing to publish yet.",
                    new EntryContent(request.Title, request.Reference, default, request.Regime, string.Empty, DisclosureOutcome.GrantedInFull, [], string.Empty, string.Empty), [])
                : new Model(request.Id, request.Reference, request.Title, existing, null, source.Content, source.FileNames);
        }
    }

    public sealed class Handler(FoiDbContext db, IOptions<AuthorityOptions> authority, IOptions<DisclosureLogOptions> options, TimeProvider time) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await db.DisclosureLogEntries.AnyAsync(e => e.FoiRequestId == command.RequestId, cancellationToken))
            {
                throw new DomainException("An entry has already been prepared from this request: open it from the case page");
            }

            var source = await PublicationSource.LoadAsync(db, command.RequestId, authority.Value, cancellationToken)
                ?? throw new DomainException("The response to this request has not been sent, so there is nothing to publish yet");
            var content = EntryChanges.WithConfiguredTopic(command.ToContent(source.Content.Regime), options.Value);
            return await PrepareEntry.CreateAsync(db, content, command.RequestId, source.Files, command.Officer, time.GetUtcNow().UtcDateTime, cancellationToken);
        }
    }
}

/// <summary>
/// What a sent response offers the log: the texts of the letter's sections, the outcome and provisions from the case's
/// decisions, and the files: the letter rendered for publication (no requester name or address: forRequester false)
/// and each dataset exactly as sent, as PDF and CSV.
/// </summary>
public sealed record PublicationSource(EntryContent Content, IReadOnlyList<string> FileNames, IReadOnlyList<NewAttachment> Files)
{
    /// <summary>Null while the case has no sent response. <paramref name="withFiles"/> false: names only, nothing rendered.</summary>
    public static async Task<PublicationSource?> LoadAsync(FoiDbContext db, int requestId, AuthorityOptions authority, CancellationToken ct, bool withFiles = true)
    {
        var letter = await db.ResponseLetters.AsNoTracking().Include(l => l.Attachments)
            .SingleOrDefaultAsync(l => l.FoiRequestId == requestId && l.State == ResponseState.Sent, ct);
        if (letter?.SentAtUtc is not { } sentAt || await ResponseComposer.LoadFactsAsync(db, requestId, ct) is not { } facts)
        {
            return null;
        }

        var sentOn = UkLocalDate.FromInstant(new DateTimeOffset(sentAt, TimeSpan.Zero));
        var cost = await db.CostDecisions.AsNoTracking().Where(d => d.FoiRequestId == requestId).OrderByDescending(d => d.Id).Select(d => (Core.Costs.CostOutcome?)d.Outcome)
            .FirstOrDefaultAsync(ct);
        var decisions = (await ExemptionDecisions.ForRequestAsync(db, requestId, ct)).Select(d => new QuestionDecision(d.Outcome, [.. d.ExemptionKeys])).ToList();
        var (outcome, keys) = CaseOutcome.Derive(facts.Regime, cost, decisions);
        var content = new EntryContent(
            facts.Title, facts.Reference, sentOn, facts.Regime, string.Empty, outcome, keys,
            string.Join('\n', facts.Questions.Select((q, i) => $"{i + 1}. {q}")),
            letter.ResponseText,
            string.IsNullOrWhiteSpace(letter.ReasonText) ? null : letter.ReasonText);

        var letterName = ResponseComposer.LetterFileName(facts.Reference, letter.Version);
        // The datasets as the requester got them (they never carry the requester's details; the check runs on them anyway).
        var datasets = db.ResponseDocuments.AsNoTracking()
            .Where(d => d.ResponseLetterId == letter.Id && d.LetterVersion == letter.Version && d.Kind != ResponseDocumentKind.Letter)
            .OrderBy(d => d.Id);
        if (!withFiles)
        {
            return new PublicationSource(content, [letterName, .. await datasets.Select(d => d.FileName).ToListAsync(ct)], []);
        }

        var files = new List<NewAttachment>
        {
            new(letterName, ResponseFiles.PdfType, PdfRenderer.Render(ResponseComposer.Letter(facts, letter, authority, sentOn, forRequester: false))),
        };
        files.AddRange(await datasets.Select(d => new NewAttachment(d.FileName, d.ContentType, d.Content)).ToListAsync(ct));
        return new PublicationSource(content, [.. files.Select(f => f.FileName)], files);
    }
}

/// <summary>For the case page: whether an entry can be prepared (the response was sent) and the entry already prepared, if any.</summary>
public static class CaseDisclosureLink
{
    public sealed record Query(int RequestId) : IQuery<Model>;

    public sealed record Model(bool ResponseSent, int? EntryId);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken) => new(
            await db.ResponseLetters.AnyAsync(l => l.FoiRequestId == query.RequestId && l.State == ResponseState.Sent, cancellationToken),
            await db.DisclosureLogEntries.Where(e => e.FoiRequestId == query.RequestId).OrderBy(e => e.Id).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken));
    }
}
