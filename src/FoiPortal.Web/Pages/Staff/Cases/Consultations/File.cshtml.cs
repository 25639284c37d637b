using FoiPortal.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace FoiPortal.Web.Pages.Staff.Cases.Consultations;

/// <summary>A file sent with a consultation answer: always a download (never shown inline), with its checked content type and nosniff.</summary>
public sealed class FileModel(FoiDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int taskId, long fileId)
    {
        var file = await (from f in db.ConsultationFiles.AsNoTracking()
                          join t in db.ConsultationTasks on f.ConsultationTaskId equals t.Id
                          where f.Id == fileId && t.Id == taskId && t.FoiRequestId == id
                          select new { f.FileName, f.ContentType, f.Content }).SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (file is null)
        {
            return NotFound();
        }

        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return File(file.Content, file.ContentType, file.FileName);
    }
}
