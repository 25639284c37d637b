using System.Text;

namespace FoiPortal.Documents.Tests;

public class CsvDatasetTests
{
    private static CsvParseResult Parse(string text, string fileName = "offences.csv") => CsvDataset.Parse(Encoding.UTF8.GetBytes(text), fileName);

    private static CsvParseResult Parse(byte[] bytes, string fileName = "offences.csv") => CsvDataset.Parse(bytes, fileName);

    private static string Only(CsvParseResult result)
    {
        Assert.Null(result.Table);
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void A_simple_file_becomes_a_table_with_the_first_row_as_headers()
    {
        var result = Parse("Year,Platform,Offences\n2021,Snapchat,14\n2022,Instagram,9\n");

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.Equal(["Year", "Platform", "Offences"], result.Table!.Headers);
        Assert.Equal(2, result.Table.Rows.Count);
        Assert.Equal(["2021", "Snapchat", "14"], result.Table.Rows[0]);
        Assert.Equal(["2022", "Instagram", "9"], result.Table.Rows[1]);
    }

    [Fact]
    public void Quoted_fields_may_hold_commas_quotes_and_line_breaks()
    {
        var result = Parse("Name,Note\n\"Smith, J\",\"She said \"\"no\"\"\"\n\"Multi\nline\",\"\"\n");

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(["Smith, J", "She said \"no\""], result.Table!.Rows[0]);
        Assert.Equal(["Multi\nline", ""], result.Table.Rows[1]);
    }

    [Fact]
    public void Crlf_line_endings_read_the_same_as_lf()
    {
        var crlf = Parse("A,B\r\n1,2\r\n\"x\r\ny\",3\r\n");

        Assert.True(crlf.IsValid);
        Assert.Equal(["1", "2"], crlf.Table!.Rows[0]);
        Assert.Equal(["x\r\ny", "3"], crlf.Table.Rows[1]);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_stripped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Force,Cost\nWest Midlands,£450\n")).ToArray();

        var result = Parse(bytes);

        Assert.Equal(["Force", "Cost"], result.Table!.Headers);
        Assert.Equal(["West Midlands", "£450"], result.Table.Rows[0]);
    }

    [Fact]
    public void The_last_line_may_have_no_line_ending_and_blank_lines_are_ignored()
    {
        var result = Parse("A,B\n\n1,2\n\n3,4");

        Assert.True(result.IsValid);
        Assert.Equal([["1", "2"], ["3", "4"]], result.Table!.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public void Empty_fields_are_kept()
    {
        var result = Parse("A,B,C\n,,\n1,,3\n");

        Assert.Equal(["", "", ""], result.Table!.Rows[0]);
        Assert.Equal(["1", "", "3"], result.Table.Rows[1]);
    }

    [Fact]
    public void An_empty_file_is_refused()
        => Assert.Equal("The file is empty", Only(Parse([])));

    [Fact]
    public void A_file_of_only_a_byte_order_mark_or_blank_lines_is_empty()
    {
        Assert.Equal("The file is empty", Only(Parse([0xEF, 0xBB, 0xBF])));
        Assert.Equal("The file is empty", Only(Parse("\n\r\n\n")));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_naming_the_limit()
    {
        var bytes = Encoding.UTF8.GetBytes("A\n" + new string('1', 5 * 1024 * 1024));

        Assert.Equal("The file must be smaller than 5 MB", Only(Parse(bytes)));
    }

    [Fact]
    public void The_size_limit_can_be_set_by_the_caller()
    {
        var bytes = Encoding.UTF8.GetBytes("A\n" + new string('1', 2048));

        Assert.Equal("The file must be smaller than 2 KB", Only(CsvDataset.Parse(bytes, "a.csv", maxBytes: 2048)));
        Assert.True(CsvDataset.Parse(bytes, "a.csv", maxBytes: 4096).IsValid);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_naming_the_row()
    {
        // "£" in Windows-1252 is the single byte 0xA3, which is not valid UTF-8.
        var bytes = Encoding.ASCII.GetBytes("Force,Cost\nA,1\nB,X\n").ToList();
        bytes.Insert(bytes.LastIndexOf((byte)'X'), 0xA3);

        var error = Only(Parse([.. bytes]));

        Assert.StartsWith("The file must be saved as UTF-8 (row 3 has a character that is not UTF-8)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_row_of_a_bad_byte_counts_records_not_lines()
    {
        // Row 2 has a line break inside quotes, so the bad byte on the fourth line is in row 3.
        var bytes = Encoding.ASCII.GetBytes("A,B\n\"two\nlines\",1\nZ,2\n").ToList();
        bytes.Insert(bytes.IndexOf((byte)'Z'), 0xE9);

        Assert.StartsWith("The file must be saved as UTF-8 (row 3 ", Only(Parse([.. bytes])), StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_utf8_sequence_at_the_end_is_refused()
    {
        // The first byte of "é" (C3 A9) without its second byte.
        var bytes = Encoding.UTF8.GetBytes("A\nb").Append((byte)0xC3).ToArray();

        Assert.StartsWith("The file must be saved as UTF-8 (row 2 ", Only(Parse(bytes)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf16_file_is_refused_as_not_utf8()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("A,B\n1,2\n")).ToArray();

        Assert.StartsWith("The file must be saved as UTF-8", Only(Parse(bytes)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_not_a_csv_file()
    {
        var bytes = new byte[] { 0x41, 0x2C, 0x42, 0x0A, 0x00, 0x01, 0x02, 0x0A };

        Assert.Equal("The file must be a CSV file", Only(Parse(bytes)));
    }

    [Fact]
    public void A_spreadsheet_saved_with_a_csv_name_is_not_a_csv_file()
    {
        // An .xlsx file is a zip archive: it starts "PK\x03\x04".
        var bytes = "PK\u0003\u0004rest of the archive"u8.ToArray();

        Assert.Equal("The file must be a CSV file", Only(Parse(bytes)));
    }

    [Theory]
    [InlineData("offences.xlsx")]
    [InlineData("offences.txt")]
    [InlineData("offences")]
    [InlineData("")]
    public void A_file_without_the_csv_extension_is_refused(string fileName)
        => Assert.Equal("The file must be a CSV file", Only(Parse("A,B\n1,2\n", fileName)));

    [Fact]
    public void The_extension_may_be_in_capitals()
        => Assert.True(Parse("A,B\n1,2\n", "OFFENCES.CSV").IsValid);

    [Fact]
    public void A_row_with_a_different_number_of_columns_is_refused_naming_the_row_and_both_counts()
    {
        var result = Parse("A,B,C,D,E\n1,2,3,4,5\n1,2,3,4,5\n1,2,3,4,5\n1,2,3,4,5\n1,2,3,4,5\n1,2,3,4\n");

        Assert.Equal("Row 7 has 4 columns but the header row has 5: every row must have the same number of columns", Only(result));
    }

    [Fact]
    public void Only_the_first_five_ragged_rows_are_listed_and_the_rest_are_counted()
    {
        var text = "A,B\n" + string.Concat(Enumerable.Range(0, 8).Select(_ => "1\n"));

        var result = Parse(text);

        Assert.Null(result.Table);
        Assert.Equal(6, result.Errors.Count);
        Assert.Equal("Row 2 has 1 column but the header row has 2: every row must have the same number of columns", result.Errors[0]);
        Assert.Equal("Row 6 has 1 column but the header row has 2: every row must have the same number of columns", result.Errors[4]);
        Assert.Equal("3 more rows have a different number of columns from the header row", result.Errors[5]);
    }

    [Fact]
    public void Row_numbers_count_blank_lines_as_a_spreadsheet_shows_them()
        => Assert.StartsWith("Row 4 has 3 columns", Only(Parse("A,B\n1,2\n\n1,2,3\n")), StringComparison.Ordinal);

    [Fact]
    public void A_quote_that_is_never_closed_is_refused()
        => Assert.Equal("Row 2 has a quote mark that is not closed: put a quote mark at the end of the field", Only(Parse("A,B\n\"open,1\n2,3\n")));

    [Fact]
    public void Text_after_a_closing_quote_is_refused()
        => Assert.StartsWith("Row 2 has a quote mark inside a field that is not at its start and end", Only(Parse("A,B\n\"ab\"c,1\n")), StringComparison.Ordinal);

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_kept_as_text()
        => Assert.Equal(["5\" disk", "1"], Parse("A,B\n5\" disk,1\n").Table!.Rows[0]);

    [Fact]
    public void A_header_row_alone_has_no_data()
        => Assert.Equal("The file must have at least one row of data below the header row", Only(Parse("A,B\n")));

    [Fact]
    public void Every_column_needs_a_heading()
        => Assert.Equal("Column 2 of the header row is empty: the first row must give every column a heading", Only(Parse("A,,C\n1,2,3\n")));

    [Fact]
    public void Too_many_columns_are_refused()
    {
        var header = string.Join(',', Enumerable.Range(1, 51).Select(i => $"C{i}"));

        Assert.Equal("The file must have no more than 50 columns (it has 51)", Only(Parse(header + "\n" + header + "\n")));
    }

    [Fact]
    public void Too_many_rows_are_refused()
    {
        var text = "A\n" + string.Concat(Enumerable.Repeat("1\n", CsvDataset.MaxRows + 1));

        Assert.Equal("The file must have no more than 50,000 rows of data: split it into smaller files", Only(Parse(text)));
    }

    [Fact]
    public void The_row_limit_itself_is_allowed()
    {
        var text = "A\n" + string.Concat(Enumerable.Repeat("1\n", CsvDataset.MaxRows));

        Assert.Equal(CsvDataset.MaxRows, Parse(text).Table!.Rows.Count);
    }

    [Fact]
    public void ToCsv_writes_rfc4180_with_crlf_and_quotes_only_where_needed()
    {
        var table = new Table(null, ["Name", "Note"], [["Smith, J", "said \"no\""], ["plain", "two\nlines"]]);

        Assert.Equal("Name,Note\r\n\"Smith, J\",\"said \"\"no\"\"\"\r\nplain,\"two\nlines\"\r\n", CsvDataset.ToCsv(table));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")]
    [InlineData("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    public void ToCsv_neutralises_cells_a_spreadsheet_would_run_as_formulas(string cell, string written)
        => Assert.Equal($"H\r\n{written}\r\n", CsvDataset.ToCsv(new Table(null, ["H"], [[cell]])));

    [Theory]
    [InlineData("-3")]
    [InlineData("-12.5")]
    [InlineData("+44")]
    [InlineData("email@example.com")]
    [InlineData("2 = 2")]
    public void ToCsv_leaves_plain_numbers_and_harmless_text_alone(string cell)
        => Assert.Equal($"H\r\n{cell}\r\n", CsvDataset.ToCsv(new Table(null, ["H"], [[cell]])));

    [Fact]
    public void ToCsv_guards_the_header_row_too()
        => Assert.Equal("'=1\r\nx\r\n", CsvDataset.ToCsv(new Table(null, ["=1"], [["x"]])));

    [Fact]
    public void A_table_survives_a_round_trip_through_csv()
    {
        var table = new Table(null, ["Year", "Platform, app", "Note"], [["2021", "Snap\"chat\"", "line one\r\nline two"], ["2022", "", "£450 – café"]]);

        var back = CsvDataset.Parse(CsvDataset.ToCsvUtf8(table), "roundtrip.csv");

        Assert.True(back.IsValid, string.Join("; ", back.Errors));
        Assert.Equal(table.Headers, back.Table!.Headers);
        Assert.Equal(table.Rows.Select(r => r.ToArray()), back.Table.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public void ToCsvUtf8_starts_with_a_byte_order_mark_for_excel()
        => Assert.Equal([0xEF, 0xBB, 0xBF, (byte)'A'], CsvDataset.ToCsvUtf8(new Table(null, ["A"], [])).Take(4));
}
