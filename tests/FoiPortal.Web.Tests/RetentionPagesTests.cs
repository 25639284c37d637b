using System.IO.Compression;
using System.Net;
using System.Text;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Retention;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure.Seeding;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace FoiPortal.Web.Tests;

/// <summary>Issue 19's pages: the retention schedule, legal hold, subject access and erasure, and the case file ZIP.</summary>
public sealed class RetentionPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Admin = "admin@foiportal.test";
    private const string Manager = "manager@foiportal.test";
    private const string Officer = "officer@foiportal.test";

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, email);
        return client;
    }

    private Task<int> GroomingIdAsync() => factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == DevelopmentSeeder.GroomingReference).Select(r => r.Id).SingleAsync());

    private Task<int> CaseAsync(string reference, string email, bool closed) =>
        factory.WithDbAsync(async db =>
        {
            var received = DateTimeOffset.UtcNow.AddDays(-30);
            var request = FoiRequest.Submit(reference, new Requester("Petronella Vantablack", email, "2 Canal Street"), "Bus lanes", ["How many bus lane fines?"],
                PreferredFormat.Email, Channel.Web, received, WorkingDayCalendar.UnitedKingdom(), TrackingToken.Create().Hash);
            if (closed)
            {
                request.Withdraw(received.AddDays(2));
            }

            db.Requests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });

    [Fact]
    public async Task RetentionPage_Admin_SeesTheDefaultScheduleAndTheSeededHold()
    {
        var client = await SignedInAsync(Admin);

        var page = await Html.GetAsync(client, "/staff/admin/retention");

        Assert.Equal("3", page.QuerySelector("input[name='Data.CaseYears']")!.GetAttribute("value"));
        Assert.Equal("6", page.QuerySelector("input[name='Data.RegulatorYears']")!.GetAttribute("value"));
        var holds = page.QuerySelector("#holds")!.TextContent;
        Assert.Contains(DevelopmentSeeder.GroomingReference, holds, StringComparison.Ordinal);
        Assert.Contains(DevelopmentSeeder.GroomingHoldReason, holds, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetentionPage_Manager_ReadsButCannotChange_OfficerIsRefused()
    {
        var manager = await SignedInAsync(Manager);
        var page = await Html.GetAsync(manager, "/staff/admin/retention");
        Assert.Null(page.QuerySelector("input[name='Data.CaseYears']"));
        Assert.Contains("3 years after the last action", page.QuerySelector("#schedule")!.TextContent, StringComparison.Ordinal);

        var officer = await SignedInAsync(Officer);
        var refused = await officer.GetAsync(new Uri("/staff/admin/retention", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/staff/access-denied", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveSchedule_OutOfBounds_ShowsErrorsInFieldOrder_ThenSavesValidPeriods()
    {
        var client = await SignedInAsync(Admin);
        var page = await Html.GetAsync(client, "/staff/admin/retention");

        var refused = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.CaseYears"] = "0", ["Data.RegulatorYears"] = "six" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = Html.ErrorSummary(await Html.ParseAsync(refused));
        Assert.Equal(
            ["Years to keep a case file must be between 1 and 20", "Years to keep a case the regulator or a tribunal looked at must be a whole number, like 6"],
            errors);

        var shorter = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.CaseYears"] = "5", ["Data.RegulatorYears"] = "4" });
        Assert.Equal(HttpStatusCode.BadRequest, shorter.StatusCode);
        Assert.Equal(["Years to keep a case the regulator or a tribunal looked at must be at least the years to keep a case file"], Html.ErrorSummary(await Html.ParseAsync(shorter)));

        try
        {
            var saved = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.CaseYears"] = "4", ["Data.RegulatorYears"] = "7" });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var after = await Html.GetAsync(client, "/staff/admin/retention");
            Assert.Equal("4", after.QuerySelector("input[name='Data.CaseYears']")!.GetAttribute("value"));
            Assert.Contains("admin@foiportal.test", after.QuerySelector("#schedule-updated")!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            var again = await Html.GetAsync(client, "/staff/admin/retention");
            await Html.PostFormAsync(client, again, new Dictionary<string, string> { ["Data.CaseYears"] = "3", ["Data.RegulatorYears"] = "6" });
        }
    }

    [Fact]
    public async Task CasePage_OfTheSeededCase_ShowsItsLegalHold()
    {
        var client = await SignedInAsync(Officer);

        var page = await Html.GetAsync(client, $"/staff/cases/{await GroomingIdAsync()}");

        Assert.NotNull(page.QuerySelector("#legal-hold-tag"));
        Assert.Equal(DevelopmentSeeder.GroomingHoldReason, page.QuerySelector("#legal-hold-reason")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#legal-hold-link"));
    }

    [Fact]
    public async Task LegalHold_ManagerPlacesWithReasonAndLifts_OnTheTimeline_OfficerIsRefused()
    {
        var id = await CaseAsync("RET/HOLD/1", "hold.requester@example.org", closed: true);
        var manager = await SignedInAsync(Manager);
        var form = await Html.GetAsync(manager, $"/staff/cases/{id}/hold");

        var missing = await Html.PostFormAsync(manager, form, new Dictionary<string, string> { ["Data.Reason"] = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(["Enter the reason for the legal hold, for example Subject of a complaint to the ICO"], Html.ErrorSummary(await Html.ParseAsync(missing)));

        var placed = await Html.PostFormAsync(manager, form, new Dictionary<string, string> { ["Data.Reason"] = "Subject of a complaint to the ICO" });
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        var casePage = await Html.GetAsync(manager, $"/staff/cases/{id}");
        Assert.Equal("Subject of a complaint to the ICO", casePage.QuerySelector("#legal-hold-reason")!.TextContent.Trim());
        Assert.Contains("Legal hold placed: Subject of a complaint to the ICO", casePage.Body!.TextContent, StringComparison.Ordinal);

        var officer = await SignedInAsync(Officer);
        var refused = await officer.GetAsync(new Uri($"/staff/cases/{id}/hold", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/staff/access-denied", refused.Headers.Location!.ToString(), StringComparison.Ordinal);

        var liftForm = await Html.GetAsync(manager, $"/staff/cases/{id}/hold");
        var lifted = await Html.PostFormAsync(manager, liftForm, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.LegalHoldReason != null).SingleAsync()));
    }

    [Fact]
    public async Task Erasure_RefusedWhileACaseIsOpenOrOnHold_SayingWhy_AndNothingIsErased()
    {
        const string email = "erase.refused@example.org";
        var open = await CaseAsync("RET/ERASE/OPEN", email, closed: false);
        var held = await CaseAsync("RET/ERASE/HELD", email, closed: true);
        await factory.WithDbAsync(async db =>
        {
            var r = await db.Requests.SingleAsync(x => x.Id == held);
            r.PlaceLegalHold(Manager, "Litigation", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var admin = await SignedInAsync(Admin);
        var page = await Html.GetAsync(admin, "/staff/admin/subject-access");
        var found = await Html.ParseAsync(await Html.PostFormAsync(admin, page, new Dictionary<string, string> { ["Data.Email"] = "Erase.Refused@example.org" }, "/staff/admin/subject-access?handler=Find"));
        Assert.Equal(2, found.QuerySelectorAll("#cases tbody tr").Length);

        var refused = await Html.PostFormAsync(admin, found, new Dictionary<string, string>(), "/staff/admin/subject-access?handler=Erase");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = Html.ErrorSummary(await Html.ParseAsync(refused));
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("Cannot erase: RET/ERASE/OPEN is still open", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Cannot erase: RET/ERASE/HELD is on legal hold (Litigation)", StringComparison.Ordinal));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Requests.CountAsync(r => (r.Id == open || r.Id == held) && r.Requester.Name == "Petronella Vantablack")));
    }

    [Fact]
    public async Task SubjectAccess_ExportsTheirData_ThenErasureRemovesItAndIsRecordedWithoutIt()
    {
        const string email = "erase.me@example.org";
        var id = await CaseAsync("RET/ERASE/OK", email, closed: true);
        var admin = await SignedInAsync(Admin);
        var page = await Html.GetAsync(admin, "/staff/admin/subject-access");
        var found = await Html.ParseAsync(await Html.PostFormAsync(admin, page, new Dictionary<string, string> { ["Data.Email"] = email }, "/staff/admin/subject-access?handler=Find"));

        var export = await Html.PostFormAsync(admin, found, new Dictionary<string, string>(), "/staff/admin/subject-access?handler=Export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        var json = await export.Content.ReadAsStringAsync();
        Assert.Contains("Petronella Vantablack", json, StringComparison.Ordinal);
        Assert.Contains("RET/ERASE/OK", json, StringComparison.Ordinal);

        var erased = await Html.PostFormAsync(admin, found, new Dictionary<string, string>(), "/staff/admin/subject-access?handler=Erase");
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);

        var request = await factory.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(Requester.RemovedName, request.Requester.Name);
        Assert.Equal(string.Empty, request.Requester.Email);
        var records = await factory.WithDbAsync(db => db.RetentionRecords.AsNoTracking().Where(r => r.RequestId == id).OrderBy(r => r.Id).ToListAsync());
        Assert.Equal([RetentionAction.SubjectAccessExport, RetentionAction.Erased], records.Select(r => r.Action));
        Assert.DoesNotContain(records, r => r.Rule.Contains("Petronella", StringComparison.Ordinal) || r.Rule.Contains(email, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SubjectAccess_WithoutEmail_ShowsError()
    {
        var admin = await SignedInAsync(Admin);
        var page = await Html.GetAsync(admin, "/staff/admin/subject-access");

        var response = await Html.PostFormAsync(admin, page, new Dictionary<string, string> { ["Data.Email"] = "" }, "/staff/admin/subject-access?handler=Find");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.Equal(["Enter the requester's email address"], Html.ErrorSummary(document));
        Assert.Equal(["#Data_Email"], Html.ErrorSummaryLinks(document));
    }

    [Fact]
    public async Task CaseFile_OfTheSeededCase_HasEveryDocumentAndAnIndexListingEachFile()
    {
        var id = await GroomingIdAsync();
        var documents = await factory.WithDbAsync(db => db.ResponseDocuments.CountAsync(d => d.FoiRequestId == id));
        Assert.True(documents > 0, "The seed sends 62A/23's response with its letter and datasets.");
        var manager = await SignedInAsync(Manager);
        var page = await Html.GetAsync(manager, $"/staff/cases/{id}/case-file");

        var response = await Html.PostFormAsync(manager, page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(documents, names.Count(n => n.StartsWith("documents/v", StringComparison.Ordinal)));
        Assert.Contains("01-request.txt", names);
        Assert.Contains("02-timeline.csv", names);
        Assert.Contains("04-exemption-decisions.json", names);
        Assert.Contains("06-cost-estimate.json", names);
        Assert.Contains("23(5)", Read(zip, "04-exemption-decisions.json"), StringComparison.Ordinal);
        Assert.Contains("Sam Example", Read(zip, "01-request.txt"), StringComparison.Ordinal);
        // Issue 18: the officers' notes are part of the case file.
        Assert.Contains("PNC check per record", Read(zip, "09-notes.json"), StringComparison.Ordinal);
        // Issue 18: the seeded Custody consultation, its answer and its CSV.
        Assert.Contains("Between 5 and 30 minutes per record", Read(zip, "10-consultations.json"), StringComparison.Ordinal);
        Assert.DoesNotContain("TokenHash", Read(zip, "10-consultations.json"), StringComparison.Ordinal);
        Assert.StartsWith("Check,Minutes (low)", Read(zip, zip.Entries.Single(e => e.FullName.StartsWith("consultations/", StringComparison.Ordinal)).FullName), StringComparison.Ordinal);

        using var index = new MemoryStream();
        await using (var s = zip.GetEntry("00-index.pdf")!.Open())
        {
            await s.CopyToAsync(index);
        }

        using var pdf = PdfDocument.Open(index.ToArray());
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var name in names)
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }

        Assert.Contains(await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).SelectMany(r => r.Events).Select(e => e.Description).ToListAsync()),
            d => d.StartsWith("Case file exported (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CaseFile_Officer_IsRefused()
    {
        var officer = await SignedInAsync(Officer);

        var response = await officer.GetAsync(new Uri($"/staff/cases/{await GroomingIdAsync()}/case-file", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/staff/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
