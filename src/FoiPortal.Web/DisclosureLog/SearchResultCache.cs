using FoiPortal.Core.DisclosureLog;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.DisclosureLog;

/// <summary>
/// Recent search results (ids and counts, never HTML), so a popular or shared search does not rank the same
/// thousands of entries again for every visitor. Bounded (at most <see cref="MaxEntries"/> searches, each kept for
/// <see cref="DisclosureLogOptions.SearchCacheSeconds"/>), so a flood of distinct searches cannot fill memory;
/// emptied with the output cache when an entry is published, withdrawn or corrected.
/// </summary>
public sealed class SearchResultCache : IDisposable
{
    public const int MaxEntries = 10_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private readonly TimeSpan _lifetime;

    public SearchResultCache(IOptions<DisclosureLogOptions> options) =>
        _lifetime = TimeSpan.FromSeconds(Math.Max(0, options.Value.SearchCacheSeconds));

    public bool IsEnabled => _lifetime > TimeSpan.Zero;

    public async Task<T> GetOrAddAsync<T>(string key, Func<Task<T>> compute)
    {
        if (!IsEnabled)
        {
            return await compute();
        }

        if (_cache.TryGetValue(key, out T? found) && found is not null)
        {
            return found;
        }

        var value = await compute();
        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _lifetime });
        return value;
    }

    public void Clear() => _cache.Clear();

    public void Dispose() => _cache.Dispose();
}

/// <summary>The search for the configured database, with recent results remembered (<see cref="SearchResultCache"/>).</summary>
public sealed class CachedDisclosureLogSearch(DisclosureLogSearchBase inner, SearchResultCache cache) : IDisclosureLogSearch
{
    public Task<SearchHits> SearchAsync(SearchTerms terms, SearchFilters filters, int page, CancellationToken cancellationToken) =>
        cache.GetOrAddAsync(
            $"search|{Key(terms)}|{filters.Year}|{filters.Topic}|{filters.Outcome}|{filters.ExemptionKey}|{page}",
            () => inner.SearchAsync(terms, filters, page, cancellationToken));

    public Task<IReadOnlyList<int>> SimilarAsync(SearchTerms terms, int max, CancellationToken cancellationToken) =>
        cache.GetOrAddAsync($"similar|{Key(terms)}|{max}", () => inner.SimilarAsync(terms, max, cancellationToken));

    // Words are case-folded by the index, so "Grooming" and "grooming" share an entry.
    private static string Key(SearchTerms terms) =>
        (terms.HadInput ? "1" : "0") + string.Join(' ', terms.Words.Select(w => w.ToLowerInvariant()));
}
