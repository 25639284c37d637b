using System.Text;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Core.Statute;
using FoiPortal.Documents;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Pages.Staff.Cases.DisclosureLog;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure.Seeding;

/// <summary>
/// Demo disclosure log: the seed's "Online Grooming" (62A/23) published from its case, written in our own words,
/// and 30 other entries across the topics, outcomes, exemptions and years, so that search and filters mean something.
/// Published through the aggregate, so the personal-data check runs on every one. Figures in the attachments are
/// illustrative, not real statistics.
/// </summary>
public sealed partial class DevelopmentSeeder
{
    public const string GroomingSlug = "online-grooming-62a-23";

    private const string Crime = "Crime and offences";
    private const string Operations = "Policing operations";
    private const string Roads = "Roads and traffic";
    private const string Custody = "Custody";
    private const string Protection = "Public protection";
    private const string Finance = "Finance and contracts";
    private const string Workforce = "Workforce";
    private const string Technology = "Equipment and technology";
    private const string Conduct = "Complaints and conduct";
    private const string Governance = "Governance and policy";

    private async Task SeedDisclosureLogAsync()
    {
        if (await db.DisclosureLogEntries.AnyAsync(e => e.Slug == GroomingSlug))
        {
            return;
        }

        var officer = DemoStaff[0].Email;
        var grooming = await db.Requests.AsNoTracking().Where(r => r.Reference == GroomingReference)
            .Select(r => new { r.Id, r.Requester.Name, r.Requester.Email, r.Requester.PostalAddress, Questions = r.Questions.OrderBy(q => q.Number).Select(q => q.Text).ToList() })
            .SingleAsync();
        var groomingEntry = Publish(
            new EntryContent(
                "Online Grooming", GroomingReference, new DateOnly(2023, 2, 27), Regime.Foia, Crime, DisclosureOutcome.CostLimit,
                ["FOIA s.12", "FOIA s.23(5)"],
                string.Join('\n', grooming.Questions.Select((q, i) => $"{i + 1}. {q}")),
                GroomingResponse,
                GroomingReason),
            grooming.Id,
            new RequesterIdentity(grooming.Name, grooming.Email, grooming.PostalAddress),
            officer,
            await GroomingAttachmentsAsync(grooming.Id));
        db.DisclosureLogEntries.Add(groomingEntry);

        foreach (var sample in SampleEntries())
        {
            var files = sample.Attachment is { } file ? [Csv(file.Name, file.Csv)] : Array.Empty<DisclosureAttachment>();
            db.DisclosureLogEntries.Add(Publish(sample.Content, null, RequesterIdentity.None, officer, files));
        }

        await db.SaveChangesAsync();
        logger.LogInformation("Seeded the disclosure log with {Count} published entries", 1 + SampleEntries().Count);
    }

    /// <summary>
    /// What the seed publishes for 62A/23, as the staff prepare page offers it (<see cref="PublicationSource"/>): the
    /// letter as sent but without the requester's name and address, and the dataset as a PDF table and as CSV. Only the
    /// CSV when the case has no sent response (an older demo database).
    /// </summary>
    private async Task<IReadOnlyList<DisclosureAttachment>> GroomingAttachmentsAsync(int requestId) =>
        await PublicationSource.LoadAsync(db, requestId, authority.Value, CancellationToken.None) is { } source
            ? [.. EntryChanges.Files(source.Files)]
            : [Csv(GroomingAttachmentFile, GroomingCsv())];

    private static DisclosureAttachment Csv(string name, string csv) => DisclosureAttachment.Create(name, "text/csv", Encoding.UTF8.GetBytes(csv));

