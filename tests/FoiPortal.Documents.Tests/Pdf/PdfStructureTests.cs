using System.Text;
using FoiPortal.Documents.Tests.Support;
using PdfSharp.Pdf;

namespace FoiPortal.Documents.Tests.Pdf;

/// <summary>The tagged structure an assistive technology reads, checked in the file's own objects.</summary>
public class PdfStructureTests
{
    private static readonly LetterDocument SmallLetter = new(
        "Decision on your request",
        "FOI/2026/00007",
        [
            new Heading(1, "Decision"),
            new Paragraph("We have decided."),
            new Heading(2, "Details"),
            new BulletList(["First point"]),
            new Table("Figures", ["Year", "Count"], [["2021", "4"], ["2022", "9"]]),
            new Heading(3, "Notes"),
            new AddressBlock(["1 Example Street", "Coventry"]),
        ]);

    [Fact]
    public void The_catalog_marks_the_document_as_tagged_with_its_language_and_title_shown()
    {
        using var document = PdfStructure.Open(PdfRenderer.Render(SmallLetter));
        var catalog = document.Internals.Catalog;

        Assert.NotNull(catalog.Elements.GetDictionary("/StructTreeRoot"));
        Assert.True(catalog.Elements.GetDictionary("/MarkInfo")!.Elements.GetBoolean("/Marked"));
        Assert.Equal("en-GB", catalog.Elements.GetString("/Lang"));
        Assert.True(catalog.Elements.GetDictionary("/ViewerPreferences")!.Elements.GetBoolean("/DisplayDocTitle"));
        Assert.Equal("Decision on your request", document.Info.Title);
    }

    [Fact]
    public void A_letter_without_a_title_is_titled_by_its_reference()
    {
        using var document = PdfStructure.Open(PdfRenderer.Render(SmallLetter with { Title = " " }));

        Assert.Equal("FOI/2026/00007", document.Info.Title);
    }

    [Fact]
    public void The_document_language_is_the_letters()
    {
        using var document = PdfStructure.Open(PdfRenderer.Render(SmallLetter with { Language = "cy" }));

        Assert.Equal("cy", document.Internals.Catalog.Elements.GetString("/Lang"));
    }

    [Fact]
    public void The_structure_tree_follows_the_blocks_in_reading_order()
    {
        using var document = PdfStructure.Open(PdfRenderer.Render(SmallLetter));

        var tags = PdfStructure.Tree(document).Descendants().Select(n => n.Tag).ToList();

        string[] expected =
        [
            "Document",
            "H1", "P", "H2",
            "L", "LI", "Lbl", "LBody",
            "Table", "Caption", "THead", "TR", "TH", "TH", "TBody", "TR", "TD", "TD", "TR", "TD", "TD",
            "H3", "P",
        ];
        Assert.Equal(expected, tags);
    }

    [Fact]
    public void Header_cells_say_they_head_their_column()
    {
        using var document = PdfStructure.Open(PdfRenderer.Render(SmallLetter));

        var headers = PdfStructure.Tree(document).Descendants().Where(n => n.Tag == "TH").ToList();

        Assert.Equal(2, headers.Count);
        Assert.All(headers, th =>
        {
            var attributes = th.Element.Elements.GetDictionary("/A")!;
            Assert.Equal("/Table", attributes.Elements.GetName("/O"));
            Assert.Equal("/Column", attributes.Elements.GetName("/Scope"));
        });
    }

    [Fact]
    public void Every_tagged_element_holds_marked_content_except_empty_table_cells()
    {
        using var document = PdfStructure.Open(PdfRenderer.Render(SmallLetter));

        var leaves = PdfStructure.Tree(document).Descendants()
            .Where(n => n.Tag is "H1" or "H2" or "H3" or "P" or "Lbl" or "LBody" or "Caption" or "TH" or "TD");

        Assert.All(leaves, n => Assert.NotEmpty(n.Mcids));
    }

    [Fact]
    public void A_table_over_several_pages_is_one_table_with_its_header_cells_tagged_once()
    {
        var rows = Enumerable.Range(1, 120).Select(i => (IReadOnlyList<string>)[$"{i}", $"value {i}"]).ToList();
        var pdf = PdfRenderer.Render(new LetterDocument("Long table", "FOI/1", [new Table(null, ["Number", "Value"], rows)]));
        using var document = PdfStructure.Open(pdf);

        var tree = PdfStructure.Tree(document).Descendants().ToList();

        Assert.True(document.PageCount >= 3);
        Assert.Single(tree, n => n.Tag == "Table");
        Assert.Equal(2, tree.Count(n => n.Tag == "TH"));
        Assert.Equal(240, tree.Count(n => n.Tag == "TD"));
        Assert.Equal(121, tree.Count(n => n.Tag == "TR"));
        var pagesWithCells = tree.Where(n => n.Tag == "TD").SelectMany(n => n.Pages).Distinct().Count();
        Assert.Equal(document.PageCount, pagesWithCells);
    }

    [Fact]
    public void A_paragraph_that_continues_on_the_next_page_is_one_element_on_both_pages()
    {
        var longText = string.Join(' ', Enumerable.Repeat("The information is held but its retrieval would exceed the cost limit.", 120));
        using var document = PdfStructure.Open(PdfRenderer.Render(new LetterDocument("Long", "FOI/1", [new Paragraph(longText)])));

        var paragraph = Assert.Single(PdfStructure.Tree(document).Descendants(), n => n.Tag == "P");

        Assert.True(document.PageCount >= 2);
        Assert.Equal(document.PageCount, paragraph.Pages.Distinct().Count());
    }

    [Fact]
    public void Every_page_links_its_marked_content_to_the_structure_and_marks_header_and_footer_as_artifacts()
    {
        using var document = PdfStructure.Open(PdfRenderer.Render(PdfRendererTests.ResponseLetter()));
        var parentTree = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!.Elements.GetDictionary("/ParentTree")!;
        var nums = parentTree.Elements.GetArray("/Nums")!;

        foreach (var page in document.Pages)
        {
            var key = page.Elements.GetInteger("/StructParents");
            var index = Enumerable.Range(0, nums.Elements.Count / 2).Single(i => nums.Elements.GetInteger(2 * i) == key);
            var parents = nums.Elements.GetArray((2 * index) + 1)!;
            var content = Content(page);
            Assert.Equal(parents.Elements.Count, Occurrences(content, "<</MCID "));
            Assert.Equal(1, Occurrences(content, "/Artifact <</Type /Pagination /Subtype /Header>> BDC"));
            Assert.Equal(1, Occurrences(content, "/Artifact <</Type /Pagination /Subtype /Footer>> BDC"));
        }
    }

    private static string Content(PdfPage page)
    {
        var builder = new StringBuilder();
        foreach (var item in page.Contents.Elements)
        {
            var stream = item is PdfSharp.Pdf.Advanced.PdfReference r ? ((PdfDictionary)r.Value).Stream : ((PdfDictionary)item).Stream;
            builder.Append(Encoding.Latin1.GetString(stream.UnfilteredValue));
        }

        return builder.ToString();
    }

    private static int Occurrences(string text, string value) => PdfText.Count(text, value);
}
