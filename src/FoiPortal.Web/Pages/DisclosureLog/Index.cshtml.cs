using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace FoiPortal.Web.Pages.DisclosureLog;

/// <summary>
/// The public disclosure log: newest first, or search results. A GET form, so results have shareable addresses and
/// work without JavaScript. Every page of results is served from the output cache (DisclosureLogCache.SearchPolicy),
/// evicted when an entry is published, withdrawn or corrected.
/// </summary>
[OutputCache(PolicyName = DisclosureLogCache.SearchPolicy)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = SearchLog.QueryField)]
    public string? Words { get; set; }

    [BindProperty(SupportsGet = true, Name = SearchLog.YearField)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = SearchLog.TopicField)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true, Name = SearchLog.OutcomeField)]
    public string? Outcome { get; set; }

    [BindProperty(SupportsGet = true, Name = SearchLog.ExemptionField)]
    public string? Exemption { get; set; }

    public SearchLog.Result Result { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        // Binding never fails for strings; anything a binder did reject is ignored like any other unknown value.
        ModelState.Clear();
        // "page" is read from the query itself: to model binding it is the Razor page's own route value.
        var pageNumber = Request.Query[SearchLog.PageField].FirstOrDefault();
        Result = await mediator.Send(new SearchLog.Query(Words, Year, Topic, Outcome, Exemption, pageNumber));
        foreach (var error in Result.Errors)
        {
            ModelState.AddModelError(error.Key, error.Message);
        }

        GovUkErrors.Set(HttpContext, Result.Errors);
    }
}
