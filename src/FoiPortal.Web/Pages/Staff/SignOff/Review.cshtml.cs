using FluentValidation;
using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.SignOff;

/// <summary>One decision for sign-off: the estimate, the draft wording, approve or return with a comment.</summary>
public sealed class ReviewModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public SignOffDecision.Command Data { get; set; } = new();

    public CostSignOff.Item Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.DecisionId = id;
        Data.Manager = User.Identity?.Name ?? throw new InvalidOperationException("Sign-off needs a signed-in manager.");
        await mediator.Send(Data);
        TempData["Notice"] = $"{Item.Reference}: {(Data.Decision == SignOffDecision.Approve ? "approved" : "returned to the officer")}.";
        return Redirect("/staff/sign-off");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if ((await mediator.Send(new SignOffDecision.Query(id))) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        return null;
    }
}

public static class SignOffDecision
{
    public const string Approve = "Approve";
    public const string Return = "Return";

    /// <summary>How the timeline names what was signed off.</summary>
    public const string Part = "Cost decision";

    public sealed record Query(int DecisionId) : IQuery<CostSignOff.Item?>;

    public sealed class Command : ICommand
    {
        [BindNever]
        public int DecisionId { get; set; }

        [BindNever]
        public string Manager { get; set; } = string.Empty;

        public string? Decision { get; set; }

        public string? Comment { get; set; }
    }

    public sealed class QueryHandler(FoiDbContext db) : IQueryHandler<Query, CostSignOff.Item?>
    {
        public async ValueTask<CostSignOff.Item?> Handle(Query query, CancellationToken cancellationToken) =>
            (await CostSignOff.LoadAsync(db, query.DecisionId, cancellationToken)).SingleOrDefault();
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Decision).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Select whether you approve the decision or return it")
                .Must(d => d is Approve or Return).WithMessage("Select whether you approve the decision or return it");
            RuleFor(c => c.Comment).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter a comment saying what the officer needs to change")
                .When(c => c.Decision == Return);
            RuleFor(c => c.Comment)
                .MaximumLength(CostDecision.CommentMaxLength).WithMessage($"Comment must be {CostDecision.CommentMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, IOptions<RequestOptions> options) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var decision = await db.CostDecisions.SingleOrDefaultAsync(d => d.Id == command.DecisionId, cancellationToken)
                ?? throw new DomainException("This decision no longer exists.");
            var request = await db.Requests.SingleAsync(r => r.Id == decision.FoiRequestId, cancellationToken);
            var now = time.GetUtcNow();
            var comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim();
            var approved = command.Decision == Approve;
            var stillOutstanding = 0;
            if (approved)
            {
                decision.Approve(command.Manager, now.UtcDateTime, comment);
                // The request is approved only when nothing else (e.g. an NCND decision) still waits for sign-off.
                await db.SaveChangesAsync(cancellationToken);
                stillOutstanding = await SignOffStatus.OutstandingAsync(db, request.Id, cancellationToken);
                request.RecordApproval(command.Manager, now, Part, stillOutstanding, comment);
            }
            else
            {
                decision.Return(command.Manager, now.UtcDateTime, comment!);
                request.ReturnToOfficer(command.Manager, now, comment, Part);
            }

            // The officer is told; the email names the case, never the requester.
            var officerName = await db.Users.Where(u => u.UserName == decision.DecidedBy).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
            var outcome = approved ? "approved" : "returned for changes";
            var waiting = stillOutstanding == 0 ? string.Empty : $" {stillOutstanding} other decision{(stillOutstanding == 1 ? " still awaits" : "s still await")} sign-off.";
            var body = $"The cost decision on FOI request {request.Reference} has been {outcome} by {command.Manager}.{waiting}\n\n"
                + (comment is null ? string.Empty : $"Comment:\n{comment}\n\n")
                + $"Open the case: {options.Value.PublicBaseUrl.TrimEnd('/')}/staff/cases/{request.Id}\n";
            db.OutboundEmails.Add(new OutboundEmail(decision.DecidedBy, officerName ?? decision.DecidedBy, $"FOI request {request.Reference}: cost decision {outcome}", body, now.UtcDateTime));
            return Unit.Value;
        }
    }
}
