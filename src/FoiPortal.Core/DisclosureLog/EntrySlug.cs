using System.Globalization;
using System.Text;

namespace FoiPortal.Core.DisclosureLog;

/// <summary>
/// The entry's address in the public log, made from its title and reference: "Online Grooming" and "62A/23" give
/// <c>online-grooming-62a-23</c>. Lower-case ASCII letters and digits separated by single hyphens, so it is safe in a
/// URL without encoding and reads aloud. Stable: a correction that changes the title keeps the address.
/// </summary>
public static class EntrySlug
{
    public const int MaxLength = 120;

    /// <summary>Builds the slug; accents are dropped ("Café" gives "cafe"), everything else that is not a letter or digit separates words.</summary>
    public static string Create(string title, string reference)
    {
        var referenceWords = Words(reference);
        var titleWords = Words(title);
        if (referenceWords.Length == 0 && titleWords.Length == 0)
        {
            throw new ArgumentException("A slug needs a title or a reference with at least one letter or digit.", nameof(title));
        }

        // The reference is what makes the slug unique: it is kept whole and the title is shortened to fit.
        var room = MaxLength - (referenceWords.Length == 0 ? 0 : referenceWords.Length + 1);
        if (titleWords.Length > room)
        {
            var cut = titleWords.LastIndexOf('-', Math.Max(0, room));
            titleWords = cut > 0 ? titleWords[..cut] : titleWords[..Math.Max(0, room)].TrimEnd('-');
        }

        var slug = string.Join('-', new[] { titleWords, referenceWords }.Where(p => p.Length > 0));
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    /// <summary>"online-grooming-62a-23-2" for the second entry that would otherwise have the same slug.</summary>
    public static string WithSuffix(string slug, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 2);
        var suffix = "-" + number.ToString(CultureInfo.InvariantCulture);
        var stem = slug.Length + suffix.Length <= MaxLength ? slug : slug[..(MaxLength - suffix.Length)].TrimEnd('-');
        return stem + suffix;
    }

    /// <summary>True for what <see cref="Create"/> can produce; the public pages answer 404 for anything else without a query.</summary>
    public static bool IsWellFormed(string? slug)
    {
        if (string.IsNullOrEmpty(slug) || slug.Length > MaxLength || slug[0] == '-' || slug[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < slug.Length; i++)
        {
            var c = slug[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && slug[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lower-case ASCII words joined by single hyphens ("Road safety" gives "road-safety"): also the URL value of a topic.</summary>
    public static string Words(string? text)
    {
        var builder = new StringBuilder((text ?? string.Empty).Length);
        var pendingHyphen = false;
        foreach (var c in (text ?? string.Empty).Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is not '\'' and not '\u2019')
            {
                // An apostrophe joins ("Officer's" gives "officers"); anything else separates.
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
