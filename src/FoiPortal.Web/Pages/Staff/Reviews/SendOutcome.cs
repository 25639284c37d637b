using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;
using FoiPortal.Documents;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary>
/// The reviewer sends the outcome letter after the same kind of pre-send check as a response (<see cref="ReviewRules.WhyNotSend(ReviewDecisions)"/>:
/// a finding on every question, no placeholder left, every refusal not upheld with its new decision, signed off where
/// needed), through the outbox, with the PDF attached. The PDF is kept on the review, unchangeable.
/// </summary>
public static class SendOutcome
{
    public sealed record Preview(string Html, IReadOnlyList<string> Problems);

    public sealed record PreviewQuery(int ReviewId, string UserName) : IQuery<Preview?>;

    public sealed class Command : ICommand<bool>, IStaffCommand
    {
        [BindNever]
        public int ReviewId { get; set; }

        public Guid Version { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class PreviewHandler(FoiDbContext db, TimeProvider time, IOptions<AuthorityOptions> authority, IExemptionCatalogueSource catalogues)
        : IQueryHandler<PreviewQuery, Preview?>
    {
        public async ValueTask<Preview?> Handle(PreviewQuery query, CancellationToken cancellationToken)
        {
            var review = await db.InternalReviews.AsNoTracking().SingleOrDefaultAsync(v => v.Id == query.ReviewId, cancellationToken);
            if (review is null || await ReviewLetter.LoadAsync(db, review.Id, await catalogues.GetAsync(cancellationToken), authority.Value, cancellationToken) is not { } facts)
            {
                return null;
            }

            var request = await db.Requests.AsNoTracking().Include(r => r.Events).SingleAsync(r => r.Id == review.FoiRequestId, cancellationToken);
            var independence = await ReviewInvolvement.LoadAsync(db, request, cancellationToken);
            var decisions = await ReviewDecisionStore.LoadAsync(db, review, cancellationToken, tracked: false);
            var problems = new[] { ReviewRules.WhyNotSend(review) }.Concat(decisions.Problems).Append(ReviewRules.WhyNotRecord(review, query.UserName, independence))
                .OfType<string>().Distinct().ToList();
            var date = review.RespondedOn ?? UkLocalDate.FromInstant(time.GetUtcNow());
            return new Preview(HtmlRenderer.Render(ReviewLetter.Compose(facts, authority.Value, date)), problems);
        }
    }

    public sealed class Handler(
        FoiDbContext db, TimeProvider time, IOptions<AuthorityOptions> authority, AfterCommit afterCommit, IDisclosureLogCache cache, IExemptionCatalogueSource catalogues)
        : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var review = await ReviewConcurrency.LoadForChangeAsync(db, command.ReviewId, command.Version, cancellationToken);
            var request = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == review.FoiRequestId, cancellationToken);
            var independence = await ReviewInvolvement.LoadAsync(db, request, cancellationToken);
            // Only the reviewer, who took no part in the original decision, sends its outcome.
            var decisions = await ReviewDecisionStore.LoadAsync(db, review, cancellationToken);
            if ((ReviewRules.WhyNotSend(decisions) ?? ReviewRules.WhyNotRecord(review, command.Actor, independence)) is { } why)
            {
                throw new DomainException(why);
            }

            var now = time.GetUtcNow();
            var facts = await ReviewLetter.LoadAsync(db, review.Id, await catalogues.GetAsync(cancellationToken), authority.Value, cancellationToken);
            var pdf = PdfRenderer.Render(ReviewLetter.Compose(facts!, authority.Value, UkLocalDate.FromInstant(now)));
            var linked = await db.InternalReviews.Where(v => v.LinkedToReviewId == review.Id).ToListAsync(cancellationToken);
            review.Close(request, command.Actor, now, linked, pdf, decisions);
            await CorrectDisclosureLogAsync(review, request.Reference, command.Actor, now, cancellationToken);
            if (!string.IsNullOrWhiteSpace(request.Requester.Email))
            {
                var email = new OutboundEmail(
                    request.Requester.Email,
                    request.Requester.Name,
                    $"The outcome of your internal review: {request.Reference}",
                    $"""
                    Dear {request.Requester.Name},

                    We have reviewed our response to your Freedom of Information request {request.Reference} ("{request.Title}"). The outcome letter is attached, and is also on your tracking page, the link in our first email to you, under "Your internal review".

                    {string.Join("\n\n", ReviewOutcomeWording.Complaint(review.Regime))}

                    {authority.Value.Name}
                    Freedom of Information team
                    """,
                    now.UtcDateTime,
                    $"review-outcome-{review.Id}",
                    []);
                // The outcome letter goes with the email, as the response letter does (issue 14).
                email.AttachReviewOutcome(review.Id);
                db.OutboundEmails.Add(email);
            }

            return true;
        }

        /// <summary>
        /// Information released on review goes into the case's published disclosure-log entry as a new version ("Updated
        /// on", with a note), through the same correction as an officer's (<see cref="DisclosureLogEntry.Correct"/>).
        /// If the corrected text would put the requester's details on the log, the entry is left as it was and the review
        /// page keeps its link to the correction form, for an officer to decide.
        /// </summary>
        private async Task CorrectDisclosureLogAsync(InternalReview review, string reference, string actor, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var entry = await db.DisclosureLogEntries.Include(e => e.Attachments).Include(e => e.Events)
                .FirstOrDefaultAsync(e => e.FoiRequestId == review.FoiRequestId && e.State == EntryState.Published, cancellationToken);
            if (entry is null || ReviewDisclosureCorrection.For(ReviewDisclosureCorrection.ContentOf(entry), review, reference) is not { } correction)
            {
                return;
            }

            var requester = await EntryChanges.RequesterOfAsync(db, entry.FoiRequestId, cancellationToken);
            try
            {
                entry.Correct(correction.Content, correction.Note, requester, LogCatalogue.Instance, actor, now.UtcDateTime, null, PdfText.Pages);
                EntryChanges.InvalidateAfterCommit(afterCommit, cache);
            }
            catch (PersonalDataFoundException)
            {
                // Correct restored the entry; the outcome letter is still sent.
            }
        }
    }
}
