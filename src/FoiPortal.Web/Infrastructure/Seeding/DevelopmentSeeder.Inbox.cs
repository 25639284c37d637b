using FoiPortal.Web.Infrastructure.Mail;

namespace FoiPortal.Web.Infrastructure.Seeding;

/// <summary>
/// The demo triage inbox (issue 16): a new request with numbered questions, a WhatDoTheyKnow request, an out-of-office
/// reply, a spam and a file that is not an email, imported through the real importer from the embedded <c>.mime</c> (RFC 5322)
/// files in <c>DemoInbox/</c>. They arrived over the last two days. Exactly once: the importer's key makes a second
/// start a no-op. None names a reference, so none files itself to a case (the 62A/23 demo case is untouched).
/// </summary>
public sealed partial class DevelopmentSeeder
{
    private const string DemoInboxPrefix = "FoiPortal.Web.Infrastructure.Seeding.DemoInbox.";

    public async Task SeedInboxAsync(IntakeImporter importer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(importer);
        var assembly = typeof(DevelopmentSeeder).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(DemoInboxPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var now = time.GetUtcNow();
        var imported = 0;
        for (var i = 0; i < names.Count; i++)
        {
            await using var stream = assembly.GetManifestResourceStream(names[i])!;
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct);
            // Oldest first, a few hours apart; the arrival time is what counts (FOIA s.10(1)), not the Date header.
            var arrivedAt = now.AddHours(-6 * (names.Count - i));
            var outcome = await importer.ImportAsync(buffer.ToArray(), arrivedAt, "demo:" + names[i][DemoInboxPrefix.Length..], ct);
            imported += outcome == ImportOutcome.AlreadyImported ? 0 : 1;
        }

        if (imported > 0)
        {
            logger.LogInformation("Seeded {Count} demo inbox messages", imported);
        }
    }
}
