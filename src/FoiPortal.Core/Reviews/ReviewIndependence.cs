using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Reviews;

/// <summary>
/// Who took part in the original decision and so may not review it (s.45 Code of Practice (2018) para 5.8: the review
/// should be carried out by someone who did not make the original decision): the staff who handled the case (its
/// assigned officer, whoever made its decisions or did its work up to the response) and the managers who signed its
/// decisions off. User names compare without regard to case.
/// </summary>
public sealed class ReviewIndependence
{
    // Timeline kinds that record a manager's sign-off rather than case work (FoiRequest.RecordApproval, ReturnToOfficer).
    private static readonly HashSet<string> SignOffKinds = new(StringComparer.Ordinal) { "Approved", "PartApproved", "Returned" };

    private readonly HashSet<string> _handledBy;
    private readonly HashSet<string> _signedOffBy;

    public ReviewIndependence(IEnumerable<string?> handledBy, IEnumerable<string?> signedOffBy)
    {
        ArgumentNullException.ThrowIfNull(handledBy);
        ArgumentNullException.ThrowIfNull(signedOffBy);
        _handledBy = new HashSet<string>(handledBy.OfType<string>().Where(n => n.Length > 0), StringComparer.OrdinalIgnoreCase);
        _signedOffBy = new HashSet<string>(signedOffBy.OfType<string>().Where(n => n.Length > 0), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// From the case: its assigned officer, everyone on its timeline up to the response being sent (sign-off events count
    /// as signing off, the rest as handling), and its decisions' makers and sign-off managers.
    /// </summary>
    public static ReviewIndependence For(FoiRequest request, IEnumerable<ISignedOffDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(decisions);
        var events = request.Events.ToList();
        var respondedAt = events.FindLastIndex(e => e.Kind == nameof(RequestStatus.Responded));
        var original = respondedAt < 0 ? events : events.Take(respondedAt + 1).ToList();
        var decisionList = decisions.ToList();
        return new ReviewIndependence(
            original.Where(e => !SignOffKinds.Contains(e.Kind)).Select(e => e.Actor)
                .Append(request.AssignedOfficer)
                .Concat(decisionList.Select(d => d.DecidedBy)),
            original.Where(e => SignOffKinds.Contains(e.Kind)).Select(e => e.Actor)
                .Concat(decisionList.Select(d => d.SignOff.ReviewedBy)));
    }

    public IReadOnlyCollection<string> HandledBy => _handledBy;

    public IReadOnlyCollection<string> SignedOffBy => _signedOffBy;

    public bool IsInvolved(string userName) => _handledBy.Contains(userName) || _signedOffBy.Contains(userName);

    /// <summary>Why <paramref name="userName"/> cannot review this case, as a GOV.UK sentence; null when they can.</summary>
    public string? WhyNotReviewer(string userName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        if (_handledBy.Contains(userName))
        {
            return $"{userName} cannot review this case because they handled the original request. The reviewer must be someone who took no part in the original decision (section 45 Code of Practice, paragraph 5.8).";
        }

        return _signedOffBy.Contains(userName)
            ? $"{userName} cannot review this case because they signed off its original decisions. The reviewer must be someone who took no part in the original decision (section 45 Code of Practice, paragraph 5.8)."
            : null;
    }

    /// <summary>Why <paramref name="userName"/> cannot sign off the review's new decisions: they took part in the original decision (Code para 5.8).</summary>
    public string? WhyNotSignOff(string userName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        var part = _handledBy.Contains(userName) ? "handled the original request" : _signedOffBy.Contains(userName) ? "signed off its original decisions" : null;
        return part is null
            ? null
            : $"{userName} cannot sign off the review's decisions because they {part}. Sign-off on review must come from someone who took no part in the original decision (section 45 Code of Practice, paragraph 5.8).";
    }
}
