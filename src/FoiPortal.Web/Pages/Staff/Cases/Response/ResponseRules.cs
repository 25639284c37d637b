using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>
/// Loads what the rules in Core need: <see cref="SendReadiness"/> decides whether a response may be sent, published or
/// changed; this only reads the case.
/// </summary>
public static class ResponseRules
{
    /// <summary>The case as <see cref="SendReadiness"/> reads it. <paramref name="letter"/> is the case's letter (tracked or not), or null.</summary>
    public static async Task<SendFacts> LoadSendFactsAsync(FoiDbContext db, int requestId, ResponseLetter? letter, CancellationToken ct)
    {
        var request = await db.Requests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new { r.Status, r.Requester.Email, r.Requester.PostalAddress, r.PreferredFormat, Questions = r.Questions.Select(q => q.Number).ToList() })
            .SingleAsync(ct);
        var outcomes = await db.ExemptionDecisions.AsNoTracking().Where(d => d.FoiRequestId == requestId)
            .Select(d => new RecordedOutcome(d.QuestionNumber, d.Outcome)).ToListAsync(ct);
        var cost = await db.CostDecisions.AsNoTracking().Where(d => d.FoiRequestId == requestId).OrderByDescending(d => d.Id)
            .Select(d => new { d.Outcome, d.GoodwillDisclosure, d.RefusedQuestionNumbers }).FirstOrDefaultAsync(ct);
        return new SendFacts
        {
            RequestId = requestId,
            Status = request.Status,
            LetterState = letter?.State,
            Sections = letter?.Sections,
            DatasetCount = letter?.Attachments.Count ?? 0,
            QuestionNumbers = [.. request.Questions.Order()],
            Outcomes = outcomes,
            Cost = cost?.Outcome,
            CostRefusedQuestions = Core.Costs.CostDecision.ParseQuestions(cost?.RefusedQuestionNumbers),
            GoodwillDisclosure = cost?.GoodwillDisclosure ?? false,
            // The one place sending asks how many sign-offs are outstanding.
            OutstandingSignOffs = (await SignOffStatus.LoadAsync(db, requestId, ct)).Outstanding.Count,
            Delivery = ResponseDelivery.For(request.Email, request.PostalAddress, request.PreferredFormat),
        };
    }

    /// <summary>The request (tracked) and its letter (tracked, or null before the first save), refused when the letter has changed since the form was shown.</summary>
    public static async Task<(FoiRequest Request, ResponseLetter? Letter)> LoadEditableAsync(FoiDbContext db, int requestId, int seenLetterVersion, CancellationToken ct)
    {
        var request = await db.Requests.SingleOrDefaultAsync(r => r.Id == requestId, ct) ?? throw new DomainException("This request no longer exists.");
        var letter = await db.ResponseLetters.Include(l => l.Attachments).SingleOrDefaultAsync(l => l.FoiRequestId == requestId, ct);
        if (SendReadiness.WhyNotEditable(request.Status, letter?.State) is { } why)
        {
            throw new DomainException(why);
        }

        if ((letter?.Version ?? 0) != seenLetterVersion)
        {
            throw new DbUpdateConcurrencyException("The response changed since the page was loaded.");
        }

        return (request, letter);
    }
}
