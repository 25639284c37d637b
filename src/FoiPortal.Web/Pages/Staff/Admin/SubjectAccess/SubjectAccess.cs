using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Retention;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Admin.SubjectAccess;

/// <summary>
/// A requester's subject access request (UK GDPR Art 15) or erasure request (Art 17): every case of an email address,
/// that person's data as JSON, and its erasure, which the aggregate refuses while a case is open or on legal hold. Both
/// are recorded per case in the personal-data history, without the data.
/// </summary>
public static class SubjectAccess
{
    public const string EnterEmail = "Enter the requester's email address";

    public sealed record Case(int Id, string Reference, string Title, RequestStatus Status, string? HoldReason, bool Removed);

    public sealed record Find(string? Email) : IQuery<IReadOnlyList<Case>>;

    public sealed class FindValidator : AbstractValidator<Find>
    {
        public FindValidator() => RuleFor(c => c.Email).NotEmpty().WithMessage(EnterEmail);
    }

    public sealed class FindHandler(FoiDbContext db) : IQueryHandler<Find, IReadOnlyList<Case>>
    {
        public async ValueTask<IReadOnlyList<Case>> Handle(Find query, CancellationToken cancellationToken) =>
            await Of(db, query.Email!)
                .OrderBy(r => r.ReceivedAtUtc)
                .Select(r => new Case(r.Id, r.Reference, r.Title, r.Status, r.LegalHoldReason, r.PersonalDataRemovedAtUtc != null))
                .ToListAsync(cancellationToken);
    }

    /// <summary>The cases whose requester has this email address (case-insensitive; an email's domain is).</summary>
    public static IQueryable<FoiRequest> Of(FoiDbContext db, string email)
    {
        var lower = email.Trim().ToLowerInvariant();
        // Translated to SQL LOWER() on both providers; the culture rules do not apply in the database.
#pragma warning disable CA1304, CA1311, CA1862
        return db.Requests.Where(r => r.Requester.Email.ToLower() == lower);
#pragma warning restore CA1304, CA1311, CA1862
    }

    /// <summary>Export and erase both name the person by email.</summary>
    public abstract class ByEmail : IStaffCommand
    {
        public string? Email { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    [RequiresRole(StaffRoles.Admin)]
    public sealed class Export : ByEmail, ICommand<byte[]>
    {
    }

    [RequiresRole(StaffRoles.Admin)]
    public sealed class Erase : ByEmail, ICommand<int>
    {
    }

    public sealed class ExportValidator : AbstractValidator<Export>
    {
        public ExportValidator() => RuleFor(c => c.Email).NotEmpty().WithMessage(EnterEmail);
    }

    public sealed class EraseValidator : AbstractValidator<Erase>
    {
        public EraseValidator() => RuleFor(c => c.Email).NotEmpty().WithMessage(EnterEmail);
    }

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    public sealed class ExportHandler(FoiDbContext db, TimeProvider time) : ICommandHandler<Export, byte[]>
    {
        public async ValueTask<byte[]> Handle(Export command, CancellationToken cancellationToken)
        {
            var requests = await Of(db, command.Email!).AsNoTracking().Include(r => r.Questions).OrderBy(r => r.ReceivedAtUtc).ToListAsync(cancellationToken);
            if (requests.Count == 0)
            {
                throw new ValidationException([new ValidationFailure(nameof(ByEmail.Email), "No request has this email address")]);
            }

            var ids = requests.Select(r => r.Id).ToList();
            var sent = await db.OutboundEmails.AsNoTracking().Where(e => e.RequestId != null && ids.Contains(e.RequestId.Value))
                .OrderBy(e => e.Id).Select(e => new { e.RequestId, e.ToAddress, e.Subject, e.CreatedAtUtc, e.SentAtUtc, e.TextBody }).ToListAsync(cancellationToken);
            var received = await db.InboundMessages.AsNoTracking().Where(m => m.RequestId != null && ids.Contains(m.RequestId.Value))
                .OrderBy(m => m.Id).Select(m => new { m.RequestId, m.FromAddress, m.FromName, m.Subject, m.ReceivedAtUtc, m.TextBody }).ToListAsync(cancellationToken);
            var reviews = await db.InternalReviews.AsNoTracking().Where(r => ids.Contains(r.FoiRequestId))
                .Select(r => new { r.FoiRequestId, r.ReceivedOn, r.Grounds, r.Status }).ToListAsync(cancellationToken);
            var now = time.GetUtcNow();
            var export = new
            {
                ExportedAtUtc = now.UtcDateTime,
                Law = "UK GDPR Article 15 (right of access)",
                Requests = requests.Select(r => new
                {
                    r.Reference,
                    r.ReceivedOn,
                    r.Regime,
                    r.Channel,
                    Status = r.Status.Describe(),
                    Requester = new { r.Requester.Name, r.Requester.Email, r.Requester.PostalAddress, r.Requester.YourReference },
                    r.Title,
                    Questions = r.Questions.OrderBy(q => q.Number).Select(q => q.Text),
                    EmailsSent = sent.Where(e => e.RequestId == r.Id),
                    EmailsReceived = received.Where(m => m.RequestId == r.Id),
                    InternalReviews = reviews.Where(v => v.FoiRequestId == r.Id),
                }),
            };
            foreach (var r in requests)
            {
                db.RetentionRecords.Add(new RetentionRecord(r.Id, r.Reference, RetentionAction.SubjectAccessExport, "Subject access request (UK GDPR Article 15)", command.Actor, now));
            }

            return JsonSerializer.SerializeToUtf8Bytes(export, Json);
        }
    }

    public sealed class EraseHandler(FoiDbContext db, TimeProvider time) : ICommandHandler<Erase, int>
    {
        public async ValueTask<int> Handle(Erase command, CancellationToken cancellationToken)
        {
            var requests = await Of(db, command.Email!).Include(r => r.Events).OrderBy(r => r.ReceivedAtUtc).ToListAsync(cancellationToken);
            if (requests.Count == 0)
            {
                throw new ValidationException([new ValidationFailure(nameof(ByEmail.Email), "No request has this email address")]);
            }

            // All or nothing: one message per case that must be kept, so the admin can answer the requester with the reason.
            var refusals = requests.Select(r => r.WhyPersonalDataCannotBeRemoved()).OfType<string>().ToList();
            if (refusals.Count > 0)
            {
                // Not about the email field (it is right): about the cases, so the summary lists every one.
                throw new ValidationException(refusals.Select(why => new ValidationFailure(string.Empty, $"Cannot erase: {why}")));
            }

            var now = time.GetUtcNow();
            var erased = 0;
            foreach (var request in requests)
            {
                if (await PersonalDataRemoval.RemoveAsync(db, request, RetentionAction.Erased, "erasure request (UK GDPR Article 17)", command.Actor, now, cancellationToken))
                {
                    erased++;
                }
            }

            return erased;
        }
    }
}
