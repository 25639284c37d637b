using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace FoiPortal.Web.Infrastructure;

/// <summary>
/// A request for a handler the page does not have would otherwise either render the page with nothing loaded and fail
/// with a 500 (a POST to a page with no plain <c>OnPost</c>), or quietly run the plain handler instead (Razor Pages
/// falls back to <c>OnPost</c> when <c>?handler=nonsense</c> matches nothing). It gets the GOV.UK error page instead:
/// 404 for a GET (no such page), 400 for anything else (what was sent makes no sense).
/// Pages without any handler methods (static pages) are left alone.
/// </summary>
public sealed class UnknownHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.ActionDescriptor.HandlerMethods.Count > 0 && !Matches(context))
        {
            var method = context.HttpContext.Request.Method;
            context.Result = new StatusCodeResult(HttpMethods.IsGet(method) || HttpMethods.IsHead(method)
                ? StatusCodes.Status404NotFound
                : StatusCodes.Status400BadRequest);
            return Task.CompletedTask;
        }

        return next();
    }

    private static bool Matches(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is not { } selected)
        {
            return false;
        }

        // The name asked for, from the route (`/staff/cases/new/{handler?}`) or the query string.
        var requested = context.RouteData.Values.TryGetValue("handler", out var fromRoute) && fromRoute is string routeName && routeName.Length > 0
            ? routeName
            : context.HttpContext.Request.Query["handler"].FirstOrDefault();
        return string.IsNullOrEmpty(requested) || string.Equals(selected.Name, requested, StringComparison.OrdinalIgnoreCase);
    }
}
