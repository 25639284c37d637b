using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Statute;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Admin.Exemptions;

/// <summary>The exemption catalogue, one regime at a time: legal character, sensitivity, and a link to edit each entry.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public CatalogueOverview.Model Overview { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string? regime)
    {
        if (CatalogueOverview.ParseRegime(regime) is not { } chosen)
        {
            return NotFound();
        }

        Overview = await mediator.Send(new CatalogueOverview.Query(chosen));
        return Page();
    }
}

public static class CatalogueOverview
{
    public sealed record Query(Regime Regime) : IQuery<Model>;

    public sealed record Row(int Id, ExemptionEntry Entry, CatalogueChangeRow? LastChange);

    public sealed record Model(Regime Regime, IReadOnlyList<Row> Rows);

    /// <summary>"foia" (the default), "eir" or "foisa"; null for anything else.</summary>
    public static Regime? ParseRegime(string? value) => (value ?? "foia").ToUpperInvariant() switch
    {
        "FOIA" => Regime.Foia,
        "EIR" => Regime.Eir,
        "FOISA" => Regime.Foisa,
        _ => null,
    };

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            // Read from the table, not the cache: an admin sees their edit at once.
            var entries = await db.ExemptionEntries.AsNoTracking().Where(e => e.Regime == query.Regime).ToListAsync(cancellationToken);
            var keys = entries.Select(e => e.Key).ToList();
            var changes = await db.ExemptionCatalogueChanges.AsNoTracking()
                .Where(c => keys.Contains(c.EntryKey))
                .OrderByDescending(c => c.Id)
                .Select(c => new CatalogueChangeRow(c.EntryKey, c.ChangedBy, c.ChangedAtUtc, c.Summary))
                .ToListAsync(cancellationToken);
            return new Model(
                query.Regime,
                [.. DatabaseExemptionCatalogue.InStatuteOrder(entries).Select(e => new Row(e.Id, e, changes.FirstOrDefault(c => c.EntryKey == e.Key)))]);
        }
    }
}

public sealed record CatalogueChangeRow(string EntryKey, string ChangedBy, DateTime ChangedAtUtc, string Summary);
