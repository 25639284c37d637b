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
