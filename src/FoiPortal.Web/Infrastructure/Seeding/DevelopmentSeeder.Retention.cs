using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure.Seeding;

/// <summary>
/// Issue 19: the demo case 62A/23 is on legal hold, so the retention schedule never purges it and the demo stays whole
/// (its last action was in 2023: three years on, it would otherwise be due).
/// </summary>
public sealed partial class DevelopmentSeeder
{
    public const string GroomingHoldReason = "Kept as the training example";

    private async Task SeedRetentionHoldAsync()
    {
        var request = await db.Requests.Include(r => r.Events).SingleOrDefaultAsync(r => r.Reference == GroomingReference);
        if (request is null || request.OnLegalHold || request.PersonalDataRemoved)
        {
            return;
        }

        request.PlaceLegalHold(DemoStaff[1].Email, GroomingHoldReason, time.GetUtcNow());
        await db.SaveChangesAsync();
        logger.LogInformation("Seeded the legal hold of {Reference}", GroomingReference);
    }
}
