using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Staff;
using FoiPortal.Core.Statute;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>
/// One entry as staff see it: the content as it will read, its state, version and audit trail (withdrawal reasons are
/// shown here, never publicly), and the actions its state allows: publish (or submit for approval), approve or return
/// (managers), withdraw, edit a draft, correct a published entry.
/// </summary>
public sealed class EntryModel(IMediator mediator, IOptions<DisclosureLogOptions> options) : StaffEntryPageModel(mediator), IPersonalDataLinks
{
    /// <summary>The manager's comment when returning an entry for changes.</summary>
    [BindProperty]
    public ReturnForm Data { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public bool RequireApproval => options.Value.RequireApproval;

    public bool IsManager => User.IsInRole(StaffRoles.Manager);

    /// <summary>Who is looking: a manager cannot approve what they prepared or submitted.</summary>
    public string? UserName => User.Identity?.Name;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostPublishAsync(int id, Guid stamp)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        if (RequireApproval)
        {
            await Mediator.Send(new SubmitEntryForApproval.Command(id, stamp));
            Notice = "Entry sent to a manager for approval. It is not public until a manager approves it.";
        }
        else
        {
            await Mediator.Send(new PublishEntry.Command(id, stamp));
            Notice = "Entry published on the disclosure log.";
        }

        return Redirect($"/staff/disclosure-log/{id}");
    }

    public async Task<IActionResult> OnPostApproveAsync(int id, Guid stamp)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        // Managers only: the pipeline refuses anyone else (ApproveEntry.Command's RequiresRole).
        await Mediator.Send(new ApproveEntry.Command(id, stamp));
        Notice = "Entry approved and published on the disclosure log.";
        return Redirect($"/staff/disclosure-log/{id}");
    }

    public async Task<IActionResult> OnPostReturnAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        await Mediator.Send(new ReturnEntry.Command(id, Data.Comment ?? string.Empty, Data.Stamp));
        Notice = "Entry returned to the officer with your comment.";
        return Redirect($"/staff/disclosure-log/{id}");
    }

    public async Task<IActionResult> OnPostRemoveAttachmentAsync(int id, string fileName, Guid stamp)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        await Mediator.Send(new RemoveEntryAttachment.Command(id, fileName ?? string.Empty, stamp));
        Notice = $"{fileName} removed from the entry.";
        return Redirect($"/staff/disclosure-log/{id}");
    }

    /// <summary>A finding in a field links to that field on the page where it can be changed: edit for a draft, correct otherwise.</summary>
    public string? LinkTo(PersonalDataFinding finding) =>
        EntryForm.FieldOf(finding) is { } field ? $"/staff/disclosure-log/{Entry.Id}/{(Entry.State == EntryState.Draft ? "edit" : "correct")}#{field}" : null;

    /// <summary>A form posted without its stamp is checked against the entry as loaded now.</summary>
    protected override void OnLoaded(StaffEntry.View entry)
    {
        if (Data.Stamp == Guid.Empty)
        {
            Data.Stamp = entry.Stamp;
        }
    }

    public sealed class ReturnForm
    {
        public string? Comment { get; set; }

        public Guid Stamp { get; set; }
    }
}

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
