using BenchmarkDotNet.Attributes;
using FoiPortal.Core.Similarity;

namespace FoiPortal.Bench;

/// <summary>
/// Issue 18: the case page compares a request with the candidates the database narrowed (up to 200 from the same
/// requester, up to 500 for a campaign). Target: 500 comparisons in a few milliseconds, so the history panel costs
/// the page little.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SimilarityBenchmarks
{
    private RequestText _current = null!;
    private List<RequestText> _candidates = null!;

    [GlobalSetup]
    public void Setup()
    {
        _current = RequestText.From("Stop and search", ["How many stop and search encounters took place in Bradford in 2023, broken down by ethnicity of the person searched and the outcome?"]);
        _candidates = [.. Enumerable.Range(0, 500).Select(i => RequestText.From(
            $"Subject {i}",
            [$"How many incidents of type {i} were recorded at station {i % 37} in {2000 + (i % 25)}, broken down by month and by the officer's rank?", $"What did the work at site {i} cost?"]))];
    }

    [Benchmark]
    public int Compare500Candidates() => _candidates.Count(c => TextSimilarity.Compare(_current, c).IsSimilar);

    [Benchmark]
    public int ShingleAndCompare500Candidates() =>
        // The page builds each candidate's text from its questions too.
        Enumerable.Range(0, 500).Count(i => TextSimilarity.Compare(_current, RequestText.From(
            $"Subject {i}",
            [$"How many incidents of type {i} were recorded at station {i % 37} in {2000 + (i % 25)}, broken down by month and by the officer's rank?"])).IsSimilar);
}
