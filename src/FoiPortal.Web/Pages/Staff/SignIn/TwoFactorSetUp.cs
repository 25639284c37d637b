using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using QRCoder;

namespace FoiPortal.Web.Pages.Staff.SignIn;

/// <summary>
/// Setting up two-factor sign-in (at the first sign-in, after an invitation or a reset): a new secret is kept on the
/// account while pending, shown as a QR code and as text; a correct code turns it on and gives ten recovery codes,
/// shown once. "Remember this device" is deliberately not offered (issue 17).
/// </summary>
public static class TwoFactorSetUp
{
    public sealed record Model(string Email, string SecretGrouped, string QrDataUri);

    public sealed record Query(string UserId) : IQuery<Model?>;

    public sealed class QueryHandler(StaffSignIn flow, IOptions<StaffSecurityOptions> options) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var user = await flow.Users.FindByIdAsync(query.UserId);
            if (user?.Email is null)
            {
                return null;
            }

            if (user.TwoFactorEnabled || user.TotpSecret is null)
            {
                // A fresh secret; one pending from an earlier visit is kept so a scanned code still works after a reload.
                user.TotpSecret = TotpCodes.NewSecret();
                user.TwoFactorEnabled = false;
                await flow.Users.UpdateAsync(user);
            }

            var uri = TotpCodes.ProvisioningUri(options.Value.TotpIssuer, user.Email, user.TotpSecret);
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(uri.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
            var svg = new SvgQRCode(data).GetGraphic(5);
            // An image, not inline SVG markup: the page's CSP allows data: images but no inline styles.
            var dataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
            return new Model(user.Email, TotpCodes.Grouped(user.TotpSecret), dataUri);
        }
    }

    public sealed class Command : IRequest<IReadOnlyList<string>>
    {
        public string? Code { get; set; }

        [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
        public string UserId { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Code).NotEmpty().WithMessage(TotpCodes.WrongCode);
    }

    /// <summary>Turns two-factor on and returns the recovery codes, the only time they are ever shown.</summary>
    public sealed class Handler(StaffSignIn flow, FoiDbContext db) : IRequestHandler<Command, IReadOnlyList<string>>
    {
        public async ValueTask<IReadOnlyList<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await flow.Users.FindByIdAsync(command.UserId) ?? throw new InvalidOperationException("No such account.");
            var check = user.TotpSecret is null ? new TotpCheck(false, 0, TotpCodes.WrongCode) : TotpCodes.Verify(user.TotpSecret, command.Code, user.LastTotpStep, flow.Now);
            if (!check.Accepted)
            {
                throw new ValidationException([new ValidationFailure(nameof(Command.Code), check.Error)]);
            }

            user.LastTotpStep = check.Step;
            user.TwoFactorEnabled = true;
            await db.StaffRecoveryCodes.Where(c => c.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
            var codes = RecoveryCodes.Generate();
            db.StaffRecoveryCodes.AddRange(codes.Select(c => new StaffRecoveryCode(user.Id, RecoveryCodes.Hash(c))));
            db.StaffAuditEntries.Add(new StaffAuditEntry(user.Id, StaffAuditAction.TwoFactorSetUp, "Two-factor sign-in set up; 10 recovery codes issued", user.UserName ?? user.Id, flow.Now.UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
            await flow.Users.UpdateAsync(user);
            return codes;
        }
    }
}
