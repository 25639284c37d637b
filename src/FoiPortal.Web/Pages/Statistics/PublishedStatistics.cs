using FoiPortal.Core.Data;
using FoiPortal.Core.Statistics;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Statistics;

/// <summary>What the public may see: published quarters only, each at its latest version, with earlier versions' notes.</summary>
public static class PublishedStatistics
{
    public sealed record ListQuery : IQuery<IReadOnlyList<Summary>>;

    public sealed record Summary(int Year, int Quarter, int Version, DateTime PublishedAtUtc);

    public sealed record QuarterQuery(int Year, int Quarter) : IQuery<QuarterModel?>;

    public sealed record Version(int Number, string? Note, DateTime PublishedAtUtc);

    public sealed record QuarterModel(int Year, int Quarter, PublishedFigures Figures, IReadOnlyList<Version> Versions);

    public sealed class ListHandler(FoiDbContext db) : IQueryHandler<ListQuery, IReadOnlyList<Summary>>
    {
        public async ValueTask<IReadOnlyList<Summary>> Handle(ListQuery query, CancellationToken cancellationToken) =>
            await db.PublishedQuarters.AsNoTracking()
                .Where(p => !db.PublishedQuarters.Any(later => later.Year == p.Year && later.Quarter == p.Quarter && later.Version > p.Version))
                .OrderByDescending(p => p.Year).ThenByDescending(p => p.Quarter)
                .Select(p => new Summary(p.Year, p.Quarter, p.Version, p.PublishedAtUtc))
                .ToListAsync(cancellationToken);
    }

    public sealed class QuarterHandler(FoiDbContext db) : IQueryHandler<QuarterQuery, QuarterModel?>
    {
        public async ValueTask<QuarterModel?> Handle(QuarterQuery query, CancellationToken cancellationToken)
        {
            var versions = await db.PublishedQuarters.AsNoTracking()
                .Where(p => p.Year == query.Year && p.Quarter == query.Quarter)
                .OrderByDescending(p => p.Version)
                .ToListAsync(cancellationToken);
            return versions.Count == 0
                ? null
                : new QuarterModel(query.Year, query.Quarter, versions[0].Figures(), [.. versions.Select(v => new Version(v.Version, v.Note, v.PublishedAtUtc))]);
        }
    }
}