    private static DisclosureLogEntry Publish(EntryContent content, int? requestId, RequesterIdentity requester, string officer, IEnumerable<DisclosureAttachment> attachments)
    {
        // Published a few days after the response, at 10:00 UK time, as a disclosure log team would.
        var respondedAt = new DateTimeOffset(content.RespondedOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).UtcDateTime;
        var publishedAt = respondedAt.AddDays(3).AddHours(1);
        var entry = DisclosureLogEntry.CreateDraft(content, EntrySlug.Create(content.Title, content.Reference), requestId, LogCatalogue.Instance, officer, respondedAt);
        foreach (var file in attachments)
        {
            entry.AddAttachment(file, officer, respondedAt);
        }

        // The personal-data check reads the PDFs' text too: the seed goes through the same gate as staff.
        entry.Publish(requester, officer, publishedAt, PdfText.Pages);
        return entry;
    }

    private const string GroomingResponse = GroomingAnswer + "\n\n" + GroomingCaveats;

    private const string GroomingAnswer = """
        We cannot give you all of the information you asked for within the appropriate limit set under the Freedom of Information Act (see the reason for decision below).

        Even so, as a gesture of goodwill, we have provided the information we had already gathered before it became clear that the limit would be exceeded: see the attachment 62A_23_attachment, as a PDF table and as a CSV file. Providing it does not change our right to rely on section 12 for the rest of the request.

        Apart from the attached information, we neither confirm nor deny that we hold any other information relevant to your request. The duty to confirm or deny in section 1(1)(a) of the Act does not apply, because of:

        - Section 23(5): information supplied by, or relating to, bodies dealing with security matters.

        Section 23 is an absolute exemption, so there is no public interest test. Saying whether any other information is held would itself reveal something about the security bodies listed in section 23(3), and the Act protects that whole class of information.
        """;

    private const string GroomingCaveats = """
        We work to make the figures accurate and complete. They come, however, from systems kept for policing, not for answering questions like these, and any large recording system contains errors. Please keep these limits in mind when you use the figures, and present them in a way that does not mislead.
        """;

    /// <summary>The published reason: why each question is over the limit, then the limit itself.</summary>
    private const string GroomingReason = GroomingReasonByQuestion + "\n\n" + GroomingReasonLimit;

    private const string GroomingReasonByQuestion = """
        Question 4: the outcomes of court cases and custody are not recorded on our crime system. To count arrests, convictions and sentences we would have to open each crime record and check it by hand against the custody system and the Police National Computer. A sample showed this takes between 5 and 30 minutes a record. Even at 15 minutes for each of the 720 records, that is 180 hours, far more than the appropriate limit (FOIA, s.12).

        Question 5: to find how many websites or other means of communication were taken down we would have to read the case file of every offence. That too would take far longer than the limit allows.

        Question 3: the attached figures come from reading the summary of each offence by hand. In more than half of the cases the method was not recorded there; these are shown as "Not known or not recorded". Finding the method for those cases would need the same manual review as questions 4 and 5.
        """;

    private const string GroomingReasonLimit = """
        Complying with the whole request would therefore cost more than the appropriate limit, which for this force is £450 (18 hours of staff time at £25 an hour) under the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004, so section 12(1) of the Act applies.
        """;

    private static string GroomingCsv() =>
        "Year,Offences recorded,Snapchat,Facebook,Instagram,WhatsApp,Other platform,Not known or not recorded\r\n" +
        "2017,64,9,7,4,3,5,36\r\n" +
        "2018,98,17,10,7,5,8,51\r\n" +
        "2019,121,23,11,9,6,9,63\r\n" +
        "2020,143,29,12,13,8,11,70\r\n" +
        "2021,152,33,10,15,9,12,73\r\n" +
        "2022,142,31,8,14,7,13,69\r\n";

    private sealed record SampleEntry(EntryContent Content, (string Name, string Csv)? Attachment = null);

    private static SampleEntry Sample(
        string title, string reference, DateOnly respondedOn, string topic, DisclosureOutcome outcome, string[] exemptions,
        string request, string response, string? reason = null, (string Name, string Csv)? attachment = null) =>
        new(new EntryContent(title, reference, respondedOn, Regime.Foia, topic, outcome, exemptions, request, response, reason), attachment);
}
