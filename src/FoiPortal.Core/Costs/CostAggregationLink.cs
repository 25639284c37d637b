using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Costs;

/// <summary>
/// Two requests aggregated for the cost limit (FOIA Fees Regulations, SI 2004/3244, reg 5): the officer records that they
/// are for the same or similar information and, where the requesters differ, why they appear to act in concert or in
/// pursuance of a campaign (reg 5(1)(b)). Stored once per pair; each case shows the link.
/// </summary>
public sealed class CostAggregationLink
{
    public const int StatementMaxLength = 2_000;

    private CostAggregationLink()
    {
        SimilarInformation = string.Empty;
        AggregatedBy = string.Empty;
    }

    public CostAggregationLink(
        int requestId,
        int otherRequestId,
        AggregationGround ground,
        string similarInformation,
        string? concertReason,
        string aggregatedBy,
        DateTime aggregatedAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aggregatedBy);
        if (requestId == otherRequestId)
        {
            throw new DomainException("A request cannot be aggregated with itself");
        }

        if (string.IsNullOrWhiteSpace(similarInformation))
        {
            // reg 5(2)(a): only requests for the same or similar information may be aggregated.
            throw new DomainException("Say why the requests are for the same or similar information");
        }

        if (ground == AggregationGround.LinkedByOfficer && string.IsNullOrWhiteSpace(concertReason))
        {
            // reg 5(1)(b): different requesters only when acting in concert or in pursuance of a campaign.
            throw new DomainException("Say why the requesters appear to be acting in concert or as part of a campaign");
        }

        RequestId = requestId;
        OtherRequestId = otherRequestId;
        Ground = ground;
        SimilarInformation = Limit(similarInformation);
        ConcertReason = string.IsNullOrWhiteSpace(concertReason) ? null : Limit(concertReason);
        AggregatedBy = aggregatedBy;
        AggregatedAtUtc = aggregatedAtUtc;
    }

    public int Id { get; private set; }

    /// <summary>The case the officer aggregated from.</summary>
    public int RequestId { get; private set; }

    public int OtherRequestId { get; private set; }

    public AggregationGround Ground { get; private set; }

    /// <summary>reg 5(2)(a): why the requests are for the same or similar information.</summary>
    public string SimilarInformation { get; private set; }

    /// <summary>reg 5(1)(b): the evidence of acting in concert or a campaign; null for the same requester.</summary>
    public string? ConcertReason { get; private set; }

    public string AggregatedBy { get; private set; }

    public DateTime AggregatedAtUtc { get; private set; }

    /// <summary>The other request of the pair, seen from <paramref name="requestId"/>.</summary>
    public int PartnerOf(int requestId) => requestId == RequestId ? OtherRequestId
        : requestId == OtherRequestId ? RequestId
        : throw new ArgumentException($"Request {requestId} is not part of this aggregation.", nameof(requestId));

    private static string Limit(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= StatementMaxLength
            ? trimmed
            : throw new DomainException($"The statement must be {StatementMaxLength:N0} characters or fewer");
    }
}
