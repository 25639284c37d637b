using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Statute;
using FoiPortal.Web.DisclosureLog;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>One entry as staff see it, with its audit trail: the query behind every staff entry page.</summary>
public static class StaffEntry
{
    public const string ChangedMessage = "Someone else changed this entry while you were working on it. Nothing was saved: reload the page and try again.";

    public sealed record Query(int Id) : IQuery<View?>;

    public sealed record Exemption(string Key, string Citation, string Title);

    public sealed record Attachment(string FileName, string ContentType, long SizeBytes);

    public sealed record Event(EntryEventKind Kind, DateTime AtUtc, string Actor, string? Detail, int Version);

    public sealed record View(
        int Id,
        string Slug,
        string Title,
        string Reference,
        DateOnly RespondedOn,
        Regime Regime,
        string Topic,
        DisclosureOutcome Outcome,
        IReadOnlyList<Exemption> Exemptions,
        string RequestText,
        string ResponseText,
        string? ReasonText,
        IReadOnlyList<Attachment> Attachments,
        EntryState State,
        int Version,
        DateTime? PublishedAtUtc,
        DateTime? UpdatedAtUtc,
        Guid Stamp,
        int? FoiRequestId,
        string? CaseReference,
        IReadOnlyList<Event> Events)
    {
        public string? PreparedBy => Events.FirstOrDefault(e => e.Kind == EntryEventKind.Created)?.Actor;

        public string? SubmittedBy => State == EntryState.AwaitingApproval
            ? Events.LastOrDefault(e => e.Kind == EntryEventKind.SubmittedForApproval)?.Actor
            : null;

        public EntryContent Content => new(Title, Reference, RespondedOn, Regime, Topic, Outcome, [.. Exemptions.Select(x => x.Key)], RequestText, ResponseText, ReasonText);
    }

    /// <summary>"Prepared", "Withdrawn": the audit trail's words.</summary>
    public static string Describe(EntryEventKind kind) => kind switch
    {
        EntryEventKind.Created => "Prepared as a draft",
        EntryEventKind.Edited => "Edited",
        EntryEventKind.Published => "Published",
        EntryEventKind.Withdrawn => "Withdrawn",
        EntryEventKind.Corrected => "Corrected",
        EntryEventKind.SubmittedForApproval => "Submitted for approval",
        EntryEventKind.Approved => "Approved for publication",
        EntryEventKind.ReturnedFromApproval => "Returned by the approver",
        _ => kind.ToString(),
    };

    public static string? DetailLabel(EntryEventKind kind) => kind switch
    {
        EntryEventKind.Withdrawn => "Reason",
        EntryEventKind.Corrected => "Note",
        EntryEventKind.ReturnedFromApproval => "Comment",
        _ => null,
    };

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, View?>
    {
        public async ValueTask<View?> Handle(Query query, CancellationToken cancellationToken)
        {
            var e = await db.DisclosureLogEntries.AsNoTracking().Where(x => x.Id == query.Id)
                .Select(x => new
                {
                    x.Id,
                    x.Slug,
                    x.Title,
                    x.Reference,
                    x.RespondedOn,
                    x.Regime,
                    x.Topic,
                    x.Outcome,
                    x.ExemptionKeys,
                    x.RequestText,
                    x.ResponseText,
                    x.ReasonText,
                    x.State,
                    x.Version,
                    x.PublishedAtUtc,
                    x.UpdatedAtUtc,
                    x.ConcurrencyStamp,
                    x.FoiRequestId,
                    Attachments = x.Attachments.OrderBy(a => a.Id).Select(a => new Attachment(a.FileName, a.ContentType, a.SizeBytes)).ToList(),
                    Events = x.Events.OrderBy(v => v.Id).Select(v => new Event(v.Kind, v.AtUtc, v.Actor, v.Detail, v.Version)).ToList(),
                })
                .AsSplitQuery()
                .SingleOrDefaultAsync(cancellationToken);
            if (e is null)
            {
                return null;
            }

            var caseReference = e.FoiRequestId is { } requestId
                ? await db.Requests.AsNoTracking().Where(r => r.Id == requestId).Select(r => r.Reference).SingleOrDefaultAsync(cancellationToken)
                : null;
            var exemptions = DisclosureLogEntry.KeysOf(e.ExemptionKeys).Select(k => LogCatalogue.Instance.Find(k) is { } found
                ? new Exemption(found.Key, found.CitationAtStart, found.Title)
                : new Exemption(k, k, string.Empty)).ToList();
            return new View(
                e.Id, e.Slug, e.Title, e.Reference, e.RespondedOn, e.Regime, e.Topic, e.Outcome, exemptions, e.RequestText, e.ResponseText, e.ReasonText,
                e.Attachments, e.State, e.Version, e.PublishedAtUtc, e.UpdatedAtUtc, e.ConcurrencyStamp, e.FoiRequestId, caseReference, e.Events);
        }
    }
}
