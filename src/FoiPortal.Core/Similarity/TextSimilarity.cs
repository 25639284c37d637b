namespace FoiPortal.Core.Similarity;

/// <summary>How alike two requests' texts are.</summary>
/// <param name="Jaccard">Shared shingles over all shingles of both (0 to 1).</param>
/// <param name="Containment">Shared shingles over the shingles of the shorter text (0 to 1): a short request inside a longer one scores high.</param>
/// <param name="Score">What the flags use: the Jaccard figure, or the containment when the shorter text is long enough for containment to mean something.</param>
/// <param name="SameYears">Both name the same years (or neither names any): false for "the same request for 2024" after one for 2023.</param>
public sealed record SimilarityScore(double Jaccard, double Containment, double Score, bool SameYears)
{
    public static SimilarityScore None { get; } = new(0, 0, 0, SameYears: false);

    /// <summary>The score as a whole percentage for the officer ("83%").</summary>
    public int Percent => (int)Math.Round(Score * 100, MidpointRounding.AwayFromZero);

    /// <summary>At or above <see cref="TextSimilarity.SimilarThreshold"/>: the same or similar information.</summary>
    public bool IsSimilar => Score >= TextSimilarity.SimilarThreshold;

    /// <summary>At or above <see cref="TextSimilarity.NearIdenticalThreshold"/>: the wording of a campaign.</summary>
    public bool IsNearIdentical => Score >= TextSimilarity.NearIdenticalThreshold;
}

/// <summary>
/// Shingled text similarity (docs/adr/021-requester-history-similarity.md). The score is a prompt for the officer, never a
/// decision: FOIA s.14(2) ("substantially similar") and Fees Regulations reg 5 ("the same or similar information") are
/// judgements the officer records.
/// </summary>
public static class TextSimilarity
{
    /// <summary>
    /// 50%: reworded versions of one request share about half or more of their 3-word shingles; requests on the same topic
    /// asking for different information share few (checked by the table tests in <c>TextSimilarityTests</c>).
    /// </summary>
    public const double SimilarThreshold = 0.5;

    /// <summary>80%: campaign requests are copied from one template with small changes (a name, a greeting).</summary>
    public const double NearIdenticalThreshold = 0.8;

    /// <summary>Texts with fewer shingles than this score by Jaccard only: "crime figures" is inside many requests without repeating them.</summary>
    public const int ContainmentMinimumShingles = 6;

    /// <summary>Fewer shared shingles than this never make a match: two short generic texts are not the same request.</summary>
    public const int MinimumSharedShingles = 2;

    public static SimilarityScore Compare(RequestText a, RequestText b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (small, large) = a.Shingles.Count <= b.Shingles.Count ? (a.Shingles, b.Shingles) : (b.Shingles, a.Shingles);
        if (small.Count == 0)
        {
            return SimilarityScore.None;
        }

        var shared = 0;
        foreach (var shingle in small)
        {
            if (large.Contains(shingle))
            {
                shared++;
            }
        }

        var sameYears = a.Years.SetEquals(b.Years);
        if (shared < MinimumSharedShingles)
        {
            return new SimilarityScore(0, 0, 0, sameYears);
        }

        var jaccard = (double)shared / (small.Count + large.Count - shared);
        var containment = (double)shared / small.Count;
        var score = small.Count >= ContainmentMinimumShingles ? Math.Max(jaccard, containment) : jaccard;
        return new SimilarityScore(jaccard, containment, score, sameYears);
    }
}
