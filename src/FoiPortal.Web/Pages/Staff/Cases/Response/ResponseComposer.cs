using System.Globalization;
using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Core.Statute;
using FoiPortal.Documents;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Pages.Staff.Cases.Exemptions;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>
/// Turns a case into its response letter: the first draft of the sections the officer edits (from the questions, the cost
/// decision and its approved wording, the configured caveats), and the letter itself as one document model that renders both
/// the HTML preview and the PDF, so the two cannot disagree.
/// </summary>
public static class ResponseComposer
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>What the letter is built from (read once per render).</summary>
    public sealed record CaseFacts(
        int RequestId,
        string Reference,
        string Title,
        Regime Regime,
        DateOnly ReceivedOn,
        string RequesterName,
        string? RequesterPostalAddress,
        IReadOnlyList<string> Questions,
        string? RequesterReference = null,
        string? OfficerName = null,
        IReadOnlyList<string>? Received = null)
    {
        /// <summary>
        /// What the letter quotes under "You asked": the request as received, whatever the officer has split, merged or
        /// reworded since (docs/adr/023). <see cref="Questions"/> are the working questions outcomes are numbered by.
        /// </summary>
        public IReadOnlyList<string> AsReceived => FoiRequest.AsReceived(Received ?? [], Questions);
    }

    public static async Task<CaseFacts?> LoadFactsAsync(FoiDbContext db, int requestId, CancellationToken ct) =>
        await db.Requests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new CaseFacts(
                r.Id, r.Reference, r.Title, r.Regime, r.ReceivedOn, r.Requester.Name, r.Requester.PostalAddress,
                r.Questions.OrderBy(q => q.Number).Select(q => q.Text).ToList(),
                r.Requester.YourReference,
                // The letter is signed by the officer the case is assigned to.
                db.Users.Where(u => u.UserName == r.AssignedOfficer).Select(u => u.DisplayName).FirstOrDefault(),
                r.ReceivedQuestions.OrderBy(q => q.Number).Select(q => q.Text).ToList()))
            .SingleOrDefaultAsync(ct);

    /// <summary>
    /// The first draft of the editable sections, from what the case already holds: the s.12 refusal and its approved
    /// wording (reason and s.16 advice), the exemption decisions' s.17 wording (what is withheld or neither confirmed
    /// nor denied in Response, the reasons in Reason for decision) and the configured caveats.
    /// </summary>
    public static async Task<ResponseSections> DraftSectionsAsync(
        FoiDbContext db, CaseFacts facts, AuthorityOptions authority, ExemptionCatalogue catalogue, CancellationToken ct)
    {
        var decision = await db.CostDecisions.AsNoTracking().Where(d => d.FoiRequestId == facts.RequestId).OrderByDescending(d => d.Id).FirstOrDefaultAsync(ct);
        var exemptions = await ExemptionDecisions.ForRequestAsync(db, facts.RequestId, ct);
        var (notice, _) = ExemptionDecisions.Compose(exemptions, catalogue, facts.Regime, authority);
        var caveats = string.IsNullOrWhiteSpace(authority.Caveats) ? ResponseWording.DefaultCaveats : authority.Caveats.Trim();
        var response = new List<string>();
        var reason = new List<string>();
        var advice = string.Empty;
        if (decision is { IsRefusal: true, RefusalWording: { } wording })
        {
            var (costReason, costAdvice) = SplitCostWording(wording);
            if (decision.RefusedQuestions is { } refusedOnly)
            {
                // ICO: each question a request in its own right: the others are answered in this letter.
                response.Add($"We are not obliged to comply with {CostFigures.QuestionList(refusedOnly)}, because the cost of doing so would exceed the appropriate limit "
                    + "(section 12 of the Freedom of Information Act 2000). Please see the reason for decision below. Our answers to the other questions are:");
                var others = facts.Questions.Select((_, i) => i + 1).Where(n => !refusedOnly.Contains(n))
                    .Where(n => exemptions.Where(d => d.QuestionNumber == n).All(d => d.Outcome is QuestionOutcome.Disclosed or QuestionOutcome.PartlyDisclosed))
                    .Select(n => $"{n}. {ResponsePlaceholders.Answer(n)}");
                response.Add(string.Join("\n", others));
            }
            else
            {
                response.Add(decision.Outcome == CostOutcome.RefuseSection12Two
                    ? "We are not obliged to comply with your request, or to confirm or deny whether we hold the information, because the cost of doing so would exceed the appropriate limit (section 12 of the Freedom of Information Act 2000). Please see the reason for decision below."
                    : "We are not obliged to comply with your request, because the cost of doing so would exceed the appropriate limit (section 12 of the Freedom of Information Act 2000). Please see the reason for decision below.");
            }

            reason.Add(costReason);
            advice = costAdvice;
        }
        else
        {
            // A place for the answer to each question that is answered at least in part.
            var answered = facts.Questions.Select((_, i) => i + 1)
                .Where(n => exemptions.Where(d => d.QuestionNumber == n).All(d => d.Outcome is QuestionOutcome.Disclosed or QuestionOutcome.PartlyDisclosed))
                .Select(n => $"{n}. {ResponsePlaceholders.Answer(n)}")
                .ToList();
            if (answered.Count > 0)
            {
                response.Add(string.Join("\n", answered));
            }
        }

        if (notice is not null)
        {
            // FOIA s.17(1): which exemption applies, and why. The s.12 placeholder is the cost wording above; the review and
            // complaint rights are a section of every letter already.
            response.AddRange(NoticeText(notice, RefusalNoticeWording.ResponseHeading));
            reason.AddRange(NoticeText(notice, RefusalNoticeWording.ReasonsHeading));
        }

        return new ResponseSections(string.Join("\n\n", response), string.Join("\n\n", reason), advice, caveats);
    }

    private static IEnumerable<string> NoticeText(RefusalNotice notice, string heading) =>
        notice.Sections.Where(s => s.Heading == heading).SelectMany(s => s.Paragraphs)
            .Where(p => !p.IsPlaceholder && p.Kind is not (NoticeParagraphKind.InternalReview or NoticeParagraphKind.Complaint))
            .Select(p => p.Text);

    /// <summary>The approved cost wording is "Reason for decision" then "Advice and assistance", each a heading line; split it at the headings.</summary>
    public static (string Reason, string Advice) SplitCostWording(string wording)
    {
        var text = wording.Replace("\r\n", "\n", StringComparison.Ordinal);
        var reasonStart = text.StartsWith(CostRefusalWording.ReasonHeading + "\n\n", StringComparison.Ordinal) ? CostRefusalWording.ReasonHeading.Length + 2 : 0;
        var adviceMarker = "\n\n" + CostRefusalWording.AdviceHeading + "\n\n";
        var adviceAt = text.IndexOf(adviceMarker, StringComparison.Ordinal);
        return adviceAt < 0
            ? (text[reasonStart..].Trim(), string.Empty)
            : (text[reasonStart..adviceAt].Trim(), text[(adviceAt + adviceMarker.Length)..].Trim());
    }

    /// <summary>
    /// The letter, for the requester (<paramref name="forRequester"/>: with their name, address and reference, signed by the
    /// officer) or for publication (without them, signed by the team). Laid out as a UK letter: the authority's address at the
    /// top right, the requester's on the left, then the date and the references.
    /// </summary>
    public static LetterDocument Letter(CaseFacts facts, ResponseLetter letter, AuthorityOptions authority, DateOnly date, bool forRequester = true)
    {
        var blocks = new List<Block>();
        var sender = new List<string> { authority.Name };
        sender.AddRange(authority.Address.Where(l => !string.IsNullOrWhiteSpace(l)));
        sender.Add(authority.FoiEmail);
        // Personal data: the requester's name, address and reference only in the letter sent to them, never in a published copy.
        var recipient = new List<string>();
        if (forRequester)
        {
            recipient.Add(facts.RequesterName);
            if (!string.IsNullOrWhiteSpace(facts.RequesterPostalAddress))
            {
                recipient.AddRange(facts.RequesterPostalAddress.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        blocks.Add(new LetterHead(sender, recipient));
        var details = new List<string> { $"Date: {date.ToString("d MMMM yyyy", EnGb)}", $"Our reference: {facts.Reference}" };
        if (forRequester && !string.IsNullOrWhiteSpace(facts.RequesterReference))
        {
            details.Add($"Your reference: {facts.RequesterReference.Trim()}");
        }

        blocks.Add(new AddressBlock(details));
        blocks.Add(new Heading(1, $"Freedom of Information request {facts.Reference}: {facts.Title}"));
        if (forRequester)
        {
            blocks.Add(new Paragraph($"Dear {facts.RequesterName},"));
        }

        blocks.Add(new Paragraph($"Thank you for your request for information, which we received on {facts.ReceivedOn.ToString("d MMMM yyyy", EnGb)}. {RegimeSentence(facts.Regime)}"));
        blocks.Add(new Heading(2, ResponseWording.RequestHeading));
        blocks.Add(new Paragraph("You asked:"));
        blocks.Add(new NumberedList(facts.AsReceived));
        Section(blocks, ResponseWording.ResponseHeading, letter.ResponseText);
        Section(blocks, ResponseWording.ReasonHeading, letter.ReasonText);
        Section(blocks, ResponseWording.AdviceHeading, letter.AdviceText);
        Section(blocks, ResponseWording.CaveatsHeading, letter.CaveatsText);
        if (letter.Attachments.Count > 0)
        {
            blocks.Add(new Heading(2, ResponseWording.AttachmentsHeading));
            blocks.Add(new BulletList(letter.Attachments.Select(a => $"{a.Title} ({a.Rows:N0} rows): as a PDF table and as the CSV file {CsvName(a)}").ToList()));
            blocks.Add(new Paragraph(ResponseWording.OpenGovernmentLicence));
        }

        blocks.Add(new Heading(2, ResponseWording.RightsHeading));
        blocks.AddRange(ResponseWording.Rights(facts.Regime, authority.Name, authority.FoiEmail).Select(p => new Paragraph(p)));
        blocks.Add(new AddressBlock(Signature(facts, authority, forRequester)));
        return new LetterDocument($"Response to FOI request {facts.Reference}: {facts.Title}", facts.Reference, blocks, Author: authority.Name);
    }

    /// <summary>
    /// "Yours sincerely," then (after a line for the signature) the officer's name, the team, the authority and how to
    /// reach the team. A published copy is signed by the team alone: staff names are not published with the response.
    /// </summary>
    private static List<string> Signature(CaseFacts facts, AuthorityOptions authority, bool forRequester)
    {
        var lines = new List<string> { "Yours sincerely,", string.Empty };
        if (forRequester && !string.IsNullOrWhiteSpace(facts.OfficerName))
        {
            lines.Add(facts.OfficerName.Trim());
        }

        lines.Add(string.IsNullOrWhiteSpace(authority.TeamName) ? "Freedom of Information team" : authority.TeamName.Trim());
        lines.Add(authority.Name);
        if (!string.IsNullOrWhiteSpace(authority.Phone))
        {
            lines.Add($"Telephone: {authority.Phone.Trim()}");
        }

        lines.Add($"Email: {authority.FoiEmail}");
        return lines;
    }

    /// <summary>A dataset as a document of its own: a heading, the licence, and the table (paginated with repeated headers).</summary>
    public static LetterDocument Dataset(CaseFacts facts, ResponseAttachment attachment, AuthorityOptions authority)
    {
        var parsed = CsvDataset.Parse(attachment.Csv, attachment.FileName);
        var table = parsed.Table ?? throw new DomainException($"The dataset {attachment.FileName} can no longer be read: remove it and upload it again");
        var blocks = new List<Block>
        {
            new Heading(1, attachment.Title),
            new Paragraph($"Attachment to our response to Freedom of Information request {facts.Reference}. The same data is provided as the CSV file {CsvName(attachment)}."),
            new Paragraph(ResponseWording.OpenGovernmentLicence),
            table with { Caption = attachment.Title },
        };
        return new LetterDocument($"{attachment.Title} ({facts.Reference})", facts.Reference, blocks, Author: authority.Name);
    }

    /// <summary>"FOI-2026-00042-response-v3.pdf": file names without slashes.</summary>
    public static string LetterFileName(string reference, int version) => $"{Safe(reference)}-response-v{version}.pdf";

    public static string DatasetPdfName(string reference, ResponseAttachment attachment) => DatasetPdfName(reference, attachment.FileName);

    /// <summary>The dataset's PDF name from the uploaded file's name.</summary>
    public static string DatasetPdfName(string reference, string datasetFileName) =>
        $"{Safe(reference)}-{Safe(Path.GetFileNameWithoutExtension(datasetFileName))}.pdf";

    public static string CsvName(ResponseAttachment attachment) => CsvName(attachment.FileName);

    /// <summary>The dataset's CSV name from the uploaded file's name.</summary>
    public static string CsvName(string datasetFileName) => Safe(Path.GetFileNameWithoutExtension(datasetFileName)) + ".csv";

    private static string Safe(string text)
    {
        var chars = text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray();
        var safe = new string(chars).Trim('-');
        return safe.Length == 0 ? "file" : safe;
    }

    private static string RegimeSentence(Regime regime) => regime switch
    {
        Regime.Eir => "We have dealt with it under the Environmental Information Regulations 2004.",
        Regime.Foisa => "We have dealt with it under the Freedom of Information (Scotland) Act 2002.",
        _ => "We have dealt with it under the Freedom of Information Act 2000.",
    };

    private static void Section(List<Block> blocks, string heading, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        blocks.Add(new Heading(2, heading));
        blocks.AddRange(SimpleMarkdown.Parse(text));
    }
}
