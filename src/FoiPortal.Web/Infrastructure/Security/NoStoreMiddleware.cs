namespace FoiPortal.Web.Infrastructure.Security;

/// <summary>
/// Pages with personal data are never kept by browsers or proxies (ASVS 14.3.2): every staff page, the requester's
/// tracking page (and its documents) and consultation links (issue 18) are sent with <c>Cache-Control: no-store</c>.
/// </summary>
public sealed class NoStoreMiddleware(RequestDelegate next)
{
    public static bool HoldsPersonalData(PathString path) =>
        path.StartsWithSegments("/staff", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/track", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/consultations", StringComparison.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context)
    {
        if (HoldsPersonalData(context.Request.Path))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Pragma = "no-cache";
                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
