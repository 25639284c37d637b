using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Infrastructure.Security;

/// <summary>
/// Sign-in throttling (ASVS 6.3.1): per client address with an ASP.NET Core rate-limiter policy on the sign-in pages
/// (<see cref="PerAddressPolicy"/>), and per account here, keyed on the email typed (known or not, so it reveals
/// nothing), because the form's email is only known once the body is read.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public const string PerAddressPolicy = "staff-sign-in";

    private readonly PartitionedRateLimiter<string> _perAccount;

    public SignInThrottle(IOptions<StaffSecurityOptions> options)
    {
        var limit = options.Value.SignInAttemptsPerAccountPerMinute;
        _perAccount = PartitionedRateLimiter.Create<string, string>(email => RateLimitPartition.GetFixedWindowLimiter(email, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
    }

    public bool TryAccount(string email)
    {
        using var lease = _perAccount.AttemptAcquire(email.Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => _perAccount.Dispose();

    public static void AddPolicy(RateLimiterOptions options, int perMinute) =>
        options.AddPolicy(PerAddressPolicy, ctx => HttpMethods.IsPost(ctx.Request.Method)
            && ctx.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null
            ? RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter("unlimited"));
}
