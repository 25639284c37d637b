using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Features;

namespace FoiPortal.Web.Infrastructure.Security;

/// <summary>
/// Security headers on every response: a strict CSP with a fresh nonce per request (no 'unsafe-inline'),
/// no framing, no MIME sniffing, a tight referrer policy.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string NonceKey = "csp-nonce";

    public static string Nonce(HttpContext context) => context.Items[NonceKey] as string ?? string.Empty;

    public Task InvokeAsync(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy =
                $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
                "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // A page may tighten this (the tracking page uses no-referrer).
            if (!headers.ContainsKey("Referrer-Policy"))
            {
                headers["Referrer-Policy"] = "same-origin";
            }

            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}

/// <summary>
/// Refuses request bodies over the limit with 413 before anything reads them, and turns Kestrel's own
/// "body too large" into a 413 page instead of an error. The status code page then explains it.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    /// <summary>20 questions of 10,000 characters fit comfortably; a 1 MB post does not.</summary>
    public const long MaxBodyBytes = 512 * 1024;

    /// <summary>Dataset uploads (CSV up to 5 MB, issue 6) get a little more room than any other form.</summary>
    public const long MaxUploadBodyBytes = 6 * 1024 * 1024;

    /// <summary>The one place a large body is accepted: a staff member attaching a dataset to a response.</summary>
    public static long LimitFor(HttpRequest request) =>
        // Issue 18: a consultation answer carries up to five files of 20 MB (its page sets the same limit).
        request.Path.StartsWithSegments("/consultations", StringComparison.OrdinalIgnoreCase) && HttpMethods.IsPost(request.Method)
            ? Pages.Consultations.AnswerModel.MaxBodyBytes
        : request.Path.StartsWithSegments("/staff/cases", StringComparison.OrdinalIgnoreCase)
        && request.Path.Value!.EndsWith("/response", StringComparison.OrdinalIgnoreCase)
        && string.Equals(request.Query["handler"], "Upload", StringComparison.OrdinalIgnoreCase)
            ? MaxUploadBodyBytes
            : MaxBodyBytes;

    public async Task InvokeAsync(HttpContext context)
    {
        // A re-executed error page must render even though the original body was refused.
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        var limit = LimitFor(context.Request);
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
        catch (InvalidDataException) when (!context.Response.HasStarted)
        {
            // Form too large for FormOptions (too many fields or a value over the limit).
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
    }
}
