using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace FoiPortal.Web.Infrastructure;

/// <summary>
/// A request that names no handler the page has (<c>?handler=nonsense</c>, or a POST to a page with no plain
/// <c>OnPost</c>) would otherwise render the page with nothing loaded and fail with a 500. It gets the GOV.UK error
/// page instead: 404 for a GET (no such page), 400 for anything else (what was sent makes no sense).
/// Pages without any handler methods (static pages) are left alone.
/// </summary>
public sealed class UnknownHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0)
        {
            var method = context.HttpContext.Request.Method;
            context.Result = new StatusCodeResult(HttpMethods.IsGet(method) || HttpMethods.IsHead(method)
                ? StatusCodes.Status404NotFound
                : StatusCodes.Status400BadRequest);
            return Task.CompletedTask;
        }

        return next();
    }
}
