using FoiPortal.Core.Staff;
using Microsoft.AspNetCore.Identity;

namespace FoiPortal.Web.Infrastructure.Security;

/// <summary>Applies <see cref="PasswordRules"/> (length, the shipped common-password list) to every password Identity sets.</summary>
public sealed class StaffPasswordValidator : IPasswordValidator<StaffUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password) =>
        Task.FromResult(PasswordRules.WhyNotAcceptable(password, user.Email) is { } message
            ? IdentityResult.Failed(new IdentityError { Code = "StaffPassword", Description = message })
            : IdentityResult.Success);
}

/// <summary>A disabled account, or an invitation not yet taken up, cannot sign in (Identity's "confirmed account" check).</summary>
public sealed class StaffAccountConfirmation : IUserConfirmation<StaffUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<StaffUser> manager, StaffUser user) =>
        Task.FromResult(user.DisabledAtUtc is null && user.PasswordHash is not null);
}

/// <summary>
/// A password hash of nothing, checked against when the email is unknown (or the account cannot sign in), so every
/// failed sign-in costs one hash and takes about as long: the time does not tell which staff emails exist (ASVS 6.3.8).
/// </summary>
public sealed class DummyPassword(Microsoft.Extensions.Options.IOptions<PasswordHasherOptions> options)
{
    // The same hasher, with the same iteration count, as Identity's (which is scoped; this is a singleton).
    private readonly PasswordHasher<StaffUser> _hasher = new(options);

    private string? _hash;

    public void Verify(string password)
    {
        _hash ??= _hasher.HashPassword(new StaffUser(), Guid.NewGuid().ToString("N"));
        _hasher.VerifyHashedPassword(new StaffUser(), _hash, password);
    }
}
