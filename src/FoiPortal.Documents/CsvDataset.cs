using System.Globalization;
using System.Text;

namespace FoiPortal.Documents;

/// <summary>The outcome of reading an uploaded CSV: a table, or GOV.UK-style messages saying what to fix.</summary>
/// <param name="Table">The data, first row as headers; null when there are errors.</param>
/// <param name="Errors">What is wrong with the file, in a form an error summary can show as it is.</param>
public sealed record CsvParseResult(Table? Table, IReadOnlyList<string> Errors)
{
    public bool IsValid => Table is not null && Errors.Count == 0;
}

/// <summary>
/// Datasets released under FOIA s.11(1A) and s.11A must be given "in an electronic form which is capable of re-use":
/// officers upload CSV, which becomes a table in the attachment PDF and is offered again as CSV.
/// Reading follows RFC 4180 (quoted fields, "" for a quote, commas and line breaks inside quotes, CRLF or LF line
/// endings), strips a UTF-8 byte order mark, decodes strictly as UTF-8 and ignores blank lines.
/// </summary>
public static class CsvDataset
{
    public const int DefaultMaxBytes = 5 * 1024 * 1024;

    /// <summary>More columns than this cannot be read in an A4 table.</summary>
    public const int MaxColumns = 50;

    /// <summary>Rows past this would make an attachment of thousands of pages; split the data into several files.</summary>
    public const int MaxRows = 50_000;

    /// <summary>At most this many row errors are listed; the rest are counted in one message.</summary>
    public const int MaxRowErrors = 5;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static CsvParseResult Parse(byte[] content, string fileName, int maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!string.Equals(Path.GetExtension(fileName ?? ""), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            return Fail("The file must be a CSV file");
        }

        if (content.Length == 0)
        {
            return Fail("The file is empty");
        }

        if (content.Length > maxBytes)
        {
            return Fail($"The file must be smaller than {Size(maxBytes)}");
        }

        if (StartsWith(content, [0xFF, 0xFE]) || StartsWith(content, [0xFE, 0xFF]))
        {
            return Fail("The file must be saved as UTF-8 (it is saved as UTF-16): in Excel, choose \"CSV UTF-8\" when you save it");
        }

        if (Array.IndexOf(content, (byte)0) >= 0 || LooksLikeAnotherFormat(content))
        {
            return Fail("The file must be a CSV file");
        }

        var bom = StartsWith(content, [0xEF, 0xBB, 0xBF]) ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(content, bom, content.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            var row = RowOfByte(content, bom, FirstInvalidUtf8Byte(content, bom));
            return Fail($"The file must be saved as UTF-8 (row {row} has a character that is not UTF-8): in Excel, choose \"CSV UTF-8\" when you save it");
        }

        if (text.Length == 0)
        {
            return Fail("The file is empty");
        }

        return Read(text);
    }

    /// <summary>
    /// Writes the table as RFC 4180 CSV (CRLF line endings, a field quoted when it holds a comma, quote or line break),
    /// header row first. A cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
    /// carriage return) is prefixed with a single quote: the OWASP defence against CSV injection. Plain numbers such
    /// as "-3" or "+44" are left as they are: a spreadsheet reads them as numbers, never as formulas.
    /// </summary>
    public static string ToCsv(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = TableShape.ColumnCount(table);
        var csv = new StringBuilder();
        AppendRecord(csv, Enumerable.Range(0, columns).Select(c => TableShape.Header(table, c)));
        foreach (var row in table.Rows)
        {
            AppendRecord(csv, Enumerable.Range(0, columns).Select(c => TableShape.Cell(row, c)));
        }

        return csv.ToString();
    }

