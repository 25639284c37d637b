using System.Text;

namespace FoiPortal.Core.DisclosureLog;

/// <summary>
/// RFC 4180 CSV, both ways: <see cref="Read"/> for checking attachments cell by cell, <see cref="Field"/> and
/// <see cref="Row"/> for the log's public export. Small and strict enough for both; no dependency.
/// </summary>
public static class Csv
{
    /// <summary>
    /// The rows and cells of a CSV file. Accepts CRLF, LF or CR line ends, quoted fields with "" for a quote and line
    /// breaks inside quotes. Returns false (and no rows) when a quote is never closed, so callers can fall back to
    /// reading the file as plain text instead of trusting a wrong split.
    /// </summary>
    public static bool TryRead(string text, out IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var result = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when !fieldStarted || field.Length == 0:
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    row.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    result.Add(row);
                    row = [];
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }

        if (inQuotes)
        {
            rows = [];
            return false;
        }

        if (fieldStarted || field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            result.Add(row);
        }

        rows = result;
        return true;
    }

    /// <summary>
    /// One field for the public export. Quoted when it holds a comma, quote or line break (RFC 4180 s.2). A value that
    /// a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) is prefixed with an
    /// apostrophe, so opening the log's index in a spreadsheet never runs anything (OWASP "CSV injection").
    /// </summary>
    public static string Field(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny("\",\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    /// <summary>A whole record with its CRLF (RFC 4180 s.2).</summary>
    public static string Row(params string?[] values) => string.Join(',', values.Select(Field)) + "\r\n";
}
