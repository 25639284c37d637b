using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>On the case page: whether the response email has gone (queued, sent, or failed and waiting for staff).</summary>
public sealed class ResponseEmailViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int requestId) =>
        View("/Pages/Staff/Cases/Response/_ResponseEmail.cshtml", new ResponseEmailView(requestId, await mediator.Send(new ResponseEmailStatus.Query(requestId), HttpContext.RequestAborted)));
}

public sealed record ResponseEmailView(int RequestId, ResponseEmailStatus.Model? Email);
