using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Core.Retention;

/// <summary>
/// Removes one case's personal data everywhere it is stored (docs/adr/018): the requester on the request (through the
/// aggregate), the bodies and addresses of its emails in and out, their attachments, the response letters addressed
/// to the requester (stored PDFs), the grounds the requester gave for an internal review and its outcome letter, and
/// the text of officers' notes, and consultation questions, answers and their files (issue 18). Kept:
/// the reference, dates, regime, status, questions, timeline, decisions, exemptions, cost estimate, datasets released
/// (information given to the world) and the disclosure log, so published statistics do not change. One place used by
/// the daily purge and by an erasure request. The caller saves (one transaction with the request's version check).
/// </summary>
public static class PersonalDataRemoval
{
    public const string RemovedText = "[Removed under the retention schedule]";

    /// <summary>
    /// Rows of owned collections, which EF cannot bulk-update, changed in SQL that both providers run as written ({0} is
    /// the request's id, sent as a parameter); parsed by Microsoft's T-SQL parser in the tests (issue 19).
    /// </summary>
    public const string EmptyReviewQuestionGroundsSql =
        "UPDATE InternalReviewQuestions SET Grounds = NULL WHERE InternalReviewId IN (SELECT Id FROM InternalReviews WHERE FoiRequestId = {0})";

    /// <inheritdoc cref="EmptyReviewQuestionGroundsSql"/>
    public const string DeleteNoteRevisionsSql =
        "DELETE FROM CaseNoteRevisions WHERE CaseNoteId IN (SELECT Id FROM CaseNotes WHERE FoiRequestId = {0})";

    /// <inheritdoc cref="EmptyReviewQuestionGroundsSql"/>
    public const string EmptyConsultationQuestionsSql =
        "UPDATE ConsultationQuestions SET Text = {0} WHERE ConsultationTaskId IN (SELECT Id FROM ConsultationTasks WHERE FoiRequestId = {1})";

    /// <summary>Whether the regulator (or a tribunal after it) looked at this case: the longer period applies.</summary>
    public static Task<bool> RegulatorInvolvedAsync(FoiDbContext db, int requestId, CancellationToken cancellationToken) =>
        db.RegulatorComplaints.AnyAsync(c => c.FoiRequestId == requestId, cancellationToken);

    /// <summary>
    /// Removes the personal data of <paramref name="request"/> (tracked, loaded for change) and records it. Returns false
    /// when it was already removed (nothing changes: a second run, another node). Throws <see cref="DomainException"/> while
    /// the case is open or on hold.
    /// </summary>
    public static async Task<bool> RemoveAsync(
        FoiDbContext db, FoiRequest request, RetentionAction action, string rule, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        if (!request.RemovePersonalData(actor, rule, at))
        {
            return false;
        }

        var id = request.Id;
        // Emails out: the address, name and body were the requester's (reminders to staff carry no personal data, but
        // they are emptied alike). One still waiting to go is left for the dispatcher; the case is closed, so it is rare.
        await db.OutboundEmails
            .Where(e => e.RequestId == id && e.Status != OutboundEmailStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ToAddress, string.Empty).SetProperty(e => e.ToName, string.Empty).SetProperty(e => e.TextBody, RemovedText).SetProperty(e => e.LastError, (string?)null), cancellationToken);

        // Emails in: the whole message as received, its bodies and its attachments (files the requester sent).
        await db.InboundAttachments
            .Where(a => db.InboundMessages.Any(m => m.Id == a.InboundMessageId && m.RequestId == id))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Content, (byte[]?)null).SetProperty(a => a.FileName, "removed"), cancellationToken);
        await db.InboundMessages
            .Where(m => m.RequestId == id)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Raw, Array.Empty<byte>()).SetProperty(m => m.TextBody, (string?)null).SetProperty(m => m.HtmlBody, (string?)null)
                    .SetProperty(m => m.FromAddress, string.Empty).SetProperty(m => m.FromName, string.Empty).SetProperty(m => m.Subject, RemovedText).SetProperty(m => m.Note, (string?)null),
                cancellationToken);

        // Letters addressed to the requester: the bytes go, the row (file name, SHA-256, when sent) stays as proof.
        await db.ResponseDocuments
            .Where(d => d.FoiRequestId == id && d.Kind == ResponseDocumentKind.Letter)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Content, Array.Empty<byte>()), cancellationToken);

        // Internal reviews: the requester's own words and the outcome letter addressed to them.
        await db.InternalReviews
            .Where(r => r.FoiRequestId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Grounds, RemovedText).SetProperty(r => r.OutcomeLetterPdf, (byte[]?)null), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(EmptyReviewQuestionGroundsSql, [id], cancellationToken);

        // Officers' notes (issue 18): free text that often speaks of the requester; the text and every earlier text
        // of a changed note go, the rows (who wrote one, when) stay.
        await db.CaseNotes
            .Where(n => n.FoiRequestId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Text, RemovedText), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(DeleteNoteRevisionsSql, [id], cancellationToken);

        // Consultation tasks (issue 18): the question, the answer, the answerer's name and the files may all speak of the
        // requester; the text goes, the files' bytes go, the rows (who was asked, when, the state, file names and
        // hashes) stay. Their emails carried the question: emptied like the case's other emails.
        await db.ConsultationTasks
            .Where(t => t.FoiRequestId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Question, RemovedText).SetProperty(t => t.AnswerText, t => t.AnswerText == null ? null : RemovedText).SetProperty(t => t.AnsweredBy, (string?)null), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(EmptyConsultationQuestionsSql, [RemovedText, id], cancellationToken);
        await db.ConsultationFiles
            .Where(f => db.ConsultationTasks.Any(t => t.Id == f.ConsultationTaskId && t.FoiRequestId == id))
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Content, Array.Empty<byte>()), cancellationToken);
        var consultationEmails = Consultations.ConsultationEmail.KeyPrefix(id);
        await db.OutboundEmails
            .Where(e => e.IdempotencyKey != null && e.IdempotencyKey.StartsWith(consultationEmails) && e.Status != OutboundEmailStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.TextBody, RemovedText).SetProperty(e => e.LastError, (string?)null), cancellationToken);

        db.RetentionRecords.Add(new RetentionRecord(id, request.Reference, action, rule, actor, at));
        return true;
    }
}
