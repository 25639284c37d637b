using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>One question of the case, numbered as the requester's parts are.</summary>
public sealed record CaseQuestion(int Number, string Text);

/// <summary>
/// What every case sub-page (costs, aggregation, the cost decision, exemptions; the response pages may adopt it) shows
/// at its top and keeps: the case's reference, title, status, regime, questions and <see cref="Version"/>. A page's
/// query calls <see cref="LoadAsync"/> first and returns null when it gives null (the page then answers 404); every form
/// of the page posts <see cref="Version"/>, so a case changed by someone else since is refused (409) by
/// <c>CaseConcurrency.LoadForChangeAsync</c> rather than overwritten.
/// </summary>
public sealed record CaseHeader(
    int Id,
    string Reference,
    string Title,
    RequestStatus Status,
    Regime Regime,
    DateOnly ReceivedOn,
    Guid Version,
    IReadOnlyList<CaseQuestion> Questions)
{
    /// <summary>The case's header, read only, or null when there is no such case.</summary>
    public static Task<CaseHeader?> LoadAsync(FoiDbContext db, int requestId, CancellationToken cancellationToken) =>
        db.Requests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new CaseHeader(
                r.Id,
                r.Reference,
                r.Title,
                r.Status,
                r.Regime,
                r.ReceivedOn,
                r.Version,
                r.Questions.OrderBy(q => q.Number).Select(q => new CaseQuestion(q.Number, q.Text)).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
}

/// <summary>
/// A form command on a case: the case comes from the route (<see cref="CaseCommands.For"/>), who acts from the pipeline
/// (<see cref="IStaffCommand"/>), and <see cref="Version"/> is the case version the form was shown with, so a case
/// changed by someone else since is refused rather than overwritten.
/// </summary>
public abstract class CaseCommand : IStaffCommand
{
    [BindNever]
    public int RequestId { get; set; }

    [BindNever]
    public string Actor { get; set; } = string.Empty;

    public Guid Version { get; set; }
}

public static class CaseCommands
{
    /// <summary>The form for case <paramref name="requestId"/>: the id comes from the route, never from the form.</summary>
    public static TCommand For<TCommand>(this TCommand command, int requestId)
        where TCommand : CaseCommand
    {
        ArgumentNullException.ThrowIfNull(command);
        command.RequestId = requestId;
        return command;
    }
}

/// <summary>A case sub-page's data: its <see cref="CaseHeader"/>, with the header's fields at hand for the view.</summary>
public abstract record CasePage(CaseHeader Header)
{
    public int Id => Header.Id;

    public string Reference => Header.Reference;

    public string Title => Header.Title;

    public RequestStatus Status => Header.Status;

    public Regime Regime => Header.Regime;

    public Guid Version => Header.Version;
}

/// <summary>
/// The page model skeleton every case sub-page shares: <see cref="LoadAsync"/> sends the page's query, answers 404 when
/// the case is missing, and keeps <see cref="Case"/>; <see cref="Notice"/> is the success banner after a redirect.
/// Handlers stay one line each: load, send the command (the pipeline fills in who acts), redirect with a notice.
/// </summary>
public abstract class CasePageModel<TPage>(IMediator mediator) : PageModel
    where TPage : CasePage
{
    public TPage Case { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    protected IMediator Mediator => mediator;

    /// <summary>The page's query for case <paramref name="id"/>.</summary>
    protected abstract IQuery<TPage?> QueryFor(int id);

    /// <summary>Null when loaded; otherwise the 404 to return.</summary>
    protected async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(QueryFor(id), HttpContext.RequestAborted) is not { } page)
        {
            return NotFound();
        }

        Case = page;
        Loaded(page);
        return null;
    }

    /// <summary>Called once the page is loaded: e.g. to give a new form the case's version.</summary>
    protected virtual void Loaded(TPage page)
    {
    }

    /// <summary>Loads the case (404 when missing), sends <paramref name="command"/>, and redirects to <paramref name="to"/> with the notice made from its result.</summary>
    protected async Task<IActionResult> SendAsync<TResponse>(int id, ICommand<TResponse> command, Func<TResponse, string> notice, string to)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Notice = notice(await mediator.Send(command, HttpContext.RequestAborted));
        return Redirect(to);
    }

    /// <inheritdoc cref="SendAsync{TResponse}(int, ICommand{TResponse}, Func{TResponse, string}, string)"/>
    protected Task<IActionResult> SendAsync(int id, ICommand command, string notice, string to) =>
        SendAsync<Unit>(id, command, _ => notice, to);
}
