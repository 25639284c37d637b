using System.Globalization;
using System.Text;

namespace FoiPortal.Documents;

/// <summary>
/// Renders a <see cref="LetterDocument"/> as an HTML fragment (no &lt;html&gt; or &lt;body&gt;) with GOV.UK Frontend
/// classes, for the preview page. The page that shows it owns the &lt;h1&gt;, so a level 1 heading becomes an
/// &lt;h2 class="govuk-heading-l"&gt;, level 2 an &lt;h3 class="govuk-heading-m"&gt; and level 3 an
/// &lt;h4 class="govuk-heading-s"&gt;. Every text is HTML-encoded: nothing in a letter is ever markup. The title,
/// reference and author are not part of the fragment (the PDF prints them in its page header and metadata).
/// </summary>
public static class HtmlRenderer
{
    /// <summary>Text in our Markdown subset (<see cref="SimpleMarkdown"/>) as GOV.UK HTML: how a page shows wording the letter will carry.</summary>
    public static string RenderMarkdown(string text) =>
        Render(new LetterDocument(string.Empty, string.Empty, SimpleMarkdown.Parse(text ?? string.Empty)));

    public static string Render(LetterDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder(1024);
        foreach (var block in document.Blocks)
        {
            if (block is null || BlockContent.IsEmpty(block))
            {
                continue;
            }

            switch (block)
            {
                case Heading heading:
                    var level = BlockContent.HeadingLevel(heading);
                    var (element, size) = level switch
                    {
                        1 => ("h2", "l"),
                        2 => ("h3", "m"),
                        _ => ("h4", "s"),
                    };
                    html.Append('<').Append(element).Append(" class=\"govuk-heading-").Append(size).Append("\">");
                    AppendEncoded(html, TextCleaner.CleanSingleLine(heading.Text).Trim());
                    html.Append("</").Append(element).Append(">\n");
                    break;
                case Paragraph paragraph:
                    html.Append("<p class=\"govuk-body\">");
                    AppendWithLineBreaks(html, TextCleaner.Clean(paragraph.Text));
                    html.Append("</p>\n");
                    break;
                case AddressBlock address:
                    AppendLines(html, "govuk-body", address.Lines);
                    break;
                case LetterHead head:
                    // Sender first in reading order; the stylesheet puts it on the right, as in the PDF.
                    html.Append("<div class=\"app-letter-head\">\n");
                    if (head.Sender.Count > 0)
                    {
                        AppendLines(html, "govuk-body app-letter-head__sender", head.Sender);
                    }

                    if (head.Recipient.Count > 0)
                    {
                        AppendLines(html, "govuk-body app-letter-head__recipient", head.Recipient);
                    }

                    html.Append("</div>\n");
                    break;
                case BulletList list:
                    html.Append("<ul class=\"govuk-list govuk-list--bullet\">\n");
                    AppendItems(html, list.Items);
                    html.Append("</ul>\n");
                    break;
                case NumberedList list:
                    html.Append("<ol class=\"govuk-list govuk-list--number\"");
                    if (list.Start != 1)
                    {
                        html.Append(" start=\"").Append(list.Start.ToString(CultureInfo.InvariantCulture)).Append('"');
                    }

                    html.Append(">\n");
                    AppendItems(html, list.Items);
                    html.Append("</ol>\n");
                    break;
                case Table table:
                    AppendTable(html, table);
                    break;
            }
        }

        return html.ToString();
    }

    /// <summary>Lines printed with no gap between them, as one paragraph; an empty line leaves a line's space.</summary>
    private static void AppendLines(StringBuilder html, string classes, IReadOnlyList<string> lines)
    {
        html.Append("<p class=\"").Append(classes).Append("\">");
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                html.Append("<br>");
            }

            AppendEncoded(html, TextCleaner.CleanSingleLine(lines[i]).Trim());
        }

        html.Append("</p>\n");
    }

    private static void AppendItems(StringBuilder html, IReadOnlyList<string> items)
    {
        foreach (var item in items)
        {
            html.Append("  <li>");
            AppendWithLineBreaks(html, TextCleaner.Clean(item));
            html.Append("</li>\n");
        }
    }

    private static void AppendTable(StringBuilder html, Table table)
    {
        var columns = TableShape.ColumnCount(table);
        var numeric = TableShape.NumericColumns(table);
        html.Append("<table class=\"govuk-table\">\n");
        if (!string.IsNullOrWhiteSpace(table.Caption))
        {
            html.Append("  <caption class=\"govuk-table__caption govuk-table__caption--m\">");
            AppendEncoded(html, TextCleaner.CleanSingleLine(table.Caption).Trim());
            html.Append("</caption>\n");
        }

        html.Append("  <thead class=\"govuk-table__head\">\n    <tr class=\"govuk-table__row\">\n");
        for (var c = 0; c < columns; c++)
        {
            html.Append("      <th scope=\"col\" class=\"govuk-table__header");
            if (numeric[c])
            {
                html.Append(" govuk-table__header--numeric");
            }

            html.Append("\">");
            AppendWithLineBreaks(html, TextCleaner.Clean(TableShape.Header(table, c)));
            html.Append("</th>\n");
        }

        html.Append("    </tr>\n  </thead>\n  <tbody class=\"govuk-table__body\">\n");
        foreach (var row in table.Rows)
        {
            html.Append("    <tr class=\"govuk-table__row\">\n");
            for (var c = 0; c < columns; c++)
            {
                html.Append("      <td class=\"govuk-table__cell");
                if (numeric[c])
                {
                    html.Append(" govuk-table__cell--numeric");
                }

                html.Append("\">");
                AppendWithLineBreaks(html, TextCleaner.Clean(TableShape.Cell(row, c)));
                html.Append("</td>\n");
            }

            html.Append("    </tr>\n");
        }

        html.Append("  </tbody>\n</table>\n");
    }

    private static void AppendWithLineBreaks(StringBuilder html, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                html.Append("<br>");
            }

            AppendEncoded(html, lines[i].Trim());
        }
    }

    /// <summary>Encodes the five characters that can change the meaning of HTML text or of a quoted attribute.</summary>
    private static void AppendEncoded(StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    html.Append("&amp;");
                    break;
                case '<':
                    html.Append("&lt;");
                    break;
                case '>':
                    html.Append("&gt;");
                    break;
                case '"':
                    html.Append("&quot;");
                    break;
                case '\'':
                    html.Append("&#39;");
                    break;
                default:
                    html.Append(c);
                    break;
            }
        }
    }
}
