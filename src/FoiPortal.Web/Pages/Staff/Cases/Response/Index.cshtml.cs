using FoiPortal.Documents;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>
/// Compose the response letter: the sections the officer edits (<see cref="SaveResponse"/>), the datasets
/// (<see cref="AttachDataset"/>, <see cref="RemoveDataset"/>), and what still stops it being sent (<see cref="ResponsePage"/>).
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public SaveResponse.Command Data { get; set; } = new();

    public ResponsePage.Model Letter { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data = new SaveResponse.Command
        {
            LetterVersion = Letter.LetterVersion,
            Response = Letter.Sections.Response,
            Reason = Letter.Sections.Reason,
            Advice = Letter.Sections.Advice,
            Caveats = Letter.Sections.Caveats,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.RequestId = id;
        await mediator.Send(Data);
        Notice = "Response saved.";
        return Redirect($"/staff/cases/{id}/response");
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? file, string? title, int letterVersion)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        var content = file is null ? null : await ReadAsync(file);
        await mediator.Send(new AttachDataset.Command(id, letterVersion, title, file?.FileName, content));
        Notice = $"Dataset {Path.GetFileName(file!.FileName)} attached.";
        return Redirect($"/staff/cases/{id}/response");
    }

    public async Task<IActionResult> OnPostRemoveDatasetAsync(int id, int dataset, int letterVersion)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        await mediator.Send(new RemoveDataset.Command(id, dataset, letterVersion));
        Notice = "Dataset removed.";
        return Redirect($"/staff/cases/{id}/response");
    }

    private static async Task<byte[]> ReadAsync(IFormFile file)
    {
        // The request body limit for this page is a little over the dataset limit; stop reading at the limit plus one.
        using var buffer = new MemoryStream();
        await using var stream = file.OpenReadStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk)) > 0 && buffer.Length <= CsvDataset.DefaultMaxBytes)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new ResponsePage.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Letter = found;
        if (Data.LetterVersion == 0)
        {
            Data.LetterVersion = found.LetterVersion;
        }

        return null;
    }
}
