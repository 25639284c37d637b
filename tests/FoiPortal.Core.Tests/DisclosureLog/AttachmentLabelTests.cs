using FoiPortal.Core.DisclosureLog;

namespace FoiPortal.Core.Tests.DisclosureLog;

/// <summary>Issue 18: attachments are listed by what they are, and excerpts never show internal file names.</summary>
public class AttachmentLabelTests
{
    [Theory]
    [InlineData("311A_24_speed_cameras.csv", "Speed cameras")]
    [InlineData("102A_25_fleet.csv", "Fleet")]
    [InlineData("Figures_2023_final.csv", "Figures 2023 final")]
    [InlineData("62A_23_attachment.csv", "Attachment")]
    [InlineData("2024.pdf", "Attachment")]
    [InlineData("stop-and-search.txt", "Stop and search")]
    public void LabelFrom_MakesWordsFromTheFileName(string fileName, string label)
    {
        Assert.Equal(label, DisclosureAttachment.LabelFrom(fileName));
    }

    [Fact]
    public void Label_IsTheTitleWhenThereIsOne()
    {
        var withTitle = DisclosureAttachment.Create("62A_23_response_v1.pdf", "application/pdf", [1, 2, 3], "  Response letter ");
        var without = DisclosureAttachment.Create("311A_24_speed_cameras.csv", "text/csv", [1]);

        Assert.Equal("Response letter", withTitle.Label);
        Assert.Equal("Speed cameras", without.Label);
        Assert.Null(without.Title);
    }

    [Theory]
    [InlineData("we have provided it: see the attachment 62A_23_attachment, as a PDF table and as a CSV file.", "see the attachment, as a PDF table")]
    [InlineData("The figures are in 311A_24_speed_cameras.csv below the table.", "The figures are in below the table.")]
    [InlineData("The figures are in figures_final.csv below.", "The figures are in below.")]
    public void Snippet_LeavesOutInternalFileNames(string text, string expected)
    {
        var shown = string.Concat(Snippet.Make([text], ["figures", "provided"]).Select(p => p.Text));

        Assert.Contains(expected, shown, StringComparison.Ordinal);
        Assert.DoesNotContain("_", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_KeepsOrdinaryWords()
    {
        var shown = string.Concat(Snippet.Make(["Body-worn video in 2024 and snake_case words."], ["video"]).Select(p => p.Text));

        Assert.Equal("Body-worn video in 2024 and snake_case words.", shown);
    }
}
