using System.Net.Mail;

namespace FoiPortal.Web.Pages.Requests.New;

/// <summary>Checks on what people type in the public forms.</summary>
public static class TextRules
{
    /// <summary>No control characters at all (names, titles).</summary>
    public static bool IsSingleLine(string? text) => text is null || !text.Any(char.IsControl);

    /// <summary>Line breaks and tabs are fine in longer text; other control characters are not.</summary>
    public static bool IsMultiLine(string? text) => text is null || !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));

    public static bool IsEmailAddress(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !IsSingleLine(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        // Address only (no display name), with a dot in the domain, like GOV.UK's pattern.
        return MailAddress.TryCreate(trimmed, out var address)
            && address.Address == trimmed
            && address.Host.Contains('.', StringComparison.Ordinal)
            && !address.Host.EndsWith('.');
    }
}
