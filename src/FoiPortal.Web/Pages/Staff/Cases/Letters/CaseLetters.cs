using FoiPortal.Core.Data;
using FoiPortal.Core.Letters;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.Letters;

/// <summary>
/// The letters a case sends the requester (issue 16): the editable draft from the regime's template, and queuing the
/// letter in the outbox in the same transaction as the action that sends it. Whether a letter may go is decided by
/// <see cref="CaseLetter"/> alone.
/// </summary>
public static class CaseLetters
{
    public sealed record DraftQuery(int RequestId, CaseLetterKind Kind) : IQuery<Draft?>;

    /// <summary>The editable letter, and where it goes (null: no email address, so it goes by post).</summary>
    public sealed record Draft(string? ToEmail, string Letter, string Subject, string Reference, string Title);

    public sealed class DraftHandler(FoiDbContext db, ICalendarSource calendars, IOptions<AuthorityOptions> authority) : IQueryHandler<DraftQuery, Draft?>
    {
        public async ValueTask<Draft?> Handle(DraftQuery query, CancellationToken cancellationToken)
        {
            var r = await db.Requests.AsNoTracking().Where(x => x.Id == query.RequestId)
                .Select(x => new { x.Regime, x.Reference, x.Title, x.Requester.Name, x.Requester.Email, x.ReceivedOn, x.DueOn })
                .SingleOrDefaultAsync(cancellationToken);
            if (r is null)
            {
                return null;
            }

            var calendar = await calendars.ForRegimeAsync(r.Regime, cancellationToken);
            var review = await db.InternalReviews.AsNoTracking().Where(v => v.FoiRequestId == query.RequestId && v.LinkedToReviewId == null)
                .OrderByDescending(v => v.Id).Select(v => new { v.ReceivedOn, v.DueOn }).FirstOrDefaultAsync(cancellationToken);
            var facts = new CaseLetterFacts(r.Regime, r.Name, r.Reference, r.Title, r.ReceivedOn, authority.Value.Name)
            {
                // EIR reg 7(1): 40 working days in all, so 20 more than the standard due date.
                DueOn = query.Kind == CaseLetterKind.EirExtension ? calendar.AddWorkingDays(r.DueOn, StatutoryClock.StandardWorkingDays) : r.DueOn,
                // FOIA s.10(3): the ICO expects no more than 20 further working days; the officer may change the date.
                DecisionBy = calendar.AddWorkingDays(r.DueOn, FoiRequest.PublicInterestMaxExtraWorkingDays),
                ReviewReceivedOn = review?.ReceivedOn,
                ReviewDueOn = review?.DueOn,
            };
            return new Draft(string.IsNullOrWhiteSpace(r.Email) ? null : r.Email, CaseLetterTemplates.Template(query.Kind, facts), CaseLetter.Subject(query.Kind, r.Reference), r.Reference, r.Title);
        }
    }

    /// <summary>When the request's acknowledgement (automatic or the officer's letter) was queued; null if never.</summary>
    public sealed record AcknowledgedQuery(int RequestId) : IQuery<DateTime?>;

    public sealed class AcknowledgedHandler(FoiDbContext db) : IQueryHandler<AcknowledgedQuery, DateTime?>
    {
        public async ValueTask<DateTime?> Handle(AcknowledgedQuery query, CancellationToken cancellationToken)
        {
            var key = CaseLetter.IdempotencyKey(CaseLetterKind.Acknowledgement, query.RequestId, CaseLetter.RequestOccasion);
            return await db.OutboundEmails.AsNoTracking().Where(e => e.IdempotencyKey == key)
                .Select(e => (DateTime?)e.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);
        }
    }

    /// <summary>Whether the case's requester can be written to by email (otherwise the letter goes by post).</summary>
    public static Task<bool> HasEmailAsync(FoiDbContext db, int requestId, CancellationToken ct) =>
        db.Requests.AnyAsync(r => r.Id == requestId && r.Requester.Email != null && r.Requester.Email != "", ct);

    /// <summary>
    /// Queues the letter in the same transaction as the action (once per <paramref name="occasion"/>); nothing when the
    /// requester has no email address. Refused by <see cref="CaseLetter.Compose"/> while a placeholder remains.
    /// </summary>
    public static void Queue(FoiDbContext db, FoiRequest request, CaseLetterKind kind, string? letter, DateTimeOffset now, string occasion)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Requester.Email))
        {
            return;
        }

        db.OutboundEmails.Add(CaseLetter.Compose(kind, request.Id, request.Reference, request.Requester, letter, now.UtcDateTime, CaseLetter.IdempotencyKey(kind, request.Id, occasion)));
    }
}
