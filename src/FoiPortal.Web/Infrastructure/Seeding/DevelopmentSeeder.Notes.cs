using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure.Seeding;

/// <summary>
/// Issue 18's demo notes on 62A/23: what the officer found out while estimating the cost, and the manager's note on the
/// neither-confirm-nor-deny decision. Written in February 2023, so they are long fixed.
/// </summary>
public sealed partial class DevelopmentSeeder
{
    private async Task SeedNotesAsync()
    {
        var requestId = await db.Requests.Where(r => r.Reference == GroomingReference).Select(r => r.Id).SingleAsync();
        if (await db.CaseNotes.AnyAsync(n => n.FoiRequestId == requestId))
        {
            return;
        }

        db.CaseNotes.Add(new CaseNote(
            requestId,
            "officer@foiportal.test",
            "Crime recording: the platform used is only in the free-text offence summary, so question 3 means reading each record. "
            + "Custody and court outcomes are not linked to crime records: question 4 needs a PNC check per record (5 to 30 minutes each, per the custody team).",
            new DateTime(2023, 2, 13, 11, 20, 0, DateTimeKind.Utc)));
        db.CaseNotes.Add(new CaseNote(
            requestId,
            "manager@foiportal.test",
            "Agreed neither confirm nor deny under s.23(5) for any other information. Say nothing in the letter about whether security bodies were consulted.",
            new DateTime(2023, 2, 20, 11, 30, 0, DateTimeKind.Utc)));
        await db.SaveChangesAsync();
    }
}
