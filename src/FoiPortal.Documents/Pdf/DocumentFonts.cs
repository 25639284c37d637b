using System.Collections.Concurrent;
using FoiPortal.Documents.Layout;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace FoiPortal.Documents.Pdf;

/// <summary>
/// The one typeface of our documents: Liberation Sans 2.1.5 (SIL Open Font License 1.1, licence text in
/// Fonts/LICENSE-LiberationSans-OFL.txt), embedded in this assembly so rendering never depends on the fonts of the
/// machine. PDFsharp needs an <see cref="IFontResolver"/> on Linux; it may be set only once per process, so
/// <see cref="EnsureRegistered"/> sets ours once, from any thread, and refuses to replace someone else's.
/// </summary>
internal sealed class DocumentFonts : IFontResolver
{
    public const string FamilyName = "Liberation Sans";
    private const string RegularFace = "LiberationSans-Regular";
    private const string BoldFace = "LiberationSans-Bold";

    private static readonly DocumentFonts Instance = new();
    private static readonly Lock RegistrationLock = new();
    private static volatile bool _registered;

    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private DocumentFonts()
    {
    }

    /// <summary>Sets our resolver as PDFsharp's font resolver, once. Safe to call from many threads and many times.</summary>
    public static void EnsureRegistered()
    {
        if (_registered)
        {
            return;
        }

        lock (RegistrationLock)
        {
            if (_registered)
            {
                return;
            }

            var current = GlobalFontSettings.FontResolver;
            if (current is null)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
            else if (!ReferenceEquals(current, Instance))
            {
                throw new InvalidOperationException(
                    $"PDFsharp already has another font resolver ({current.GetType().FullName}); FoiPortal.Documents needs its own embedded fonts.");
            }

            _registered = true;
        }
    }

    /// <summary>A PDFsharp font for one of our sizes and weights, embedded as a Unicode subset.</summary>
    public static XFont Create(FontSpec spec)
    {
        EnsureRegistered();
        return new XFont(FamilyName, spec.Size, spec.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular,
            new XPdfFontOptions(PdfFontEncoding.Unicode));
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
        // Every family resolves to ours: the documents use no other. Italic is never used, so it is not simulated.
        => new(bold ? BoldFace : RegularFace);

    public byte[]? GetFont(string faceName) => _faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        var name = $"FoiPortal.Documents.Fonts.{faceName}.ttf";
        using var stream = typeof(DocumentFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font {name} is missing from FoiPortal.Documents.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
