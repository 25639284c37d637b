using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using FoiPortal.Core.Statistics;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Statistics;

/// <summary>
/// A manager publishes a quarter's figures (s.45 Code para 8.5): a snapshot of every regime's figures, without staff
/// names. Publishing a quarter again is a correction: a new version, which needs a note saying what changed.
/// </summary>
public static class PublishQuarter
{
    [RequiresRole(StaffRoles.Manager)]
    public sealed class Command : ICommand<int>, IStaffCommand
    {
        public int? Year { get; set; }

        public int? Quarter { get; set; }

        public string? Note { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Year).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Enter the year")
                .InclusiveBetween(2000, 2100).WithMessage("Enter a year between 2000 and 2100");
            RuleFor(c => c.Quarter).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Select a quarter")
                .InclusiveBetween(1, 4).WithMessage("Select a quarter");
            RuleFor(c => c.Note).MaximumLength(PublishedQuarter.NoteMaxLength)
                .WithMessage($"The note must be {PublishedQuarter.NoteMaxLength} characters or fewer");
        }
    }

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var (year, quarter) = (command.Year!.Value, command.Quarter!.Value);
            var now = time.GetUtcNow();
            var today = UkLocalDate.FromInstant(now);
            var latest = await db.PublishedQuarters.Where(p => p.Year == year && p.Quarter == quarter)
                .MaxAsync(p => (int?)p.Version, cancellationToken);
            if (PublishedQuarter.WhyNotPublishable(year, quarter, today, latest, command.Note) is { } why)
            {
                throw new DomainException(why);
            }

            var period = StatisticsPeriod.Quarter(year, quarter);
            var sets = new List<StatisticsFigures>();
            foreach (var regime in PublishedFigures.Regimes)
            {
                sets.Add(await StatisticsQuery.FiguresAsync(db, calendars, period, regime, today, cancellationToken));
            }

            var published = PublishedQuarter.Publish(year, quarter, latest, command.Note, PublishedFigures.Of(sets), command.Actor, now);
            db.PublishedQuarters.Add(published);
            return published.Version;
        }
    }
}

/// <summary>The publish page: quarters already published, every version with its note.</summary>
public static class Publications
{
    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    public sealed record Item(int Year, int Quarter, int Version, string? Note, string PublishedBy, DateTime PublishedAtUtc);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken) =>
            await db.PublishedQuarters.AsNoTracking()
                .OrderByDescending(p => p.Year).ThenByDescending(p => p.Quarter).ThenByDescending(p => p.Version)
                .Select(p => new Item(p.Year, p.Quarter, p.Version, p.Note, p.PublishedBy, p.PublishedAtUtc))
                .ToListAsync(cancellationToken);
    }
}
