using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Infrastructure.Security;

/// <summary>
/// The steps every way of signing in shares (password, code, recovery code, invitation): finishing the sign-in,
/// recording the attempt for the owner's "recent sign-ins", and the one email about a lockout.
/// Sign-in is not a unit-of-work command: a failed attempt must be kept, not rolled back.
/// </summary>
public sealed class StaffSignIn(
    SignInManager<StaffUser> signIn,
    FoiDbContext db,
    TimeProvider time,
    OutboxSignal outbox,
    IHttpContextAccessor http,
    IOptions<StaffSecurityOptions> options)
{
    public bool RequireTwoFactor => options.Value.RequireTwoFactor;

    public UserManager<StaffUser> Users => signIn.UserManager;

    public DateTimeOffset Now => time.GetUtcNow();

    public HttpContext Context => signIn.Context;

    /// <summary>Signs in fully: the staff cookie with the sign-in time (absolute session limit), the attempt recorded.</summary>
    public async Task CompleteAsync(StaffUser user)
    {
        await PendingSignIn.EndAsync(signIn.Context);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [StaffSession.SignedInAt(Now)]);
        user.LastSignInAtUtc = Now.UtcDateTime;
        await Users.UpdateAsync(user);
        await RecordAsync(user, SignInOutcome.SignedIn);
    }

    public async Task RecordAsync(StaffUser user, SignInOutcome outcome)
    {
        db.StaffSignIns.Add(new StaffSignInRecord(user.Id, outcome, http.HttpContext?.Connection.RemoteIpAddress?.ToString(), Now.UtcDateTime));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// After a failure that locked the account: the person is emailed once for this lockout (so they know, while the
    /// sign-in page says the same to everyone), and the lockout is audited.
    /// </summary>
    public async Task NoticeLockoutAsync(StaffUser user)
    {
        if (user.LockoutEnd is not { } end || end <= Now || user.LockoutNoticeFor == end || user.Email is null)
        {
            return;
        }

        user.LockoutNoticeFor = end;
        var until = StaffTime.Uk(end);
        db.OutboundEmails.Add(new OutboundEmail(
            user.Email,
            user.DisplayName,
            "Your Freedom of Information case work account is locked",
            $"Dear {user.DisplayName},\n\nSomeone, probably you, got your password or sign-in code wrong 5 times, so your account is locked until {until} (UK time).\n\n"
            + "If this was not you, tell an administrator straight away: they can unlock the account, and you should change your password.\n\nFreedom of Information team",
            Now.UtcDateTime));
        db.StaffAuditEntries.Add(new StaffAuditEntry(user.Id, StaffAuditAction.LockedOut, $"Locked for 15 minutes after 5 failed attempts; emailed", "system", Now.UtcDateTime));
        await Users.UpdateAsync(user);
        await db.SaveChangesAsync();
        outbox.Notify();
    }
}

/// <summary>Times on staff account pages and emails, in UK time.</summary>
public static class StaffTime
{
    private static readonly TimeZoneInfo UkZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string Uk(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, UkZone).ToString("d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static string Uk(DateTime utc) => Uk(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
