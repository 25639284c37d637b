using System.Text;
using FoiPortal.Core.Costs;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Pages.Staff.Cases.Response;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure.Seeding;

/// <summary>
/// Demo responses: 62A/23 carried to the end (its sign-offs approved and its full response sent, as in the seed), a
/// draft response waiting to be sent (FOI/DEMO/00002), and a new s.12 refusal with an s.23(5) NCND waiting for a
/// manager (FOI/DEMO/00007), so the officer, the manager and the requester each have something to see.
/// </summary>
public sealed partial class DevelopmentSeeder
{
    /// <summary>A response drafted from the case and ready to send (no sign-off needed).</summary>
    public const string DraftResponseReference = "FOI/DEMO/00002";

    /// <summary>A cost refusal and an s.23(5) neither confirm nor deny, both waiting for a manager.</summary>
    public const string AwaitingSignOffReference = "FOI/DEMO/00007";

    public const string GroomingAttachmentFile = "62A_23_attachment.csv";

    public const string GroomingAttachmentTitle = "Online grooming offences recorded, by year and platform used";

    /// <summary>
    /// The seed's stages after the decisions: a manager approves the s.12 refusal and the NCND decisions, the officer
    /// drafts the letter with the goodwill attachment, and the response goes out on 27 February 2023, the 20th working
    /// day (FOIA s.10(1)). Runs once, while the case still waits for sign-off.
    /// </summary>
    private async Task SeedGroomingResponseAsync()
    {
        var request = await db.Requests.Include(r => r.ClockEvents).SingleAsync(r => r.Reference == GroomingReference);
        if (request.Status != RequestStatus.AwaitingSignOff || await db.ResponseLetters.AnyAsync(l => l.FoiRequestId == request.Id))
        {
            return;
        }

        var officer = DemoStaff[0].Email;
        var manager = DemoStaff[1].Email;
        var costApprovedAt = new DateTimeOffset(2023, 2, 22, 14, 0, 0, TimeSpan.Zero);
        var signOffs = await SignOffStatus.LoadAsync(db, request.Id, CancellationToken.None);
        var reviewer = await SignOffStatus.ReviewerAsync(db, manager, CancellationToken.None);
        var cost = signOffs.CostDecision!;
        request.RecordApproval(reviewer, costApprovedAt, signOffs, SignOffPart.CostDecision, "The sampling exercise supports 15 minutes a record.");

        var exemptionsApprovedAt = costApprovedAt.AddMinutes(5);
        request.RecordApproval(reviewer, exemptionsApprovedAt, signOffs, SignOffPart.ExemptionDecisions);

        // The letter: the seed's own sections, with the approved cost wording (the estimate, the limit and the s.16 advice).
        var draftedAt = new DateTimeOffset(2023, 2, 23, 9, 30, 0, TimeSpan.Zero);
        var (costReason, costAdvice) = ResponseComposer.SplitCostWording(cost.RefusalWording!);
        // The seed's Response section says what the goodwill disclosure is, in the real letter's words: the approved
        // wording's goodwill paragraph would say it a second time.
        costReason = string.Join("\n\n", costReason.Split("\n\n").Where(p => p.Trim() != CostRefusalWording.GoodwillParagraph));
        var letter = new ResponseLetter(
            request.Id, new ResponseSections(GroomingAnswer, GroomingReasonByQuestion + "\n\n" + costReason, costAdvice, GroomingCaveats), officer, draftedAt.UtcDateTime);
        ResponseFiles.AttachDataset(letter, GroomingAttachmentTitle, GroomingAttachmentFile, Encoding.UTF8.GetBytes(GroomingCsv()), officer, draftedAt.UtcDateTime);
        db.ResponseLetters.Add(letter);
        request.RecordCaseWork("ResponseDrafted", $"Response drafted, with the dataset {GroomingAttachmentFile}", officer, draftedAt);
        await db.SaveChangesAsync();

        var sentAt = new DateTimeOffset(2023, 2, 27, 9, 0, 0, TimeSpan.Zero);
        var facts = (await ResponseComposer.LoadFactsAsync(db, request.Id, CancellationToken.None))!;
        letter.BeginSending();
        var documents = await ResponseFiles.EnsureRenderedAsync(db, facts, letter, authority.Value, officer, sentAt, CancellationToken.None);
        SendResponse.Handler.RecordSent(request, letter, documents, WorkingDayCalendar.ForRegime(request.Regime), officer, sentAt);
        await db.SaveChangesAsync();
        logger.LogInformation("Seeded the sent response of {Reference}", GroomingReference);
    }

