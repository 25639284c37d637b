using System.Globalization;

namespace FoiPortal.Documents;

/// <summary>
/// The officers' editing format for letter sections: a small, safe subset of Markdown.
/// <list type="bullet">
/// <item>Paragraphs are separated by a blank line; a single line break inside a paragraph is kept as a line break.</item>
/// <item>Consecutive lines starting "- " or "* " are a bulleted list; "1. ", "2. " ... a numbered list starting at the
/// first number (later numbers are ignored, as in Markdown). A line that follows an item without a blank line and
/// without a marker continues that item.</item>
/// <item>A line starting "## " is a level 2 heading, "### " a level 3 heading.</item>
/// <item>A table is a row of cells between pipes ("| Question | Hours |"), then a row of dashes ("| --- | --- |"), then
/// one line a row; it ends at the first line that does not start with "|". "\|" is a pipe inside a cell. Without the
/// row of dashes the lines are ordinary text.</item>
/// <item>Nothing else is special: "# ", emphasis, links and raw HTML such as &lt;script&gt; stay literal text, which
/// the renderers encode.</item>
/// </list>
/// Leading spaces before a marker are ignored.
/// </summary>
public static class SimpleMarkdown
{
    /// <summary>Line endings become "\n" and spaces at the end of each line are removed.</summary>
    public static string Normalise(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd(' ', '\t');
        }

        return string.Join('\n', lines);
    }

    public static IReadOnlyList<Block> Parse(string text)
    {
        var blocks = new List<Block>();
        var paragraph = new List<string>();
        List<string>? items = null;
        var ordered = false;
        var start = 1;

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new Paragraph(string.Join('\n', paragraph)));
                paragraph.Clear();
            }

            if (items is not null)
            {
                blocks.Add(ordered ? new NumberedList(items, start) : new BulletList(items));
                items = null;
            }
        }

        var lines = Normalise(TextCleaner.Clean(text)).Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimStart(' ');
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (IsTableRow(line) && index + 1 < lines.Length && IsDelimiterRow(lines[index + 1].TrimStart(' ')))
            {
                Flush();
                var headers = Cells(line);
                var rows = new List<IReadOnlyList<string>>();
                index += 2;
                while (index < lines.Length && IsTableRow(lines[index].TrimStart(' ')))
                {
                    rows.Add(Cells(lines[index].TrimStart(' ')));
                    index++;
                }

                index--;
                blocks.Add(new Table(null, headers, rows));
            }
            else if (HeadingLevel(line) is { } level)
            {
                Flush();
                blocks.Add(new Heading(level, line[(level + 1)..].Trim()));
            }
            else if (IsBullet(line))
            {
                if (items is null || ordered)
                {
                    Flush();
                    items = [];
                    ordered = false;
                }

                items.Add(line[2..].Trim());
            }
            else if (NumberedItem(line) is { } numbered)
            {
                if (items is null || !ordered)
                {
                    Flush();
                    items = [];
                    ordered = true;
                    start = numbered.Number;
                }

                items.Add(numbered.Text);
            }
            else if (items is not null)
            {
                // A line straight after an item continues it.
                items[^1] = items[^1].Length == 0 ? line : $"{items[^1]} {line}";
            }
            else
            {
                paragraph.Add(line);
            }
        }

        Flush();
        return blocks;
    }

    private static int? HeadingLevel(string line)
        => line.StartsWith("### ", StringComparison.Ordinal) && line.Length > 4 && !string.IsNullOrWhiteSpace(line[4..]) ? 3
            : line.StartsWith("## ", StringComparison.Ordinal) && line.Length > 3 && !string.IsNullOrWhiteSpace(line[3..]) ? 2
            : null;

    private static bool IsTableRow(string line) => line.Length > 1 && line[0] == '|';

    /// <summary>"| --- | :---: |": pipes, dashes, colons and spaces only, with at least one dash.</summary>
    private static bool IsDelimiterRow(string line)
        => IsTableRow(line) && line.Contains('-', StringComparison.Ordinal) && line.All(c => c is '|' or '-' or ':' or ' ');

    /// <summary>The cells between the pipes, trimmed; "\|" is a pipe in a cell.</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (line[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(line[i]);
            }
        }

        // A row may leave out its closing pipe.
        if (cell.ToString().Trim().Length > 0)
        {
            cells.Add(cell.ToString().Trim());
        }

        return cells;
    }

    private static bool IsBullet(string line)
        => line.Length > 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ';

    private static (int Number, string Text)? NumberedItem(string line)
    {
        var digits = 0;
        while (digits < line.Length && digits < 9 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits + 1 >= line.Length || line[digits] != '.' || line[digits + 1] != ' ')
        {
            return null;
        }

        var number = int.Parse(line.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture);
        return (number, line[(digits + 2)..].Trim());
    }
}
