using System.Globalization;
using FoiPortal.Core.DisclosureLog;

namespace FoiPortal.Core.Reviews;

/// <summary>
/// What a closed internal review changes in the case's published disclosure-log entry (issue 14): when the review
/// released information (a question overturned or partly upheld with released text), the entry gets a new version whose
/// response adds that information under "Information released on internal review", with a note for its "Updated on"
/// history. Nothing is released (every question upheld, or no released text): no correction.
/// </summary>
public static class ReviewDisclosureCorrection
{
    public sealed record Correction(EntryContent Content, string Note);

    /// <summary>The corrected content and its note, or null when the review released nothing.</summary>
    public static Correction? For(EntryContent current, InternalReview review, string reference)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(review);
        if (review.Status != ReviewStatus.Closed || review.RespondedOn is not { } on)
        {
            return null;
        }

        var released = review.Questions
            .Where(q => q.Finding is ReviewFinding.Overturned or ReviewFinding.PartlyUpheld && !string.IsNullOrWhiteSpace(q.Released))
            .OrderBy(q => q.Number)
            .ToList();
        if (released.Count == 0)
        {
            return null;
        }

        var date = on.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        var section = $"Information released on internal review ({date}):\n\n"
            + string.Join("\n\n", released.Select(q => $"Question {q.Number}: {q.Released!.Trim()}"));
        var numbers = string.Join(", ", released.Select(q => q.Number.ToString(CultureInfo.InvariantCulture)));
        var note = $"Updated after the internal review of {reference}, whose outcome was sent on {date}: information released on "
            + (released.Count == 1 ? $"question {numbers}." : $"questions {numbers}.");
        var response = string.IsNullOrWhiteSpace(current.ResponseText) ? section : current.ResponseText.TrimEnd() + "\n\n" + section;
        return new Correction(current with { ResponseText = response }, note);
    }

    /// <summary>An entry's current content, the starting point of a correction.</summary>
    public static EntryContent ContentOf(DisclosureLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new EntryContent(entry.Title, entry.Reference, entry.RespondedOn, entry.Regime, entry.Topic, entry.Outcome, entry.ExemptionsCited,
            entry.RequestText, entry.ResponseText, entry.ReasonText);
    }
}
