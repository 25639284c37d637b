using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;
using FoiPortal.Documents;
using FoiPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary>
/// The review outcome letter, as one <see cref="LetterDocument"/> rendered to HTML (preview, tracking page) and PDF
/// (sent): the findings per question, any newly released information, and the right to complain to the regulator
/// (<see cref="ReviewOutcomeWording"/>).
/// </summary>
public static class ReviewLetter
{
    /// <summary>What the letter needs, read from the review and its request.</summary>
    public sealed record Facts(
        string Reference,
        string Title,
        Regime Regime,
        string RequesterName,
        string? PostalAddress,
        DateOnly ReceivedOn,
        DateOnly? RespondedOn,
        string Grounds,
        string? Summary,
        string? ReviewerName,
        IReadOnlyList<QuestionFacts> Questions,
        RefusalNotice? NewDecisionsNotice = null);

    /// <param name="NewDecision">The review's new decision on the question in the catalogue's wording ("partly disclosed: section 24(1)"), if any.</param>
    /// <param name="Released">The information released by that decision (only a decision that discloses releases anything).</param>
    public sealed record QuestionFacts(int Number, string Text, ReviewFinding? Finding, string? Reasons, string? Released, string? NewDecision = null);

    public static async Task<Facts?> LoadAsync(FoiDbContext db, int reviewId, ExemptionCatalogue catalogue, AuthorityOptions authority, CancellationToken cancellationToken)
    {
        var review = await db.InternalReviews.AsNoTracking().SingleOrDefaultAsync(v => v.Id == reviewId, cancellationToken);
        if (review is null)
        {
            return null;
        }

        var request = await db.Requests.AsNoTracking().Where(r => r.Id == review.FoiRequestId)
            .Select(r => new
            {
                r.Reference,
                r.Title,
                r.Requester.Name,
                r.Requester.PostalAddress,
                Questions = r.Questions.OrderBy(q => q.Number).Select(q => new { q.Number, q.Text }).ToList(),
                RespondedOn = r.ClockEvents.Where(e => e.Kind == ClockEventKind.ResponseSent).Select(e => (DateOnly?)e.On).Max(),
            })
            .AsSplitQuery().SingleAsync(cancellationToken);
        var decisions = await ReviewDecisionStore.LoadAsync(db, review, cancellationToken, tracked: false);
        // FOIA s.17(1), EIR reg 14, FOISA s.16: a new decision that withholds (or neither confirms nor denies) is a
        // refusal in its own right, so the letter states the provisions and the reasons, as the first response did.
        var (notice, _) = Cases.Exemptions.ExemptionDecisions.Compose(decisions.Decisions, catalogue, review.Regime, authority);
        var reviewer = review.Reviewer is null ? null : (await Cases.CaseWorkers.NamesAsync(db, [review.Reviewer], cancellationToken))[review.Reviewer].Shown;
        return new Facts(
            request.Reference, request.Title, review.Regime, request.Name, request.PostalAddress, review.ReceivedOn, request.RespondedOn,
            review.Grounds, review.Summary, reviewer,
            request.Questions.Select(q =>
            {
                var finding = review.Questions.FirstOrDefault(x => x.Number == q.Number);
                var decision = decisions.For(q.Number);
                return new QuestionFacts(
                    q.Number, q.Text, finding?.Finding, finding?.Reasons,
                    decision is not null && ReviewDecisions.Releases(decision.Outcome) ? finding?.Released : null,
                    decision is null ? null : Describe(decision, catalogue));
            }).ToList(),
            notice);
    }

