using System.Text.RegularExpressions;

namespace FoiPortal.Core.DisclosureLog;

/// <summary>A block of published text: a paragraph, a bulleted list or a numbered list.</summary>
public abstract record TextBlock;

/// <summary>One paragraph; its single line breaks are kept (addresses, signatures).</summary>
public sealed record ParagraphBlock(string Text) : TextBlock;

/// <summary>Lines that started with "- " (or "* ").</summary>
public sealed record BulletListBlock(IReadOnlyList<string> Items) : TextBlock;

/// <summary>Lines that started with "1. ", "2) " and so on; <see cref="Start"/> is the first number.</summary>
public sealed record NumberedListBlock(int Start, IReadOnlyList<string> Items) : TextBlock;

/// <summary>
/// The small Markdown subset entries are written in: paragraphs separated by a blank line, "- " bullets and "1. "
/// numbered items. Nothing else is markup, so text is always shown as typed (HTML-encoded by the page) and no
/// link, image or HTML can be smuggled into the public log.
/// </summary>
public static partial class ResponseText
{
    public static IReadOnlyList<TextBlock> Parse(string? text)
    {
        var blocks = new List<TextBlock>();
        var lines = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var paragraph = new List<string>();
        var items = new List<string>();
        ListKind? list = null;
        var start = 1;

        void FlushParagraph()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new ParagraphBlock(string.Join('\n', paragraph)));
                paragraph.Clear();
            }
        }

        void FlushList()
        {
            if (list is { } kind && items.Count > 0)
            {
                blocks.Add(kind == ListKind.Bullet ? new BulletListBlock([.. items]) : new NumberedListBlock(start, [.. items]));
            }

            items.Clear();
            list = null;
        }

        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                FlushParagraph();
                FlushList();
                continue;
            }

            if (BulletPattern().Match(line) is { Success: true } bullet)
            {
                FlushParagraph();
                if (list != ListKind.Bullet)
                {
                    FlushList();
                    list = ListKind.Bullet;
                }

                items.Add(bullet.Groups["text"].Value.Trim());
                continue;
            }

            if (NumberPattern().Match(line) is { Success: true } numbered && int.TryParse(numbered.Groups["n"].ValueSpan, out var n))
            {
                FlushParagraph();
                if (list != ListKind.Numbered)
                {
                    FlushList();
                    list = ListKind.Numbered;
                    start = n;
                }

                items.Add(numbered.Groups["text"].Value.Trim());
                continue;
            }

            if (list is not null && items.Count > 0)
            {
                // A line under a list item, not blank-separated, continues that item.
                items[^1] += "\n" + line;
                continue;
            }

            paragraph.Add(line);
        }

        FlushParagraph();
        FlushList();
        return blocks;
    }

    /// <summary>The text without list markers, one block per line: for snippets and feeds.</summary>
    public static string ToPlainText(string? text) => string.Join(
        "\n",
        Parse(text).SelectMany(b => b switch
        {
            ParagraphBlock p => [p.Text],
            BulletListBlock l => l.Items,
            NumberedListBlock l => l.Items.Select((item, i) => $"{l.Start + i}. {item}"),
            _ => [],
        }));

    [GeneratedRegex(@"^[-*]\s+(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"^(?<n>\d{1,3})[.)]\s+(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    private enum ListKind
    {
        Bullet,
        Numbered,
    }
}
