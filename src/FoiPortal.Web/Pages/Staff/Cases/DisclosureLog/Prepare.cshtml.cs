using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Core.Statute;
using FoiPortal.Documents;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
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

        if (Case.CannotPrepare.Count > 0)
        {
            // Before the form's own checks: nothing about the form can make this case publishable.
            throw new SendRefusedException(Case.CannotPrepare);
        }

        Data.RequestId = id;
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

    /// <param name="CannotPrepare">
    /// Why no entry can be prepared (<see cref="SendReadiness.ToPublish"/>): the response was not sent, or the letter as
    /// sent fails the checks sending now makes (a placeholder, a question without an outcome, a contradiction). Empty when it can.
    /// </param>
    public sealed record Model(int Id, string Reference, string Title, int? ExistingEntryId, IReadOnlyList<SendProblem> CannotPrepare, EntryContent Prefill, IReadOnlyList<string> Files);

    public sealed class Command : EntryForm, ICommand<int>, IStaffCommand
    {
        [BindNever]
        public int RequestId { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
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
            var problems = await WhyNotAsync(db, request.Id, cancellationToken);
            var source = problems.Count > 0 ? null : await PublicationSource.LoadAsync(db, request.Id, authority.Value, cancellationToken, withFiles: false);
            return source is null
                ? new Model(request.Id, request.Reference, request.Title, existing, problems.Count > 0 ? problems : [new SendProblem(SendReadiness.NotSentYet, $"/staff/cases/{request.Id}/response")],
                    new EntryContent(request.Title, request.Reference, default, request.Regime, string.Empty, DisclosureOutcome.GrantedInFull, [], string.Empty, string.Empty), [])
                : new Model(request.Id, request.Reference, request.Title, existing, [], source.Content, source.FileNames);
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

            if (await WhyNotAsync(db, command.RequestId, cancellationToken) is { Count: > 0 } problems)
            {
                throw new SendRefusedException(problems);
            }

            var source = await PublicationSource.LoadAsync(db, command.RequestId, authority.Value, cancellationToken)
                ?? throw new DomainException("The response to this request has not been sent, so there is nothing to publish yet");
            var content = EntryChanges.WithConfiguredTopic(command.ToContent(source.Content.Regime), options.Value);
            return await PrepareEntry.CreateAsync(db, content, command.RequestId, source.Files, command.Actor, time.GetUtcNow().UtcDateTime, cancellationToken);
        }
    }

    /// <summary>The checks sending makes, run on the letter as sent (<see cref="SendReadiness.ToPublish"/>).</summary>
    private static async Task<IReadOnlyList<SendProblem>> WhyNotAsync(FoiDbContext db, int requestId, CancellationToken ct)
    {
        var letter = await db.ResponseLetters.AsNoTracking().Include(l => l.Attachments).SingleOrDefaultAsync(l => l.FoiRequestId == requestId, ct);
        return SendReadiness.ToPublish(await ResponseRules.LoadSendFactsAsync(db, requestId, letter, ct));
    }
}
