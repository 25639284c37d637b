using System.Reflection;

namespace FoiPortal.Core.Staff;

/// <summary>
/// Staff passwords (OWASP ASVS 5.0 V6.2, NCSC password guidance): at least 12 characters, at most 128, no composition
/// rules, and not on the list of common and breached passwords shipped with the portal (<c>Staff/common-passwords.txt</c>,
/// see docs/security.md for what is on it), nor the person's own email address.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    private static readonly Lazy<HashSet<string>> Common = new(LoadList);

    public static int CommonPasswordCount => Common.Value.Count;

    public static string? WhyNotAcceptable(string? password, string? email)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "Enter a password";
        }

        if (password.Length < MinLength)
        {
            return $"Password must be {MinLength} characters or more";
        }

        if (password.Length > MaxLength)
        {
            return $"Password must be {MaxLength} characters or fewer";
        }

        if (IsCommon(password))
        {
            return "This password is too common and could be guessed. Choose a different password";
        }

        return email is not null && password.Contains(email.Split('@')[0], StringComparison.OrdinalIgnoreCase) && email.Split('@')[0].Length >= 4
            ? "Your password must not contain your email address"
            : null;
    }

    /// <summary>Case-insensitive, as people vary only the case of a common password.</summary>
    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim());

    private static HashSet<string> LoadList()
    {
        using var stream = typeof(PasswordRules).Assembly.GetManifestResourceStream("FoiPortal.Core.Staff.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is not embedded in FoiPortal.Core.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line);
            }
        }

        return set;
    }
}
