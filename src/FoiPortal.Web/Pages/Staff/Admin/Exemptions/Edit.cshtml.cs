using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Admin.Exemptions;

/// <summary>One catalogue entry: its legal character (read only), and the admin-editable wording and sensitive flag, with the audit trail.</summary>
public sealed class EditModel(IMediator mediator, DatabaseExemptionCatalogue catalogue) : PageModel
{
    [BindProperty]
    public EditCatalogueEntry.Command Data { get; set; } = new();

    public EditCatalogueEntry.Model Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data = new EditCatalogueEntry.Command { StandardWording = Entry.Entry.StandardWording, IsSensitive = Entry.Entry.IsSensitive };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.Id = id;
        var changed = await mediator.Send(Data);

        // After the command's transaction has committed, so no reload can cache the old catalogue again.
        catalogue.Invalidate();
        TempData["Notice"] = changed ? $"{Entry.Entry.CitationAtStart} ({RegimeTerms.ShortName(Entry.Entry.Regime)}) saved." : $"{Entry.Entry.CitationAtStart}: nothing changed.";
        return Redirect($"/staff/admin/exemptions?regime={Entry.Entry.Regime.ToString().ToLowerInvariant()}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new EditCatalogueEntry.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Entry = found;
        return null;
    }
}

public static class EditCatalogueEntry
{
    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Model(ExemptionEntry Entry, ExemptionEntry? Counterpart, IReadOnlyList<CatalogueChangeRow> Changes);

    /// <summary>Returns whether anything changed.</summary>
    [RequiresRole(StaffRoles.Admin)]
    public sealed class Command : ICommand<bool>, IStaffCommand
    {
        [BindNever]
        public int Id { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;

        public string? StandardWording { get; set; }

        public bool IsSensitive { get; set; }
    }

    public sealed class QueryHandler(FoiDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var entry = await db.ExemptionEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == query.Id, cancellationToken);
            if (entry is null)
            {
                return null;
            }

            var counterpart = entry.NcndCounterpartKey is { } key
                ? await db.ExemptionEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Key == key, cancellationToken)
                : null;
            var changes = await db.ExemptionCatalogueChanges.AsNoTracking()
                .Where(c => c.EntryKey == entry.Key)
                .OrderByDescending(c => c.Id)
                .Select(c => new CatalogueChangeRow(c.EntryKey, c.ChangedBy, c.ChangedAtUtc, c.Summary))
                .ToListAsync(cancellationToken);
            return new Model(entry, counterpart, changes);
        }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.StandardWording).Cascade(CascadeMode.Stop)
                .Must(w => !string.IsNullOrWhiteSpace(w)).WithMessage("Enter the standard wording for refusal notices")
                .Must(w => w!.Trim().Length <= ExemptionEntry.WordingMaxLength).WithMessage($"Standard wording must be {ExemptionEntry.WordingMaxLength:N0} characters or fewer")
                .Must(w => !w!.Any(ch => char.IsControl(ch) && ch is not ('\r' or '\n' or '\t'))).WithMessage("Standard wording must not include hidden or control characters");
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var entry = await db.ExemptionEntries.SingleOrDefaultAsync(e => e.Id == command.Id, cancellationToken)
                ?? throw new DomainException("This catalogue entry no longer exists.");
            var change = ExemptionCatalogueChange.Apply(entry, command.StandardWording!, command.IsSensitive, command.Actor, time.GetUtcNow().UtcDateTime);
            if (change is null)
            {
                return false;
            }

            db.ExemptionCatalogueChanges.Add(change);
            return true;
        }
    }
}