    public static LetterDocument Compose(Facts facts, AuthorityOptions authority, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(authority);
        var name = ReviewOutcomeWording.ReviewName(facts.Regime);
        var recipient = new List<string> { facts.RequesterName };
        if (!string.IsNullOrWhiteSpace(facts.PostalAddress))
        {
            recipient.AddRange(facts.PostalAddress.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        var blocks = new List<Block>
        {
            new LetterHead([authority.Name, .. authority.Address], recipient),
            new AddressBlock([$"Date: {UkDates.Full(date)}", $"Our reference: {facts.Reference}"]),
            new Heading(1, $"Outcome of the {name} of request {facts.Reference}: {facts.Title}"),
            new Paragraph($"Dear {facts.RequesterName},"),
            new Paragraph(facts.RespondedOn is { } responded
                ? $"On {UkDates.Full(facts.ReceivedOn)} you asked us to review our response of {UkDates.Full(responded)}. Someone who took no part in the original decision has reviewed it. This letter sets out what they found."
                : $"On {UkDates.Full(facts.ReceivedOn)} you asked us to review our response. Someone who took no part in the original decision has reviewed it. This letter sets out what they found."),
            new Heading(2, "What you were unhappy with"),
            new Paragraph(facts.Grounds),
            new Heading(2, ReviewOutcomeWording.FindingsHeading),
        };
        if (!string.IsNullOrWhiteSpace(facts.Summary))
        {
            blocks.Add(new Paragraph(facts.Summary));
        }

        foreach (var q in facts.Questions)
        {
            blocks.Add(new Heading(3, $"Question {q.Number}: {(q.Finding is { } f ? f.Describe() : "No finding recorded")}"));
            if (!string.IsNullOrWhiteSpace(q.Reasons))
            {
                blocks.Add(new Paragraph(q.Reasons));
            }

            if (q.NewDecision is { } decision)
            {
                blocks.Add(new Paragraph($"Our new decision on this question: {decision}."));
            }
        }

        if (facts.NewDecisionsNotice is { } notice)
        {
            var paragraphs = NewDecisionParagraphs(notice).ToList();
            if (paragraphs.Count > 0)
            {
                blocks.Add(new Heading(2, NewDecisionsHeading));
                blocks.AddRange(paragraphs.Select(p => new Paragraph(p)));
            }
        }

        var released = facts.Questions.Where(q => !string.IsNullOrWhiteSpace(q.Released)).ToList();
        if (released.Count > 0)
        {
            blocks.Add(new Heading(2, ReviewOutcomeWording.ReleasedHeading));
            foreach (var q in released)
            {
                blocks.Add(new Heading(3, $"Question {q.Number}"));
                blocks.AddRange(SimpleMarkdown.Parse(q.Released!));
            }
        }

        blocks.Add(new Heading(2, ReviewOutcomeWording.ComplaintHeading));
        blocks.AddRange(ReviewOutcomeWording.Complaint(facts.Regime).Select(p => new Paragraph(p)));
        var signature = new List<string> { "Yours sincerely,", string.Empty };
        if (!string.IsNullOrWhiteSpace(facts.ReviewerName))
        {
            signature.Add(facts.ReviewerName);
        }

        signature.Add("Freedom of Information team");
        signature.Add(authority.Name);
        signature.Add(authority.FoiEmail);
        blocks.Add(new AddressBlock(signature));
        return new LetterDocument($"Outcome of the {name} of FOI request {facts.Reference}", facts.Reference, blocks, Author: authority.Name);
    }

    public const string NewDecisionsHeading = "Our new decision and the reasons for it";

    /// <summary>
    /// "partly disclosed: section 24(1)(a)", "neither confirm nor deny: section 23(5) or, in the alternative, section
    /// 24(2)": the outcome and the provisions as the catalogue and the letters cite them, never the catalogue's key.
    /// </summary>
    private static string Describe(ExemptionDecision decision, ExemptionCatalogue catalogue)
    {
        var summary = Cases.Exemptions.ExemptionDecisions.Summary(decision, catalogue);
        return char.ToLowerInvariant(summary[0]) + summary[1..];
    }

    /// <summary>The notice's decision and reasons paragraphs; the review letter states the complaint right itself.</summary>
    private static IEnumerable<string> NewDecisionParagraphs(RefusalNotice notice) =>
        notice.Sections.Where(s => s.Heading is RefusalNoticeWording.ResponseHeading or RefusalNoticeWording.ReasonsHeading)
            .SelectMany(s => s.Paragraphs)
            .Where(p => !p.IsPlaceholder && p.Kind is not (NoticeParagraphKind.InternalReview or NoticeParagraphKind.Complaint))
            .Select(p => p.Text);

    public static string FileName(string reference) => $"{string.Concat(reference.Select(c => char.IsLetterOrDigit(c) ? c : '-'))}-review-outcome.pdf";
}
