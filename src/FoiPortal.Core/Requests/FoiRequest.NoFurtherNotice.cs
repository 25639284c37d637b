using System.Globalization;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Requests;

/// <summary>The earlier request a s.17(6) close relies on, as found in the database.</summary>
/// <param name="SameRequester">Made by the same person (the same email address).</param>
/// <param name="RefusedUnderSection14On">
/// The date a refusal notice relying on s.14 was given for it (its response sent with an s.14 outcome); null when none was.
/// </param>
public sealed record EarlierRefusal(int RequestId, string Reference, bool SameRequester, DateOnly? RefusedUnderSection14On);

// Issue 18: FOIA s.17(6), no further refusal notice for a vexatious or repeated request.
public sealed partial class FoiRequest
{
    public const int NoFurtherNoticeReasonMaxLength = 1_000;

    /// <summary>FOIA s.17(6): the earlier case whose s.14 refusal notice made a further one unnecessary; null otherwise.</summary>
    public string? NoFurtherNoticeEarlierReference { get; private set; }

    /// <summary>FOIA s.17(6)(c): why it would be unreasonable to expect another notice.</summary>
    public string? NoFurtherNoticeReason { get; private set; }

    /// <summary>
    /// Why the case cannot be closed without a further refusal notice; null when it can. FOIA s.17(6): the s.17(5) notice
    /// is not required where (a) the authority relies on s.14, (b) it has already given the applicant a notice relying on
    /// s.14 for a previous request, and (c) it would be unreasonable to expect another. So: every question of this request
    /// is refused under s.14 and signed off by a manager (the case is approved), and the earlier request is another of the
    /// same person's, refused under s.14 with a notice.
    /// </summary>
    public string? WhyNoFurtherNoticeNotAllowed(CaseSignOffs signOffs, EarlierRefusal? earlier, string? reason)
    {
        if (WhyThisCaseCannotCloseWithoutNotice(signOffs) is { } why)
        {
            return why;
        }

        return WhyNotTheEarlierNotice(earlier, reason);
    }

    /// <summary>The part of <see cref="WhyNoFurtherNoticeNotAllowed"/> about this case alone (s.17(6)(a): it relies on s.14, signed off).</summary>
    public string? WhyThisCaseCannotCloseWithoutNotice(CaseSignOffs signOffs)
    {
        ArgumentNullException.ThrowIfNull(signOffs);
        if (Regime == Regime.Eir)
        {
            return "Section 17(6) is part of the Freedom of Information Act: an EIR request has no section 14";
        }

        var refused = signOffs.ExemptionDecisions.Where(d => ExemptionDecisionRules.IsSection14(d.Outcome)).Select(d => d.QuestionNumber).ToHashSet();
        if (refused.Count == 0 || signOffs.ExemptionDecisions.Any(d => !ExemptionDecisionRules.IsSection14(d.Outcome))
            || _questions.Any(q => !refused.Contains(q.Number)))
        {
            return "Record a refusal under section 14 (vexatious or repeated) for every question first: section 17(6) applies only where the authority relies on section 14";
        }

        if (Status != RequestStatus.Approved || !signOffs.AllApproved)
        {
            return "A manager must sign off the section 14 refusal before the case can be closed without a further notice";
        }

        return null;
    }

    // s.17(6)(b) and (c): an earlier s.14 notice to the same person, and why another would be unreasonable.
    private string? WhyNotTheEarlierNotice(EarlierRefusal? earlier, string? reason)
    {
        if (earlier is null)
        {
            return "Enter the reference of the earlier request that was refused under section 14";
        }

        if (earlier.RequestId == Id)
        {
            return "Enter the reference of an earlier request, not this one";
        }

        if (!earlier.SameRequester)
        {
            return $"Request {earlier.Reference} was made by someone else: section 17(6) needs a notice given to this requester";
        }

        if (earlier.RefusedUnderSection14On is null)
        {
            return $"Request {earlier.Reference} was not refused under section 14 with a notice, so a refusal notice must be sent for this request";
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Say why it would be unreasonable to send another refusal notice";
        }

        return reason.Trim().Length > NoFurtherNoticeReasonMaxLength
            ? $"The reason must be {NoFurtherNoticeReasonMaxLength:N0} characters or fewer"
            : null;
    }

    /// <summary>
    /// FOIA s.17(6): closes the case as refused under s.14 without sending a further notice. The timeline names the earlier
    /// notice; the clock stops as when a response is sent; statistics count the case as refused under s.14 (its decisions).
    /// </summary>
    public void CloseWithoutFurtherNotice(string officer, DateTimeOffset at, CaseSignOffs signOffs, EarlierRefusal? earlier, string? reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officer);
        EnsureOwn(signOffs);
        if (WhyNoFurtherNoticeNotAllowed(signOffs, earlier, reason) is { } why)
        {
            throw new DomainException(why);
        }

        NoFurtherNoticeEarlierReference = earlier!.Reference;
        NoFurtherNoticeReason = reason!.Trim();
        var on = earlier.RefusedUnderSection14On!.Value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        MoveTo(RequestStatus.Responded, at, WithComment($"Closed without a further refusal notice (section 17(6)): a section 14 notice was given for {earlier.Reference} on {on}", NoFurtherNoticeReason), officer);
        _clockEvents.Add(new RequestClockEvent(ClockEventKind.ResponseSent, UkLocalDate.FromInstant(at), null, null, at.UtcDateTime, officer));
    }
}
