using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FoiPortal.Web.Pages.Staff.Cases.History;

/// <summary>FOIA s.17(6): close a case refused under s.14 without a further notice.</summary>
public sealed class NoFurtherNoticeModel(IMediator mediator) : CasePageModel<CloseWithoutFurtherNotice.Page>(mediator)
{
    [BindProperty]
    public CloseWithoutFurtherNotice.Command Data { get; set; } = new();

    protected override IQuery<CloseWithoutFurtherNotice.Page?> QueryFor(int id) => new CloseWithoutFurtherNotice.Query(id);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data = new() { Version = Case.Version, EarlierReference = Case.Suggested.Count > 0 ? Case.Suggested[0].Reference : null };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        await Mediator.Send(Data.For(id));
        Notice = "Case closed without a further refusal notice (section 17(6)).";
        return Redirect($"/staff/cases/{id}");
    }
}
