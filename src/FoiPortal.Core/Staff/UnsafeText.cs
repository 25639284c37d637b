using System.Globalization;

namespace FoiPortal.Core.Staff;

/// <summary>
/// Characters no form field may hold: control characters other than tab and line breaks, and invisible formatting
/// characters (Unicode category Cf: the bidirectional embeddings and overrides U+202A-U+202E and isolates U+2066-U+2069,
/// zero-width space/joiners U+200B-U+200D, the byte-order mark U+FEFF, and the like). They can make text read
/// differently from what is stored ("Trojan Source", CVE-2021-42574) or hide content in letters and logs.
/// </summary>
public static class UnsafeText
{
    public const string Message = "Remove the hidden formatting or control characters from this field";

    public static bool Contains(string? value) => value is not null && value.Any(IsUnsafe);

    public static bool IsUnsafe(char c) =>
        c is not ('\t' or '\n' or '\r')
        && char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;
}
