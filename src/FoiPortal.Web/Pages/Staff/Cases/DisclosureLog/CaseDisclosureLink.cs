using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Core.Statute;
using FoiPortal.Documents;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using FoiPortal.Web.Pages.Staff.Cases.Exemptions;
using FoiPortal.Web.Pages.Staff.Cases.Response;
using FoiPortal.Web.Pages.Staff.DisclosureLog;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.DisclosureLog;

/// <summary>For the case page: whether an entry can be prepared (the response was sent) and the entry already prepared, if any.</summary>
public static class CaseDisclosureLink
{
    public sealed record Query(int RequestId) : IQuery<Model>;

    public sealed record Model(bool ResponseSent, int? EntryId);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken) => new(
            await db.ResponseLetters.AnyAsync(l => l.FoiRequestId == query.RequestId && l.State == ResponseState.Sent, cancellationToken),
            await db.DisclosureLogEntries.Where(e => e.FoiRequestId == query.RequestId).OrderBy(e => e.Id).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken));
    }
}
