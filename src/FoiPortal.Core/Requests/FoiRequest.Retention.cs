using System.Globalization;
using FoiPortal.Core.Retention;

namespace FoiPortal.Core.Requests;

/// <summary>Legal hold and the purge of the requester's personal data (UK GDPR Art 5(1)(e), Art 17; docs/adr/018).</summary>
public sealed partial class FoiRequest
{
    public const int HoldReasonMaxLength = 500;

    /// <summary>Why the case must be kept whatever the schedule says (litigation, an inquiry, training), or null.</summary>
    public string? LegalHoldReason { get; private set; }

    public string? LegalHoldBy { get; private set; }

    public DateTime? LegalHoldSinceUtc { get; private set; }

    /// <summary>When the requester's personal data was removed (by the schedule or an erasure request), or null.</summary>
    public DateTime? PersonalDataRemovedAtUtc { get; private set; }

    public bool OnLegalHold => LegalHoldReason is not null;

    public bool PersonalDataRemoved => PersonalDataRemovedAtUtc is not null;

    /// <summary>A manager places a legal hold: the case is then never purged or erased until the hold is lifted.</summary>
    public void PlaceLegalHold(string manager, string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(manager);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Enter the reason for the legal hold");
        }

        if (OnLegalHold)
        {
            throw new DomainException("This case is already on legal hold.");
        }

        if (PersonalDataRemoved)
        {
            throw new DomainException("The requester's personal data has already been removed from this case: there is nothing left to hold.");
        }

        var text = reason.Trim();
        LegalHoldReason = text.Length <= HoldReasonMaxLength ? text : text[..HoldReasonMaxLength];
        LegalHoldBy = manager;
        LegalHoldSinceUtc = at.UtcDateTime;
        RecordCaseWork("LegalHold", $"Legal hold placed: {LegalHoldReason}", manager, at);
    }

    public void LiftLegalHold(string manager, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(manager);
        if (!OnLegalHold)
        {
            throw new DomainException("This case is not on legal hold.");
        }

        LegalHoldReason = null;
        LegalHoldBy = null;
        LegalHoldSinceUtc = null;
        RecordCaseWork("LegalHoldLifted", "Legal hold lifted", manager, at);
    }

    /// <summary>The facts the retention schedule decides on, for a case loaded with its timeline.</summary>
    public CaseRetentionFacts RetentionFacts(bool regulatorInvolved) =>
        new(ReceivedOn, _events.Count == 0 ? null : _events.Max(e => e.AtUtc), regulatorInvolved, IsOpen, OnLegalHold, PersonalDataRemoved);

    /// <summary>Why the requester's personal data cannot be removed now, or null when it can.</summary>
    public string? WhyPersonalDataCannotBeRemoved()
    {
        if (IsOpen)
        {
            return $"{Reference} is still open ({Status.Describe().ToLowerInvariant()}): close the case before removing the requester's personal data";
        }

        if (OnLegalHold)
        {
            return $"{Reference} is on legal hold ({LegalHoldReason}): a manager must lift the hold first";
        }

        return null;
    }

    /// <summary>
    /// Replaces the requester's name, email, address and own reference with nothing and retires the tracking link; keeps
    /// the reference, dates, regime, status, questions and the timeline, so the statistics for past years do not change.
    /// Idempotent: returns false (and changes nothing) when the data is already gone. <paramref name="why"/> goes on the
    /// timeline and must not contain the removed data.
    /// </summary>
    public bool RemovePersonalData(string actor, string why, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(why);
        if (PersonalDataRemoved)
        {
            return false;
        }

        if (WhyPersonalDataCannotBeRemoved() is { } refusal)
        {
            throw new DomainException(refusal);
        }

        Requester = Requester.Removed;
        // The link showed the requester's correspondence: it stops working (a new random hash nobody holds).
        TrackingTokenHash = TrackingToken.Create().Hash;
        PersonalDataRemovedAtUtc = at.UtcDateTime;
        RecordCaseWork("PersonalDataRemoved", string.Create(CultureInfo.InvariantCulture, $"Requester's personal data removed: {why}"), actor, at);
        return true;
    }
}
