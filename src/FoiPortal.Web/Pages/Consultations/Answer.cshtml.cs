using FoiPortal.Core.Consultations;
using FoiPortal.Web.Infrastructure.Mail;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Consultations;

/// <summary>
/// The public page behind a consultation link (no staff sign-in): the one task and the answer form. Unknown and
/// malformed tokens get the same 404; the token is kept out of Referer headers and logs; never cached (no-store).
/// The only page that accepts files this large: <see cref="MaxBodyBytes"/>.
/// </summary>
[RequestSizeLimit(MaxBodyBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBodyBytes)]
public sealed class AnswerModel(IMediator mediator, OutboxSignal outbox) : PageModel
{
    /// <summary>Five files of 20 MB and the answer's text.</summary>
    public const long MaxBodyBytes = (AnswerFiles.MaxFiles * AnswerFiles.MaxBytes) + (1024 * 1024);

    [BindProperty]
    public AnswerConsultation.Command Data { get; set; } = new();

    public ConsultationLink.Model Found { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token) => await LoadAsync(token) ?? Page();

    public async Task<IActionResult> OnPostAsync(string token, List<IFormFile>? files)
    {
        if (await LoadAsync(token) is { } notFound)
        {
            return notFound;
        }

        if (Found.State != LinkState.Open)
        {
            // Answered, withdrawn or expired meanwhile: the page says so, and nothing is saved.
            return Page();
        }

        Data.Token = token;
        foreach (var file in (files ?? []).Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
        {
            byte[]? content = null;
            if (AnswerFiles.WhyTooLarge(file.FileName, file.Length) is null)
            {
                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, HttpContext.RequestAborted);
                content = buffer.ToArray();
            }

            Data.Files.Add(new AnswerConsultation.Upload(file.FileName, file.Length, content));
        }

        if (!await mediator.Send(Data))
        {
            return NotFound();
        }

        outbox.Notify();
        return Redirect($"/consultations/{token}");
    }

    private async Task<IActionResult?> LoadAsync(string token)
    {
        // The token is in the URL: keep it out of any Referer header.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        if (await mediator.Send(new ConsultationLink.Query(token)) is not { } found)
        {
            return NotFound();
        }

        Found = found;
        return null;
    }
}
