using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.Retention;

/// <summary>A manager downloads one case as a ZIP (<see cref="CaseFileBuilder"/>); the export is recorded on the case's timeline.</summary>
public sealed class CaseFileModel(IMediator mediator) : PageModel
{
    public LegalHold.Form Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await mediator.Send(new LegalHold.Query(id)) is not { } form)
        {
            return NotFound();
        }

        Form = form;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await mediator.Send(new LegalHold.Query(id)) is not { } form)
        {
            return NotFound();
        }

        Form = form;
        var file = await mediator.Send(new ExportCaseFile.Command { Id = id });
        return File(file.Zip, "application/zip", file.FileName);
    }
}

public static class ExportCaseFile
{
    public sealed record Result(string FileName, byte[] Zip);

    /// <summary>A command, not a query: the export is audited on the case timeline in the same transaction.</summary>
    [RequiresRole(StaffRoles.Manager)]
    public sealed class Command : ICommand<Result>, IStaffCommand
    {
        public int Id { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, IOptions<AuthorityOptions> authority) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var built = await CaseFileBuilder.BuildAsync(db, command.Id, authority.Value.Name, cancellationToken)
                ?? throw new Core.Requests.DomainException("This request no longer exists.");
            var request = await db.Requests.SingleAsync(r => r.Id == command.Id, cancellationToken);
            request.RecordCaseWork("CaseFileExported", $"Case file exported ({built.Files} files)", command.Actor, time.GetUtcNow());
            var name = new string(built.Reference.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
            return new Result($"case-file-{name}.zip", built.Zip);
        }
    }
}
