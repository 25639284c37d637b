using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Account;

/// <summary>A member of staff's own account: name, two-factor status, recovery codes left and recent sign-ins.</summary>
public static class MyAccount
{
    public sealed record Query : IQuery<Model?>;

    public sealed record SignInRow(DateTime AtUtc, SignInOutcome Outcome, string? ClientAddress);

    public sealed record Model(string DisplayName, string Email, bool TwoFactorSetUp, int RecoveryCodesLeft, IReadOnlyList<SignInRow> SignIns);

    public sealed class Handler(FoiDbContext db, ICurrentStaff staff) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == staff.UserName, cancellationToken);
            if (user is null)
            {
                return null;
            }

            var left = await db.StaffRecoveryCodes.CountAsync(c => c.UserId == user.Id && c.UsedAtUtc == null, cancellationToken);
            var signIns = await db.StaffSignIns.AsNoTracking().Where(s => s.UserId == user.Id)
                .OrderByDescending(s => s.AtUtc).ThenByDescending(s => s.Id).Take(20)
                .Select(s => new SignInRow(s.AtUtc, s.Outcome, s.ClientAddress)).ToListAsync(cancellationToken);
            return new Model(user.DisplayName, user.Email ?? string.Empty, user.TwoFactorEnabled && user.TotpSecret is not null, left, signIns);
        }
    }

    public static string Describe(SignInOutcome outcome) => outcome switch
    {
        SignInOutcome.SignedIn => "Signed in",
        SignInOutcome.WrongPassword => "Wrong password",
        SignInOutcome.WrongCode => "Wrong code",
        SignInOutcome.LockedOut => "Locked after too many failures",
        _ => "Refused (account locked or disabled)",
    };
}
