using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Requests.New;

/// <summary>Make a request: who you are, what you want, how you want it. Saved as a draft, then checked.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public SaveDraft.Command Data { get; set; } = new();

    public static IReadOnlyList<Infrastructure.TagHelpers.RadioItem> FormatOptions { get; } =
    [
        new(nameof(PreferredFormat.Email), PreferredFormat.Email.Describe(), "We will email the response and any documents to you."),
        new(nameof(PreferredFormat.PaperCopy), PreferredFormat.PaperCopy.Describe(), "Enter your postal address above."),
        new(nameof(PreferredFormat.MachineReadable), PreferredFormat.MachineReadable.Describe(), "If you ask for a dataset, we will provide it in a re-usable format such as CSV where we can."),
    ];

    public async Task OnGetAsync()
    {
        if (DraftCookie.Read(Request) is { } id && await mediator.Send(new LoadDraft.Query(id)) is { } draft)
        {
            Data = draft;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Data.DraftId = DraftCookie.Read(Request);
        var id = await mediator.Send(Data);
        DraftCookie.Write(Response, id);
        return RedirectToPage("CheckAnswers");
    }
}

public static class SaveDraft
{
    /// <summary>The form (<see cref="RequestIntakeForm"/>), with the draft it updates.</summary>
    public sealed class Command : RequestIntakeForm, ICommand<Guid>
    {
        [BindNever]
        public Guid? DraftId { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            // Field order is the page's order: the error summary lists errors in this order.
            Include(new RequesterDetailsValidator<Command>(IntakeWording.Public, _ => true));
            Include(new RequestDetailsValidator<Command>(IntakeWording.Public));
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var draft = command.DraftId is { } id
                ? await db.RequestDrafts.SingleOrDefaultAsync(d => d.Id == id && d.SubmittedRequestId == null, cancellationToken)
                : null;
            if (draft is null)
            {
                draft = new RequestDraft(Guid.NewGuid(), time.GetUtcNow().UtcDateTime);
                db.RequestDrafts.Add(draft);
            }

            draft.FullName = command.FullName!.Trim();
            draft.Email = command.Email!.Trim();
            draft.PostalAddress = string.IsNullOrWhiteSpace(command.PostalAddress) ? null : command.PostalAddress.Trim();
            draft.YourReference = string.IsNullOrWhiteSpace(command.YourReference) ? null : command.YourReference.Trim();
            draft.Title = command.Title!.Trim();
            draft.QuestionsText = command.QuestionsText!.Trim();
            draft.PreferredFormat = Enum.Parse<PreferredFormat>(command.PreferredFormat!);
            return draft.Id;
        }
    }
}

public static class LoadDraft
{
    public sealed record Query(Guid DraftId) : IQuery<SaveDraft.Command?>;

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, SaveDraft.Command?>
    {
        public async ValueTask<SaveDraft.Command?> Handle(Query query, CancellationToken cancellationToken) =>
            await db.RequestDrafts.AsNoTracking()
                .Where(d => d.Id == query.DraftId && d.SubmittedRequestId == null)
                .Select(d => new SaveDraft.Command
                {
                    FullName = d.FullName,
                    Email = d.Email,
                    PostalAddress = d.PostalAddress,
                    YourReference = d.YourReference,
                    Title = d.Title,
                    QuestionsText = d.QuestionsText,
                    PreferredFormat = d.PreferredFormat.ToString(),
                })
                .SingleOrDefaultAsync(cancellationToken);
    }
}
