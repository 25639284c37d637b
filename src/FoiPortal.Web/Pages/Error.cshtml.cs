using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages;

/// <summary>
/// Every error the user can meet, in plain words and never with a stack trace. Also shown for re-executed POSTs
/// (a missing antiforgery token, a body too large), hence no antiforgery check here.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Duration = 0, Location = ResponseCacheLocation.None)]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = string.Empty;

    public string Message { get; private set; } = string.Empty;

    public string? RequestId { get; private set; }

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    // No model binding: the posted form may be the very thing that could not be read.
    private void Describe()
    {
        Code = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode
            ?? (int.TryParse(RouteData.Values["code"] as string, out var fromRoute) ? fromRoute : StatusCodes.Status500InternalServerError);
        Response.StatusCode = Code;
        (Heading, Message) = Code switch
        {
            400 => ("Sorry, there is a problem with what was sent", "This can happen if the page was open for a long time, was sent twice, or contained characters we cannot accept. Go back, refresh the page and try again. Anything you had already saved has been kept."),
            403 => ("You do not have access to this page", "If you think you should have access, contact your FOI team manager."),
            404 => ("Page not found", "If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address."),
            405 => ("Sorry, there is a problem with what was sent", "Go back and try again."),
            413 => ("What you sent is too large", "Shorten your answers and try again. Each question can be up to 10,000 characters. If your request is very long, make it in two parts."),
            429 => ("You have sent too many requests", "Wait a minute, then try again. Nothing you had already sent has been lost."),
            _ => ("Sorry, there is a problem with the service", "Try again later. Anything you had already sent has been kept."),
        };
        RequestId = Code >= 500 ? Activity.Current?.Id ?? HttpContext.TraceIdentifier : null;
    }
}
