using FoiPortal.Core.Calendar;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FoiPortal.Web.Tests;

/// <summary>The calendar cache: one database read per lifetime, dropped at once by Invalidate, reloaded after expiry.</summary>
public sealed class DatabaseCalendarSourceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task CachedCalendar_IgnoresNewRowsUntilInvalidated()
    {
        var time = new ManualTime();
        using var source = NewSource(time);
        var day = new DateOnly(2031, 3, 12); // a Wednesday, no bank holiday anywhere in the UK
        var before = await source.ForRegimeAsync(Regime.Foia, CancellationToken.None);
        await AddAsync(day, CalendarScope.AllUk);

        var cached = await source.ForRegimeAsync(Regime.Foia, CancellationToken.None);
        source.Invalidate();
        var reloaded = await source.ForRegimeAsync(Regime.Foia, CancellationToken.None);

        Assert.Same(before, cached);
        Assert.True(cached.IsWorkingDay(day));
        Assert.NotSame(before, reloaded);
        Assert.False(reloaded.IsWorkingDay(day));
        Assert.Equal("Extra day for a cache test", reloaded.WhyNotWorking(day)!.Reason);
    }

    [Fact]
    public async Task CachedCalendar_ReloadsAfterItsLifetime()
    {
        var time = new ManualTime();
        using var source = NewSource(time);
        var day = new DateOnly(2032, 3, 10); // a Wednesday
        await source.ForRegimeAsync(Regime.Foisa, CancellationToken.None);
        await AddAsync(day, CalendarScope.Scotland);

        time.Advance(TimeSpan.FromSeconds(59));
        var stillCached = await source.ForRegimeAsync(Regime.Foisa, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(2));
        var expired = await source.ForRegimeAsync(Regime.Foisa, CancellationToken.None);

        Assert.True(stillCached.IsWorkingDay(day));
        Assert.False(expired.IsWorkingDay(day));
    }

    [Fact]
    public async Task Regimes_GetTheirOwnCalendars()
    {
        using var source = NewSource(new ManualTime());
        var day = new DateOnly(2033, 3, 9); // a Wednesday
        await AddAsync(day, CalendarScope.EnglandAndWales);

        var foia = await source.ForRegimeAsync(Regime.Foia, CancellationToken.None);
        var eir = await source.ForRegimeAsync(Regime.Eir, CancellationToken.None);
        var foisa = await source.ForRegimeAsync(Regime.Foisa, CancellationToken.None);

        // FOIA s.10(6) counts a holiday in any part of the UK; FOISA s.73 only Scotland's.
        Assert.Same(foia, eir);
        Assert.False(foia.IsWorkingDay(day));
        Assert.True(foisa.IsWorkingDay(day));
        Assert.Equal(CalendarScope.Scotland, foisa.Scope);
    }

    [Fact]
    public void App_UsesTheDatabaseSourceForICalendarSource()
    {
        var source = factory.Services.GetRequiredService<ICalendarSource>();

        Assert.Same(factory.Services.GetRequiredService<DatabaseCalendarSource>(), source);
    }

    private DatabaseCalendarSource NewSource(TimeProvider time) =>
        new(factory.Services.GetRequiredService<IServiceScopeFactory>(), time);

    private Task<int> AddAsync(DateOnly day, CalendarScope scope) => factory.WithDbAsync(db =>
    {
        db.CalendarAdjustments.Add(new CalendarAdjustmentRecord(day, AdjustmentKind.ExtraNonWorkingDay, scope, "Extra day for a cache test", "Royal Proclamation for a cache test", "test", DateTime.UtcNow));
        return db.SaveChangesAsync();
    });

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