    /// <summary>A complete answer drafted but not sent: the officer can preview it and send it (nothing needs sign-off).</summary>
    private async Task SeedDraftResponseAsync()
    {
        var request = await db.Requests.SingleOrDefaultAsync(r => r.Reference == DraftResponseReference);
        if (request is not { Status: RequestStatus.InProgress } || await db.ResponseLetters.AnyAsync(l => l.FoiRequestId == request.Id))
        {
            return;
        }

        var officer = DemoStaff[0].Email;
        var at = time.GetUtcNow().AddHours(-3);
        var letter = new ResponseLetter(
            request.Id,
            new ResponseSections(
                "1. The force operates 1,012 marked police vehicles.\n2. 64 of them are fully electric and a further 118 are hybrid.\n\nThe attached table breaks the fleet down by type of vehicle.",
                string.Empty,
                string.Empty,
                ResponseWording.DefaultCaveats),
            officer,
            at.UtcDateTime);
        ResponseFiles.AttachDataset(
            letter, "Marked police vehicles by type and power source", "marked_fleet_by_type.csv",
            Encoding.UTF8.GetBytes("Vehicle type,Petrol or diesel,Hybrid,Electric,Total\r\nResponse car,402,61,38,501\r\nRoads policing car,96,22,4,122\r\nVan,231,9,15,255\r\nMotorcycle,74,0,3,77\r\nOther,45,26,4,75\r\n"),
            officer, at.UtcDateTime);
        db.ResponseLetters.Add(letter);
        // Both questions answered in full: every question has its outcome recorded, so the response can be sent.
        var catalogue = await catalogues.GetAsync(CancellationToken.None);
        foreach (var question in new[] { 1, 2 })
        {
            db.ExemptionDecisions.Add(ExemptionDecision.Record(
                request.Id, new ExemptionDecisionDraft { QuestionNumber = question, Outcome = QuestionOutcome.Disclosed }, request.Regime, catalogue, officer, at.UtcDateTime));
        }

        request.RecordCaseWork("ResponseDrafted", "Response drafted, with the dataset marked_fleet_by_type.csv", officer, at);
        await db.SaveChangesAsync();
        logger.LogInformation("Seeded the draft response of {Reference}", DraftResponseReference);
    }

    /// <summary>
    /// Like 62A/23 before its sign-off: question 1 over the cost limit (1,200 search records at 2 minutes: 40 hours
    /// against 18), question 2 neither confirmed nor denied under s.23(5); both parts wait for a manager.
    /// </summary>
    private async Task SeedAwaitingSignOffAsync()
    {
        if (await db.Requests.AnyAsync(r => r.Reference == AwaitingSignOffReference))
        {
            return;
        }

        var officer = DemoStaff[0].Email;
        var now = time.GetUtcNow();
        var received = now.AddDays(-9);
        var request = FoiRequest.Submit(
            AwaitingSignOffReference,
            new Requester("Demo Requester 7", "requester7@example.org", null),
            "Counter-terrorism stop and search",
            QuestionParser.Parse(
                "1. For each stop and search under section 43 of the Terrorism Act 2000 from 2015 to 2025, the date, the location and the reason recorded.\n"
                + "2. Whether any of these stops were made at the request of, or using information from, the Security Service (MI5)."),
            PreferredFormat.Email, Channel.Web, received, WorkingDayCalendar.ForRegime(Regime.Foia), TrackingToken.Create().Hash);
        request.StartWork(officer, received.AddHours(2));
        db.Requests.Add(request);
        await db.SaveChangesAsync();

        var estimate = new CostEstimate(request.Id, request.Regime);
        estimate.AddLine(new CostLineInput(1, CostActivity.Extracting, "Reading the free-text grounds of each section 43 search record", 1_200, UnitKind.Records, 2,
            Evidence: "Timed reading of 30 records: 60 minutes"));
        db.CostEstimates.Add(estimate);
        var limit = LimitFor(request.Regime);
        var advice = CostAdvice.Suggest(estimate, limit);
        var decidedAt = now.AddHours(-6);
        db.CostDecisions.Add(new CostDecision(
            request.Id, CostOutcome.RefuseSection12, goodwillDisclosure: false, string.Join("\n\n", advice.SuggestedWording),
            CostRefusalWording.Compose(estimate, limit, advice, goodwillDisclosure: false).ToPlainText(),
            limit.Amount, limit.MaxMinutes, estimate.TotalMinutes, officer, decidedAt.UtcDateTime));
        db.ExemptionDecisions.Add(ExemptionDecision.Record(
            request.Id,
            new ExemptionDecisionDraft
            {
                QuestionNumber = 2,
                Outcome = QuestionOutcome.NeitherConfirmNorDeny,
                InformationDescription = "whether any stop was made at the request of, or using information from, a security body",
                Citations = [new CitationDraft { ExemptionKey = "FOIA s.23(5)" }],
            },
            request.Regime,
            await catalogues.GetAsync(CancellationToken.None),
            officer,
            decidedAt.UtcDateTime));
        request.RecordCaseWork("ExemptionDecisionRecorded", "Question 2: neither confirm nor deny: section 23(5)", officer, decidedAt);
        await db.SaveChangesAsync();
        request.SubmitForSignOff(officer, decidedAt, await SignOffStatus.LoadAsync(db, request.Id, CancellationToken.None));
        await db.SaveChangesAsync();
        logger.LogInformation("Seeded {Reference}, awaiting sign-off", AwaitingSignOffReference);
    }
}
