using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FoiPortal.Web.Tests;

public sealed class HousekeepingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task DraftPurger_DeletesDraftsOlderThanADayAndKeepsNewerOnes()
    {
        var old = Guid.NewGuid();
        var fresh = Guid.NewGuid();
        await factory.WithDbAsync(async db =>
        {
            db.RequestDrafts.Add(new RequestDraft(old, DateTime.UtcNow.AddHours(-25)));
            db.RequestDrafts.Add(new RequestDraft(fresh, DateTime.UtcNow.AddHours(-23)));
            return await db.SaveChangesAsync();
        });

        await factory.Services.GetRequiredService<DraftPurger>().PurgeAsync(CancellationToken.None);

        Assert.False(await factory.WithDbAsync(db => db.RequestDrafts.AnyAsync(d => d.Id == old)));
        Assert.True(await factory.WithDbAsync(db => db.RequestDrafts.AnyAsync(d => d.Id == fresh)));
    }
}
