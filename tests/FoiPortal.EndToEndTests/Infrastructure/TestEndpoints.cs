using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace FoiPortal.EndToEndTests.Infrastructure;

/// <summary>
/// Test-only endpoints put in front of the app's pipeline by <see cref="PortalServer"/>, so the browser loads
/// axe-core as an ordinary same-origin script: the app's CSP (script-src 'self' + nonce) stays on, and the browser
/// caches the 650 KB file instead of Playwright shipping it over its pipe on every page (about 1 s a page here).
/// </summary>
public sealed class TestEndpoints : IStartupFilter
{
    public const string AxeScript = "/__e2e/axe.min.js";

    /// <summary>An empty same-origin page in which <see cref="Axe"/> re-renders snapshots of pages seen without JavaScript.</summary>
    public const string BlankPage = "/__e2e/blank";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(AxeScript, a => a.Run(async context =>
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            context.Response.Headers.CacheControl = "public,max-age=3600";
            await context.Response.SendFileAsync(Axe.ScriptPath);
        }));
        app.Map(BlankPage, a => a.Run(async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            // The app's rules for what a page may load, so a snapshot gets no inline styles the real page would not.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'";
            await context.Response.WriteAsync("<!DOCTYPE html><html lang=\"en-GB\"><head><title>Blank</title></head><body></body></html>");
        }));
        next(app);
    };
}
