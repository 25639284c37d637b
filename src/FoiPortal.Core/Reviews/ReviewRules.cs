using System.Globalization;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Reviews;

/// <summary>The internal review's "why nots", as GOV.UK sentences; each returns null when the thing may be done.</summary>
public static class ReviewRules
{
    /// <summary>
    /// Why a review received on <paramref name="receivedOn"/> cannot be accepted. The requester has 40 working days from
    /// the response (<see cref="ReviewWindow"/>: s.45 Code para 5.3, EIR reg 11(2), FOISA s.20(5)); after that only a
    /// member of staff (<paramref name="loggedBy"/>) may accept it, and must say why.
    /// </summary>
    public static string? WhyNotAsk(
        RequestStatus status,
        DateOnly? respondedOn,
        DateOnly receivedOn,
        DateOnly today,
        WorkingDayCalendar calendar,
        string? loggedBy,
        string? acceptedLateReason)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (respondedOn is not { } sent || status is not (RequestStatus.Responded or RequestStatus.InternalReview or RequestStatus.Reviewed))
        {
            return "An internal review can be asked for only once the response has been sent.";
        }

        if (receivedOn > today)
        {
            return "The date the review request was received must be today or in the past.";
        }

        if (receivedOn < sent)
        {
            return $"The date the review request was received must be on or after the day the response was sent ({Format(sent)}).";
        }

        var closesOn = ReviewWindow.ClosesOn(sent, calendar);
        if (receivedOn <= closesOn)
        {
            return null;
        }

        if (loggedBy is null)
        {
            return $"The time to ask for an internal review closed on {Format(closesOn)}, {Responses.ResponseWording.ReviewWithinWorkingDays} working days after our response.";
        }

        return string.IsNullOrWhiteSpace(acceptedLateReason)
            ? $"Enter why you are accepting a review asked for after the window closed on {Format(closesOn)}."
            : null;
    }

    /// <summary>Why <paramref name="userName"/> cannot record findings on <paramref name="review"/>: it is not open, not theirs, or they took part in the original decision.</summary>
    public static string? WhyNotRecord(InternalReview review, string userName, ReviewIndependence independence)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(independence);
        if (!review.IsOpen)
        {
            return review.Status == ReviewStatus.Linked
                ? "This request for review is linked to an earlier one: record the outcome on that review."
                : "This review has been closed: its outcome letter was sent.";
        }

        // Checked before the assignment, so someone involved is told the real reason even if assigned before a rule change.
        if (independence.WhyNotReviewer(userName) is { } why)
        {
            return why;
        }

        if (review.Reviewer is null)
        {
            return "Assign a reviewer before recording the outcome.";
        }

        return string.Equals(review.Reviewer, userName, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Only the reviewer, {review.Reviewer}, can record the outcome of this review.";
    }

    /// <summary>Why the outcome letter cannot be sent: every question needs a finding with reasons (the review's pre-send check).</summary>
    public static string? WhyNotSend(InternalReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (review.Status == ReviewStatus.Closed)
        {
            return "The outcome of this review has already been sent.";
        }

        if (review.Status == ReviewStatus.Linked)
        {
            return "This request for review is linked to an earlier one: send the outcome of that review.";
        }

        var missing = review.Questions.Where(q => q.Finding is null).Select(q => q.Number).ToList();
        // The same placeholder rule as response letters (ResponsePlaceholders): nothing "[Answer to question 1]" goes out.
        var placeholder = review.Questions.FirstOrDefault(q => Responses.ResponsePlaceholders.Find(q.Reasons).Count > 0 || Responses.ResponsePlaceholders.Find(q.Released).Count > 0);
        if (missing.Count == 0 && (placeholder is not null || Responses.ResponsePlaceholders.Find(review.Summary).Count > 0))
        {
            return placeholder is null
                ? "Replace the placeholder in the summary of findings with the real text."
                : $"Replace the placeholder in the finding for question {placeholder.Number} with the real text.";
        }

        return missing.Count switch
        {
            0 => null,
            1 => $"Record a finding for question {missing[0]}.",
            _ => $"Record a finding for questions {string.Join(", ", missing[..^1])} and {missing[^1]}.",
        };
    }

    /// <summary>
    /// The whole pre-send check: <see cref="WhyNotSend(InternalReview)"/>, then the review's new decisions
    /// (<see cref="ReviewDecisions.Problems"/>: each refusal not upheld has its new decision, signed off where needed).
    /// </summary>
    public static string? WhyNotSend(ReviewDecisions decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var problems = decisions.Problems;
        return WhyNotSend(decisions.Review) ?? (problems.Count > 0 ? problems[0] : null);
    }

    private static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
