using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Similarity;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.History;

/// <summary>
/// FOIA s.17(6): close a case refused under s.14 without a further refusal notice, naming the earlier request whose s.14
/// notice this requester already has. The rule is <see cref="FoiRequest.WhyNoFurtherNoticeNotAllowed"/>.
/// </summary>
public static class CloseWithoutFurtherNotice
{
    public sealed class Command : CaseCommand, ICommand
    {
        public string? EarlierReference { get; set; }

        public string? Reason { get; set; }
    }

    public sealed record Query(int RequestId) : IQuery<Page?>;

    /// <param name="WhyNot">Why the case cannot be closed this way now (before the earlier request is named); null when it can.</param>
    /// <param name="Suggested">The requester's earlier requests refused under s.14 with a notice, newest first.</param>
    public sealed record Page(CaseHeader Header, string? WhyNot, IReadOnlyList<EarlierRefusal> Suggested) : CasePage(Header);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.EarlierReference).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the reference of the earlier request that was refused under section 14")
                .Must(r => r!.Trim().Length <= FoiRequest.ReferenceMaxLength).WithMessage($"The reference must be {FoiRequest.ReferenceMaxLength} characters or fewer");
            RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Say why it would be unreasonable to send another refusal notice")
                .Must(r => r!.Trim().Length <= FoiRequest.NoFurtherNoticeReasonMaxLength).WithMessage($"The reason must be {FoiRequest.NoFurtherNoticeReasonMaxLength:N0} characters or fewer");
        }
    }

    public sealed class QueryHandler(FoiDbContext db) : IQueryHandler<Query, Page?>
    {
        public async ValueTask<Page?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (await CaseHeader.LoadAsync(db, query.RequestId, cancellationToken) is not { } header)
            {
                return null;
            }

            var request = await db.Requests.AsNoTracking().Include(r => r.Questions).SingleAsync(r => r.Id == query.RequestId, cancellationToken);
            var signOffs = await SignOffStatus.LoadAsync(db, query.RequestId, cancellationToken);
            var whyNot = request.WhyThisCaseCannotCloseWithoutNotice(signOffs);
            var suggested = await EarlierRefusalsAsync(db, request, null, cancellationToken);
            return new Page(header, whyNot, suggested);
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests.Include(r => r.Questions).Include(r => r.ClockEvents), command.RequestId, command.Version, cancellationToken);
            var signOffs = await SignOffStatus.LoadAsync(db, request.Id, cancellationToken);
            var earlier = (await EarlierRefusalsAsync(db, request, command.EarlierReference!.Trim(), cancellationToken)).FirstOrDefault();
            request.CloseWithoutFurtherNotice(command.Actor, time.GetUtcNow(), signOffs, earlier, command.Reason);
            return Unit.Value;
        }
    }

    /// <summary>
    /// The request called <paramref name="reference"/> (or, when null, every other request of this requester's email
    /// address), with whether it is the same person's and when a s.14 refusal notice was given for it.
    /// </summary>
    private static async Task<List<EarlierRefusal>> EarlierRefusalsAsync(FoiDbContext db, FoiRequest request, string? reference, CancellationToken ct)
    {
        var email = RequesterMatching.EmailKey(request.Requester.Email);
        var candidates = db.Requests.AsNoTracking().Where(r => r.Id != request.Id && r.PersonalDataRemovedAtUtc == null);
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL LOWER() on both providers (SubjectAccess.Of)
        candidates = reference is not null
            ? db.Requests.AsNoTracking().Where(r => r.Reference == reference)
            : candidates.Where(r => email != null && r.Requester.Email.ToLower() == email);
#pragma warning restore CA1304, CA1311, CA1862
        var rows = await candidates
            .Select(r => new
            {
                r.Id,
                r.Reference,
                r.Requester.Email,
                Removed = r.PersonalDataRemovedAtUtc != null,
                Section14 = db.ExemptionDecisions.Any(d => d.FoiRequestId == r.Id && (d.Outcome == QuestionOutcome.Vexatious || d.Outcome == QuestionOutcome.Repeated)),
                SentOn = r.ClockEvents.Where(e => e.Kind == Core.Statute.ClockEventKind.ResponseSent).Min(e => (DateOnly?)e.On),
                NoNotice = r.NoFurtherNoticeEarlierReference != null,
            })
            .OrderByDescending(r => r.SentOn).Take(50).ToListAsync(ct);
        return rows
            .Select(r => new EarlierRefusal(
                r.Id,
                r.Reference,
                !request.PersonalDataRemoved && !r.Removed && email is not null && RequesterMatching.EmailKey(r.Email) == email,
                // A case closed under s.17(6) itself gave no notice.
                r.Section14 && !r.NoNotice ? r.SentOn : null))
            .Where(r => reference is not null || r.RefusedUnderSection14On is not null)
            .ToList();
    }
}
