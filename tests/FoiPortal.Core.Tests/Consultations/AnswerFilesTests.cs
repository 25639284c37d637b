using System.IO.Compression;
using System.Text;
using FoiPortal.Core.Consultations;

namespace FoiPortal.Core.Tests.Consultations;

/// <summary>Issue 18: answer files are CSV, XLSX, PDF or DOCX by content, not by name, and at most 20 MB each.</summary>
public class AnswerFilesTests
{
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("Year,Offences\r\n2024,301\r\n2025,312\r\n");
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
    private static readonly byte[] Xlsx = Package("xl/workbook.xml", withContentTypes: true);
    private static readonly byte[] Docx = Package("word/document.xml", withContentTypes: true);
    private static readonly byte[] PlainZip = Package("xl/workbook.xml", withContentTypes: false);
    private static readonly byte[] Exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0];
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];

    public static TheoryData<string, byte[], AnswerFileKind?> Files => new()
    {
        { "figures.csv", Csv, AnswerFileKind.Csv },
        { "FIGURES.CSV", Csv, AnswerFileKind.Csv },
        { "letter.pdf", Pdf, AnswerFileKind.Pdf },
        { "figures.xlsx", Xlsx, AnswerFileKind.Xlsx },
        { "note.docx", Docx, AnswerFileKind.Docx },
        { "figures.csv", Pdf, null },          // a PDF named .csv
        { "figures.xlsx", Docx, null },        // a Word file named .xlsx
        { "figures.xlsx", PlainZip, null },    // a zip without [Content_Types].xml
        { "figures.csv", Exe, null },          // a program named .csv
        { "photo.png", Png, null },            // an image: not an allowed kind
        { "figures.txt", Csv, null },          // text, but not named as a CSV
        { "figures", Csv, null },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Check_ByContentAndName(string name, byte[] content, AnswerFileKind? expected)
    {
        var (kind, refusal) = AnswerFiles.Check(name, content);

        Assert.Equal(expected, kind);
        Assert.Equal(expected is null, refusal is not null);
    }

    [Fact]
    public void Check_ABinaryByteLateInACsv_IsRefused()
    {
        var content = Encoding.UTF8.GetBytes(new string('a', 2_000) + "\0" + "b");

        Assert.Equal("The file data.csv is not a real CSV file: the file must be a CSV, XLSX, PDF or DOCX", AnswerFiles.Check("data.csv", content).Refusal);
    }

    [Theory]
    [InlineData(0L, "The file a.csv is empty")]
    [InlineData(1L, null)]
    [InlineData(20L * 1024 * 1024, null)]
    [InlineData((20L * 1024 * 1024) + 1, "The file a.csv must be smaller than 20 MB")]
    public void Size_UpToTwentyMegabytes(long length, string? expected) =>
        Assert.Equal(expected, AnswerFiles.WhyTooLarge("a.csv", length));

    [Theory]
    [InlineData("C:\\Users\\me\\figures.csv", "figures.csv")]
    [InlineData("../../etc/passwd.csv", "passwd.csv")]
    [InlineData("a\"b\u0001.csv", "ab.csv")]
    [InlineData("", "file")]
    public void SafeName_DropsFoldersAndOddCharacters(string given, string expected) =>
        Assert.Equal(expected, AnswerFiles.SafeName(given));

    private static byte[] Package(string mainPart, bool withContentTypes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (withContentTypes)
            {
                using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
                writer.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            using var part = new StreamWriter(zip.CreateEntry(mainPart).Open());
            part.Write("<x/>");
        }

        return stream.ToArray();
    }
}
