using System.Globalization;
using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.DisclosureLog;

/// <summary>
/// Searching the public log from the query string. Anything may arrive in a shared or hand-edited URL, so every value
/// is read defensively: a filter we do not recognise is ignored with a message, a page out of range shows the nearest
/// page, and the words are reduced to plain words (<see cref="SearchTerms"/>) before they reach the index.
/// </summary>
public static class SearchLog
{
    public const string QueryField = "q";
    public const string YearField = "year";
    public const string TopicField = "topic";
    public const string OutcomeField = "outcome";
    public const string ExemptionField = "exemption";
    public const string PageField = "page";

    // Years a response could have: the Act came fully into force in 2005; anything outside is a typo.
    private const int FirstYear = 2005;
    private const int LastYear = 2100;

    public sealed record Query(string? Words, string? Year, string? Topic, string? Outcome, string? Exemption, string? Page) : IQuery<Result>;

    /// <param name="Attachments">Each attachment by what it is ("Response letter", a dataset's title), never its file name.</param>
    public sealed record Row(string Slug, string Title, string Reference, DateOnly RespondedOn, string Topic, DisclosureOutcome Outcome, IReadOnlyList<SnippetPart> Snippet, IReadOnlyList<string> Attachments);

    public sealed record Choice(string Value, string Text);

    /// <summary>The options of each filter: years that have entries, the configured topics, the outcomes, the exemptions cited in the log.</summary>
    public sealed record Choices(IReadOnlyList<Choice> Years, IReadOnlyList<Choice> Topics, IReadOnlyList<Choice> Outcomes, IReadOnlyList<Choice> Exemptions);

    public sealed record Result(
        string Words,
        SearchTerms Terms,
        SearchFilters Filters,
        IReadOnlyList<Row> Rows,
        int Total,
        int Page,
        int PageCount,
        Choices Choices,
        IReadOnlyList<FieldError> Errors)
    {
        /// <summary>Words or a filter were given: the page shows search results, not the newest entries.</summary>
        public bool IsSearch => !Terms.IsEmpty || Terms.HadInput || Filters.Any;

        /// <summary>The query string of this search at another page (only recognised values, so a link never repeats a bad one).</summary>
        public string Link(int page)
        {
            var values = new List<KeyValuePair<string, string?>>();
            if (Words.Length > 0)
            {
                values.Add(new(QueryField, Words));
            }

            if (Filters.Year is { } year)
            {
                values.Add(new(YearField, year.ToString(CultureInfo.InvariantCulture)));
            }

            if (Filters.Topic is { } topic)
            {
                values.Add(new(TopicField, EntrySlug.Words(topic)));
            }

            if (Filters.Outcome is { } outcome)
            {
                values.Add(new(OutcomeField, outcome.Slug()));
            }

            if (Filters.ExemptionKey is { } key)
            {
                values.Add(new(ExemptionField, key));
            }

            if (page > 1)
            {
                values.Add(new(PageField, page.ToString(CultureInfo.InvariantCulture)));
            }

            return "/disclosure-log" + Microsoft.AspNetCore.Http.QueryString.Create(values);
        }
    }

    public sealed class Handler(FoiDbContext db, IDisclosureLogSearch search, IOptions<DisclosureLogOptions> options, IMemoryCache memory)
        : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var errors = new List<FieldError>();
            var words = (query.Words ?? string.Empty).Trim();
            var terms = SearchTerms.Parse(words);
            if (words.Length > SearchTerms.MaxInputLength)
            {
                words = words[..SearchTerms.MaxInputLength];
                errors.Add(new(QueryField, $"Search words must be {SearchTerms.MaxInputLength} characters or fewer: we searched for the first {SearchTerms.MaxInputLength}"));
            }
            else if (terms.WasTruncated)
            {
                errors.Add(new(QueryField, $"Search for {SearchTerms.MaxWords} words or fewer: we searched for the first {SearchTerms.MaxWords}"));
            }

            var choices = await ChoicesAsync(cancellationToken);
            var filters = new SearchFilters(
                Read(query.Year, YearField, "Select a year from the list", ParseYear, errors),
                Read(query.Topic, TopicField, "Select a topic from the list", options.Value.FindTopic, errors),
                Read(query.Outcome, OutcomeField, "Select an outcome from the list", v => DisclosureOutcomes.TryParseSlug(v, out var o) ? o : (DisclosureOutcome?)null, errors),
                Read(query.Exemption, ExemptionField, "Select an exemption from the list", v => LogCatalogue.Instance.Find(v)?.Key, errors));
            // Not a number or not a page: the first page. Past the end: the last (the search clamps it).
            var page = int.TryParse(query.Page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : 1;

            // One connection for the count, the page and the rows: EF opens a SQLite connection with a dozen setup calls.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                var hits = await search.SearchAsync(terms, filters, page, cancellationToken);
                var rows = await RowsAsync(hits.EntryIds, terms, cancellationToken);
                return new Result(words, terms, filters, rows, hits.Total, hits.Page, hits.PageCount, choices, errors);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        private static T? Read<T>(string? raw, string field, string message, Func<string, T?> parse, List<FieldError> errors)
        {
            var value = raw?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                return default;
            }

            var parsed = parse(value);
            if (parsed is null)
            {
                errors.Add(new(field, message + ": we showed entries of every kind instead"));
            }

            return parsed;
        }

