using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Pages.DisclosureLog;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Requests.New;

/// <summary>Check your answers, then send. Sending is idempotent per draft: a double click makes one request.</summary>
public sealed class CheckAnswersModel(IMediator mediator, OutboxSignal outbox) : PageModel
{
    public SaveDraft.Command Answers { get; private set; } = new();

    public IReadOnlyList<string> Questions { get; private set; } = [];

    /// <summary>Published responses like this request's title: "search before you ask", before the requester sends it.</summary>
    public IReadOnlyList<SimilarEntries.Entry> Similar { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (DraftCookie.Read(Request) is not { } id)
        {
            return RedirectToPage("Index");
        }

        var draft = await mediator.Send(new LoadDraft.Query(id));
        if (draft is null)
        {
            // Already sent (back button after submitting) or expired.
            return RedirectToPage("Confirmation");
        }

        Answers = draft;
        Questions = QuestionParser.Parse(draft.QuestionsText);
        Similar = await mediator.Send(new SimilarEntries.Query(draft.Title));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (DraftCookie.Read(Request) is not { } id)
        {
            return RedirectToPage("Index");
        }

        var result = await mediator.Send(new SubmitRequest.Command(id));
        if (result is null)
        {
            return RedirectToPage("Index");
        }

        outbox.Notify();
        if (result.TrackingToken is not null)
        {
            TempData["TrackingToken"] = result.TrackingToken;
        }

        return RedirectToPage("Confirmation");
    }
}

public static class SubmitRequest
{
    public sealed record Command(Guid DraftId) : ICommand<Result?>;

    /// <summary>TrackingToken is only known to the first submission; it is stored hashed.</summary>
    public sealed record Result(int RequestId, string? TrackingToken);

    public sealed class Handler(FoiDbContext db, RequestRegistration registration, TimeProvider time) : ICommandHandler<Command, Result?>
    {
        public async ValueTask<Result?> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            // Take the draft's row lock first: a second click waits here until the first commits, then sees it sent.
            var exists = await db.RequestDrafts.Where(d => d.Id == command.DraftId)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LockedAtUtc, now.UtcDateTime), cancellationToken);
            if (exists == 0)
            {
                return null;
            }

            var draft = await db.RequestDrafts.SingleAsync(d => d.Id == command.DraftId, cancellationToken);
            if (draft.SubmittedRequestId is { } already)
            {
                return new Result(already, null);
            }

            var calendar = await registration.CalendarAsync(cancellationToken);
            var (request, token) = await registration.RegisterAsync(
                (reference, tokenHash) => FoiRequest.Submit(
                    reference,
                    new Requester(draft.FullName, draft.Email, draft.PostalAddress, draft.YourReference),
                    draft.Title,
                    QuestionParser.Parse(draft.QuestionsText),
                    draft.PreferredFormat,
                    Channel.Web,
                    now,
                    calendar,
                    tokenHash,
                    registration.Regime),
                now,
                cancellationToken);
            draft.SubmittedRequestId = request.Id;
            return new Result(request.Id, token);
        }
    }
}
