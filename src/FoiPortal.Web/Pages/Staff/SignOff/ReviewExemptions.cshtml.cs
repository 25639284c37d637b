using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Pages.Staff.Cases.Exemptions;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.SignOff;

/// <summary>
/// A case's exemption decisions for sign-off: each decision waiting, the whole refusal notice they produce, and
/// approve or return with a comment. The form posts the case's version: the manager signs off what they saw.
/// </summary>
public sealed class ReviewExemptionsModel(IMediator mediator, IExemptionCatalogueSource catalogues, IOptions<AuthorityOptions> authority) : PageModel
{
    [BindProperty]
    public SignOffExemptions.Command Data { get; set; } = new();

    public ExemptionSignOff.Item Item { get; private set; } = null!;

    public ExemptionCatalogue Catalogue { get; private set; } = null!;

    public RefusalNotice? Notice { get; private set; }

    public string? NoticeProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.Version = Item.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.RequestId = id;
        Data.Manager = User.Identity?.Name ?? throw new InvalidOperationException("Sign-off needs a signed-in manager.");
        await mediator.Send(Data);
        TempData["Notice"] = $"{Item.Reference}: exemption decisions {(Data.Decision == SignOffDecision.Approve ? "approved" : "returned to the officer")}.";
        return Redirect("/staff/sign-off");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new SignOffExemptions.Query(id)) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        Catalogue = await catalogues.GetAsync(HttpContext.RequestAborted);
        (Notice, NoticeProblem) = ExemptionDecisions.Compose(item.All, Catalogue, item.Regime, authority.Value);
        return null;
    }
}

public static class SignOffExemptions
{
    public sealed record Query(int RequestId) : IQuery<ExemptionSignOff.Item?>;

    public sealed class Command : ICommand
    {
        [BindNever]
        public int RequestId { get; set; }

        [BindNever]
        public string Manager { get; set; } = string.Empty;

        public Guid Version { get; set; }

        public string? Decision { get; set; }

        public string? Comment { get; set; }
    }

    public sealed class QueryHandler(FoiDbContext db) : IQueryHandler<Query, ExemptionSignOff.Item?>
    {
        public async ValueTask<ExemptionSignOff.Item?> Handle(Query query, CancellationToken cancellationToken) =>
            (await ExemptionSignOff.LoadAsync(db, query.RequestId, cancellationToken)).SingleOrDefault();
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Decision).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Select whether you approve the decisions or return them")
                .Must(d => d is SignOffDecision.Approve or SignOffDecision.Return).WithMessage("Select whether you approve the decisions or return them");
            RuleFor(c => c.Comment).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter a comment saying what the officer needs to change")
                .When(c => c.Decision == SignOffDecision.Return);
            RuleFor(c => c.Comment)
                .MaximumLength(ExemptionDecision.CommentMaxLength).WithMessage($"Comment must be {ExemptionDecision.CommentMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, IOptions<RequestOptions> options) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests, command.RequestId, command.Version, cancellationToken);
            var pending = await db.ExemptionDecisions
                .Where(d => d.FoiRequestId == request.Id && d.SignOff == Core.Costs.SignOffState.Pending)
                .OrderBy(d => d.QuestionNumber).ThenBy(d => d.Id)
                .ToListAsync(cancellationToken);
            if (request.Status != RequestStatus.AwaitingSignOff || pending.Count == 0)
            {
                throw new DomainException("No exemption decision on this request is waiting for sign-off.");
            }

            var now = time.GetUtcNow();
            var comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim();
            var approved = command.Decision == SignOffDecision.Approve;
            var part = pending.Count == 1 ? "Exemption decision" : "Exemption decisions";
            var stillOutstanding = 0;
            foreach (var decision in pending)
            {
                // Throws if the manager made any of them: nobody signs off their own decision.
                if (approved)
                {
                    decision.Approve(command.Manager, now.UtcDateTime, comment);
                }
                else
                {
                    decision.Return(command.Manager, now.UtcDateTime, comment!);
                }
            }

            if (approved)
            {
                await db.SaveChangesAsync(cancellationToken);
                stillOutstanding = await SignOffStatus.OutstandingAsync(db, request.Id, cancellationToken);
                request.RecordApproval(command.Manager, now, part, stillOutstanding, comment);
            }
            else
            {
                request.ReturnToOfficer(command.Manager, now, comment, part);
            }

            // Each officer who made one of the decisions is told; the email names the case, never the requester.
            var outcome = approved ? "approved" : "returned for changes";
            var waiting = stillOutstanding == 0 ? string.Empty : $" {stillOutstanding} other decision{(stillOutstanding == 1 ? " still awaits" : "s still await")} sign-off.";
            foreach (var officer in pending.Select(d => d.DecidedBy).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var officerName = await db.Users.Where(u => u.UserName == officer).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
                var body = $"The exemption decisions on FOI request {request.Reference} have been {outcome} by {command.Manager}.{waiting}\n\n"
                    + (comment is null ? string.Empty : $"Comment:\n{comment}\n\n")
                    + $"Open the case: {options.Value.PublicBaseUrl.TrimEnd('/')}/staff/cases/{request.Id}/exemptions\n";
                db.OutboundEmails.Add(new OutboundEmail(officer, officerName ?? officer, $"FOI request {request.Reference}: exemption decisions {outcome}", body, now.UtcDateTime));
            }

            return Unit.Value;
        }
    }
}