    /// <summary>
    /// <see cref="ToCsv"/> as UTF-8 bytes with a byte order mark, so that Excel opens "£" and accented names correctly.
    /// </summary>
    public static byte[] ToCsvUtf8(Table table)
        => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(ToCsv(table))];

    private static CsvParseResult Read(string text)
    {
        var records = new List<(int Row, List<string> Fields)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        // Rows are counted as a spreadsheet shows them: one per record, blank lines included.
        var row = 1;
        var i = 0;
        var atFieldStart = true;
        var anyFieldContent = false;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            atFieldStart = true;
        }

        void EndRecord()
        {
            EndField();

            // A blank line is not a record.
            if (anyFieldContent || fields.Count > 1)
            {
                records.Add((row, [.. fields]));
            }

            fields.Clear();
            anyFieldContent = false;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                // A quoted field: runs to the next quote that is not doubled.
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        return Fail($"Row {row} has a quote mark that is not closed: put a quote mark at the end of the field");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i]);
                    i++;
                }

                anyFieldContent = true;
                atFieldStart = false;
                if (i < text.Length && text[i] is not ',' and not '\r' and not '\n')
                {
                    return Fail($"Row {row} has a quote mark inside a field that is not at its start and end: put quote marks around the whole field and write each quote mark inside it twice (\"\")");
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    EndField();
                    anyFieldContent = true;
                    i++;
                    break;
                case '\r':
                case '\n':
                    EndRecord();
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    row++;
                    break;
                default:
                    field.Append(c);
                    anyFieldContent = true;
                    atFieldStart = false;
                    i++;
                    break;
            }

            if (records.Count > MaxRows + 1)
            {
                return Fail($"The file must have no more than {MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows of data: split it into smaller files");
            }
        }

        if (!atFieldStart || field.Length > 0 || fields.Count > 0 || anyFieldContent)
        {
            EndRecord();
        }

        return Check(records);
    }

    private static CsvParseResult Check(List<(int Row, List<string> Fields)> records)
    {
        if (records.Count == 0)
        {
            return Fail("The file is empty");
        }

        var (_, headers) = records[0];
        if (headers.Count > MaxColumns)
        {
            return Fail($"The file must have no more than {MaxColumns} columns (it has {headers.Count})");
        }

        if (records.Count > MaxRows + 1)
        {
            return Fail($"The file must have no more than {MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows of data: split it into smaller files");
        }

        var errors = new List<string>();
        for (var c = 0; c < headers.Count; c++)
        {
            if (string.IsNullOrWhiteSpace(headers[c]))
            {
                errors.Add($"Column {c + 1} of the header row is empty: the first row must give every column a heading");
            }
        }

        var raggedRows = 0;
        foreach (var (row, fields) in records.Skip(1))
        {
            if (fields.Count != headers.Count)
            {
                raggedRows++;
                if (raggedRows <= MaxRowErrors)
                {
                    errors.Add($"Row {row} has {Columns(fields.Count)} but the header row has {headers.Count}: every row must have the same number of columns");
                }
            }
        }

        if (raggedRows > MaxRowErrors)
        {
            var more = raggedRows - MaxRowErrors;
            errors.Add($"{more} more {(more == 1 ? "row has" : "rows have")} a different number of columns from the header row");
        }

        if (records.Count == 1 && errors.Count == 0)
        {
            errors.Add("The file must have at least one row of data below the header row");
        }

        if (errors.Count > 0)
        {
            return new CsvParseResult(null, errors);
        }

        var rows = new List<IReadOnlyList<string>>(records.Count - 1);
        for (var r = 1; r < records.Count; r++)
        {
            rows.Add(records[r].Fields);
        }

        return new CsvParseResult(new Table(null, [.. headers.Select(h => h.Trim())], rows), []);
    }

    private static string Columns(int count) => count == 1 ? "1 column" : $"{count} columns";

    private static void AppendRecord(StringBuilder csv, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var raw in fields)
        {
            if (!first)
            {
                csv.Append(',');
            }

            first = false;
            var value = NeutraliseFormula(raw ?? "");
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                csv.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                csv.Append(value);
            }
        }

        csv.Append("\r\n");
    }

    private static string NeutraliseFormula(string value)
    {
        if (value.Length == 0 || value[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return value;
        }

        var isPlainNumber = value[0] is '+' or '-'
            && decimal.TryParse(value.AsSpan(1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
        return isPlainNumber ? value : "'" + value;
    }

    private static CsvParseResult Fail(string error) => new(null, [error]);

    private static bool StartsWith(byte[] content, ReadOnlySpan<byte> prefix) => content.AsSpan().StartsWith(prefix);

    /// <summary>Spreadsheets, documents and archives saved with a .csv name (an .xlsx is a zip file).</summary>
    private static bool LooksLikeAnotherFormat(byte[] content)
        => StartsWith(content, "PK\u0003\u0004"u8) || StartsWith(content, "%PDF-"u8)
            || StartsWith(content, [0xD0, 0xCF, 0x11, 0xE0]) || StartsWith(content, "{\\rtf"u8);

    private static int FirstInvalidUtf8Byte(byte[] content, int from)
    {
        var buffer = new char[4096];
        var offset = from;
        while (offset < content.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(
                content.AsSpan(offset), buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status != System.Buffers.OperationStatus.DestinationTooSmall)
            {
                return Math.Min(offset, content.Length - 1);
            }
        }

        return content.Length - 1;
    }

    /// <summary>The CSV row (record) a byte is in, counting line breaks outside quoted fields. Quotes, commas and line
    /// breaks are ASCII, so bytes can be scanned before they are decoded.</summary>
    private static int RowOfByte(byte[] content, int from, int index)
    {
        var row = 1;
        var quoted = false;
        for (var i = from; i < index; i++)
        {
            switch (content[i])
            {
                case (byte)'"':
                    quoted = !quoted;
                    break;
                case (byte)'\n' when !quoted:
                    row++;
                    break;
                case (byte)'\r' when !quoted && (i + 1 >= content.Length || content[i + 1] != '\n'):
                    row++;
                    break;
            }
        }

        return row;
    }

    private static string Size(int bytes)
        => bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB"
            : bytes % 1024 == 0 ? $"{bytes / 1024} KB"
            : $"{bytes} bytes";
}
