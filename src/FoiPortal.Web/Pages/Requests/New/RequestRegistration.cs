using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Requests.New;

/// <summary>
/// Registers a new request, made on the website or logged by an officer: allocates its reference and tracking link,
/// saves it and queues the acknowledgement (in the same unit of work) when the requester gave an email address.
/// </summary>
public sealed class RequestRegistration(
    FoiDbContext db,
    ReferenceAllocator references,
    ICalendarSource calendars,
    IOptions<RequestOptions> options,
    IOptions<AuthorityOptions> authority)
{
    /// <summary>
    /// The regime every new request starts under: the authority's default (<c>Authority:DefaultRegime</c>, FOIA or
    /// FOISA), so the acknowledgement's due date is on that regime's calendar. An officer changes it at triage.
    /// </summary>
    public Regime Regime => IntakeRegime.WhyNotDefault(authority.Value.DefaultRegime) is { } whyNot
        ? throw new InvalidOperationException($"Authority:DefaultRegime: {whyNot}")
        : authority.Value.DefaultRegime;

    /// <summary>The calendar of <see cref="Regime"/>.</summary>
    public ValueTask<WorkingDayCalendar> CalendarAsync(CancellationToken cancellationToken) => calendars.ForRegimeAsync(Regime, cancellationToken);

    /// <param name="create">Makes the request from its reference and the hash of its tracking token.</param>
    /// <returns>The saved request and its tracking token (only ever known here: it is stored hashed).</returns>
    public async Task<(FoiRequest Request, string TrackingToken)> RegisterAsync(
        Func<string, string, FoiRequest> create, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (token, hash) = TrackingToken.Create();
        var reference = await references.NextAsync(UkLocalDate.FromInstant(now).Year, cancellationToken);
        var request = create(reference, hash);
        db.Requests.Add(request);
        await db.SaveChangesAsync(cancellationToken);

        // A postal request may have no email address: the officer writes to the requester instead.
        if (request.Requester.Email.Length > 0)
        {
            db.OutboundEmails.Add(Acknowledgement.Create(request, token, options.Value.PublicBaseUrl, authority.Value.Name, now.UtcDateTime));
        }

        return (request, token);
    }
}
