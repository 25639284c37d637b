using System.Globalization;

namespace FoiPortal.Documents;

/// <summary>Reading a <see cref="Table"/> the same way in both renderers: its columns, its cells, which columns hold numbers.</summary>
internal static class TableShape
{
    /// <summary>The number of columns: the headers, or the longest row when there are no headers.</summary>
    public static int ColumnCount(Table table)
    {
        if (table.Headers.Count > 0)
        {
            return table.Headers.Count;
        }

        var count = 0;
        foreach (var row in table.Rows)
        {
            count = Math.Max(count, row?.Count ?? 0);
        }

        return count;
    }

    public static string Header(Table table, int column) => column < table.Headers.Count ? table.Headers[column] ?? "" : "";

    public static string Cell(IReadOnlyList<string>? row, int column) => row is not null && column < row.Count ? row[column] ?? "" : "";

    /// <summary>
    /// Columns whose every non-empty cell is a number (for example "1,204", "-3.5", "£450" or "12%") and that have
    /// at least one: they are right-aligned, as GOV.UK's numeric table cells are, so digits line up.
    /// </summary>
    public static bool[] NumericColumns(Table table)
    {
        var columns = ColumnCount(table);
        var numeric = new bool[columns];
        for (var c = 0; c < columns; c++)
        {
            var sawNumber = false;
            var allNumbers = true;
            foreach (var row in table.Rows)
            {
                var cell = Cell(row, c).Trim();
                if (cell.Length == 0)
                {
                    continue;
                }

                if (!IsNumber(cell))
                {
                    allNumbers = false;
                    break;
                }

                sawNumber = true;
            }

            numeric[c] = sawNumber && allNumbers;
        }

        return numeric;
    }

    private static bool IsNumber(string cell)
    {
        var span = cell.AsSpan();
        if (span.EndsWith("%"))
        {
            span = span[..^1];
        }

        if (span.StartsWith("£"))
        {
            span = span[1..];
        }
        else if (span.StartsWith("-£"))
        {
            span = string.Concat("-", span[2..]);
        }

        return span.Length > 0
            && decimal.TryParse(span, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands,
                CultureInfo.InvariantCulture, out _);
    }
}