        private static int? ParseYear(string value) =>
            int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= FirstYear and <= LastYear ? year : null;

        private async Task<IReadOnlyList<Row>> RowsAsync(IReadOnlyList<int> ids, SearchTerms terms, CancellationToken cancellationToken)
        {
            if (ids.Count == 0)
            {
                return [];
            }

            // The excerpt is looked for in the opening of each text: enough to find a searched word, without reading long responses whole.
            // By primary key only: with the state in the WHERE clause too, SQLite prefers the (State, ...) index and
            // walks every published entry. Published only (checked here): remembered results (SearchResultCache) may
            // name an entry withdrawn since on another node.
            var found = await db.DisclosureLogEntries.AsNoTracking()
                .Where(e => ids.Contains(e.Id))
                .Select(e => new
                {
                    e.Id,
                    e.State,
                    e.Slug,
                    e.Title,
                    e.Reference,
                    e.RespondedOn,
                    e.Topic,
                    e.Outcome,
                    Request = e.RequestText.Substring(0, 3000),
                    Response = e.ResponseText.Substring(0, 6000),
                })
                .ToListAsync(cancellationToken);
            var published = found.Where(e => e.State == EntryState.Published).ToDictionary(e => e.Id);
            var attachments = (await db.Set<DisclosureAttachment>().AsNoTracking()
                    .Where(a => ids.Contains(EF.Property<int>(a, "EntryId")))
                    .Select(a => new { EntryId = EF.Property<int>(a, "EntryId"), a.FileName, a.Title })
                    .ToListAsync(cancellationToken))
                .GroupBy(a => a.EntryId)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.OrderBy(a => a.FileName, StringComparer.Ordinal).Select(a => a.Title ?? DisclosureAttachment.LabelFrom(a.FileName))]);
            return ids.Where(published.ContainsKey).Select(id => published[id]).Select(e => new Row(
                e.Slug, e.Title, e.Reference, e.RespondedOn, e.Topic, e.Outcome,
                Snippet.Make([e.Request, e.Response], terms.Words), attachments.GetValueOrDefault(e.Id, []))).ToList();
        }

        private async Task<Choices> ChoicesAsync(CancellationToken cancellationToken)
        {
            var cached = await memory.GetOrCreateAsync(DisclosureLogCache.FilterChoicesKey, async entry =>
            {
                // Evicted at once by a publication, withdrawal or correction on this node (DisclosureLogCache).
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(Math.Max(1, options.Value.CacheSeconds));
                var published = db.DisclosureLogEntries.AsNoTracking().Where(e => e.State == EntryState.Published);
                var newest = await published.OrderByDescending(e => e.RespondedOn).Select(e => (DateOnly?)e.RespondedOn).FirstOrDefaultAsync(cancellationToken);
                var oldest = await published.OrderBy(e => e.RespondedOn).Select(e => (DateOnly?)e.RespondedOn).FirstOrDefaultAsync(cancellationToken);
                var keyLists = await published.Select(e => e.ExemptionKeys).Distinct().ToListAsync(cancellationToken);
                var keys = keyLists.SelectMany(DisclosureLogEntry.KeysOf).Distinct(StringComparer.Ordinal).ToList();
                return (Newest: newest, Oldest: oldest, Keys: keys);
            });

            var years = cached.Newest is { } last && cached.Oldest is { } first
                ? Enumerable.Range(first.Year, last.Year - first.Year + 1).Reverse().Select(y => new Choice(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture))).ToList()
                : [];
            var topics = options.Value.EffectiveTopics.Select(t => new Choice(EntrySlug.Words(t), t)).ToList();
            var outcomes = DisclosureOutcomes.All.Select(o => new Choice(o.Slug(), o.Describe())).ToList();
            var exemptions = cached.Keys
                .Select(k => LogCatalogue.Instance.Find(k))
                .Where(e => e is not null)
                .OrderBy(e => e!.Regime).ThenBy(e => ProvisionOrder(e!.Provision))
                .Select(e => new Choice(e!.Key, $"{e.Key}: {e.Title}"))
                .ToList();
            return new Choices(years, topics, outcomes, exemptions);
        }

        // "12" before "23(5)" before "121": by the section number, then the rest.
        private static (int, string) ProvisionOrder(string provision)
        {
            var digits = new string(provision.TakeWhile(char.IsDigit).ToArray());
            return (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue, provision);
        }
    }
}
