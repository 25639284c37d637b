using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;

namespace FoiPortal.Web.DisclosureLog;

/// <summary>Forgets cached public log pages (and data derived from the log) after a publication, withdrawal or correction.</summary>
public interface IDisclosureLogCache
{
    Task InvalidateAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// The output cache of the public log's pages, under one tag, plus the log's filter choices kept in memory. Evicting
/// works on this node only: other nodes serve their copies until <see cref="DisclosureLogOptions.CacheSeconds"/> pass.
/// </summary>
public sealed class DisclosureLogCache(IOutputCacheStore store, IMemoryCache memory, SearchResultCache searches) : IDisclosureLogCache
{
    /// <summary>Every cached page of the public log carries this tag.</summary>
    public const string Tag = "disclosure-log";

    /// <summary>Output cache policy of the entry pages and the feed.</summary>
    public const string EntryPolicy = "DisclosureLogEntry";

    /// <summary>
    /// Output cache policy of the log's list and search results (issue 18): every page of results is cached, one copy
    /// per combination of the log's own query keys (words, year, topic, outcome, exemption, page), so a popular search
    /// costs what a cached entry page costs. Other keys in the address change nothing on the page and are not varied by.
    /// The store is bounded (the output cache's size limit, 100 MB by default), so odd searches push out old ones.
    /// </summary>
    public const string SearchPolicy = "DisclosureLogSearch";

    /// <summary>The query keys the log's list page reads (Pages/DisclosureLog/SearchLog).</summary>
    public static readonly string[] SearchKeys =
    [
        Pages.DisclosureLog.SearchLog.QueryField, Pages.DisclosureLog.SearchLog.YearField, Pages.DisclosureLog.SearchLog.TopicField,
        Pages.DisclosureLog.SearchLog.OutcomeField, Pages.DisclosureLog.SearchLog.ExemptionField, Pages.DisclosureLog.SearchLog.PageField,
    ];

    /// <summary>ViewData flag: the page may be served from the output cache, so the layout must not depend on this request's CSP nonce.</summary>
    public const string OutputCachedViewDataKey = "OutputCached";

    internal const string FilterChoicesKey = "disclosure-log:filter-choices";

    public async Task InvalidateAsync(CancellationToken cancellationToken = default)
    {
        memory.Remove(FilterChoicesKey);
        searches.Clear();
        await store.EvictByTagAsync(Tag, cancellationToken);
    }

    /// <summary>Registers the two policies; both are the default policy (anonymous GET/HEAD, 200, no cookies set) plus the tag.</summary>
    public static void AddPolicies(OutputCacheOptions options, TimeSpan expiry)
    {
        options.AddPolicy(EntryPolicy, b => b.Tag(Tag).Expire(expiry));
        options.AddPolicy(SearchPolicy, b => b.Tag(Tag).Expire(expiry).SetVaryByQuery(SearchKeys));
    }
}
