using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure.TagHelpers;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Admin.Calendar;

/// <summary>
/// Admins keep the working-day calendar current: a bank holiday proclaimed at short notice is added here, a
/// cancelled one removed. Each change moves the stored dates of the open requests it affects and says how many moved
/// (<see cref="AddCalendarAdjustment"/>, <see cref="RemoveCalendarAdjustment"/>; the list is <see cref="CalendarOverview"/>).
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public AddCalendarAdjustment.Command Data { get; set; } = new();

    public CalendarOverview.Model Overview { get; private set; } = CalendarOverview.Model.Empty;

    /// <summary>What the last change did (post, redirect, get); shown only on the page that follows it.</summary>
    [TempData]
    public string? Notice { get; set; }

    public static IReadOnlyList<RadioItem> KindOptions { get; } =
    [
        new(nameof(AdjustmentKind.ExtraNonWorkingDay), "Add a non-working day", "A bank holiday proclaimed after the published list, for example a one-off royal or national occasion."),
        new(nameof(AdjustmentKind.RemovedHoliday), "Remove a published bank holiday", "A bank holiday that was cancelled or moved by proclamation. Christmas Day cannot be removed."),
    ];

    public static IReadOnlyList<RadioItem> ScopeOptions { get; } =
    [
        new(nameof(CalendarScope.AllUk), "The whole UK", "Affects FOIA, EIR and FOISA deadlines."),
        new(nameof(CalendarScope.EnglandAndWales), "England and Wales", "Affects FOIA and EIR deadlines."),
        new(nameof(CalendarScope.Scotland), "Scotland", "Affects FOIA, EIR and FOISA deadlines."),
        new(nameof(CalendarScope.NorthernIreland), "Northern Ireland", "Affects FOIA and EIR deadlines."),
    ];

    public async Task OnGetAsync() => Overview = await mediator.Send(new CalendarOverview.Query());

    public async Task<IActionResult> OnPostAsync()
    {
        // Loaded first so the page can be shown again with the errors if the form is refused.
        Overview = await mediator.Send(new CalendarOverview.Query());
        Notice = CalendarChange.Notice("Calendar change saved", await mediator.Send(Data));
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id)
    {
        Overview = await mediator.Send(new CalendarOverview.Query());
        Notice = CalendarChange.Notice("Calendar change removed", await mediator.Send(new RemoveCalendarAdjustment.Command { Id = id }));
        return RedirectToPage();
    }

    /// <summary>The one message for the date fields (GOV.UK date input shows one), and which field it is about.</summary>
    public (string Key, string Message)? DateError()
    {
        foreach (var field in DateFields)
        {
            var key = $"Data.{field}";
            if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                return (key, entry.Errors[0].ErrorMessage);
            }
        }

        return null;
    }

    /// <summary>Highlight just the part that is missing or wrong, or every part when the date as a whole is.</summary>
    public bool DateFieldInError(string field) => DateError() is { } error
        && (error.Key == $"Data.{field}" || (error.Key == "Data.Day" && AddCalendarAdjustment.WholeDateMessages.Contains(error.Message)));

    private static readonly string[] DateFields = ["Day", "Month", "Year"];
}
