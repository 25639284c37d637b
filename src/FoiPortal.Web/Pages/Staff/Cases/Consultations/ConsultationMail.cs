using FoiPortal.Core.Consultations;
using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;

namespace FoiPortal.Web.Pages.Staff.Cases.Consultations;

/// <summary>
/// Queues the emails that carry a task's link (first email, reminder, resend), one per address, through the outbox.
/// The token is made here, put only in the email and the link, and dropped: the task keeps its hash. It is never logged.
/// </summary>
public static class ConsultationMail
{
    /// <summary>The public link for <paramref name="token"/>.</summary>
    public static string Link(string publicBaseUrl, string token) => $"{publicBaseUrl.TrimEnd('/')}/consultations/{token}";

    /// <summary>
    /// Queues the emails for the task's current link (<paramref name="token"/>). Throws <see cref="PersonalDataFoundException"/>
    /// when the requester's details would be in them. The caller saves.
    /// </summary>
    public static void Queue(
        FoiDbContext db, ConsultationTask task, ConsultationEmailKind kind, FoiRequest request, string token, string publicBaseUrl, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(request);
        var (subject, body) = ConsultationEmail.Compose(kind, task, request.Reference, request.Title, Link(publicBaseUrl, token), Requester(request));
        var addresses = task.Addresses;
        for (var i = 0; i < addresses.Count; i++)
        {
            var key = $"{ConsultationEmail.IdempotencyKey(request.Id, task.Id, task.LinksIssued)}:{i + 1}";
            db.OutboundEmails.Add(new OutboundEmail(addresses[i], task.RecipientName, subject, body, nowUtc, key, []));
        }
    }

    public static RequesterIdentity Requester(FoiRequest request) =>
        new(request.Requester.Name, request.Requester.Email, request.Requester.PostalAddress);
}
