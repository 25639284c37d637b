using System.Globalization;
using FoiPortal.Documents;

namespace FoiPortal.Bench;

/// <summary>
/// Renders one document again and again in this process, for a profiler (dotnet-trace) or /usr/bin/time to watch:
/// "letter" (the 3-page letter), "large" (the 5,000-row attachment) or "rowsN" (an attachment of N rows).
/// </summary>
public static class Profile
{
    public static void Run(string what, int times)
    {
        var document = what switch
        {
            "letter" => SampleLetters.ThreePageLetter(),
            "large" => SampleLetters.Attachment(5000),
            _ when what.StartsWith("rows", StringComparison.Ordinal) => SampleLetters.Attachment(int.Parse(what[4..], CultureInfo.InvariantCulture)),
            _ => throw new ArgumentException($"Unknown document {what}: letter, large or rowsN.", nameof(what)),
        };
        for (var i = 0; i < times; i++)
        {
            PdfRenderer.Render(document);
        }
    }
}
