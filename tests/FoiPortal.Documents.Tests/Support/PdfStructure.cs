using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace FoiPortal.Documents.Tests.Support;

/// <summary>One element of a PDF's structure tree, read back from the file's objects.</summary>
internal sealed record StructureNode(string Tag, PdfDictionary Element, List<StructureNode> Children, List<int> Mcids, List<PdfDictionary> Pages)
{
    public IEnumerable<StructureNode> Descendants()
    {
        foreach (var child in Children)
        {
            yield return child;
            foreach (var descendant in child.Descendants())
            {
                yield return descendant;
            }
        }
    }
}

/// <summary>Reads the catalog and structure tree of a PDF with PDFsharp's reader (not with the code that wrote it).</summary>
internal static class PdfStructure
{
    public static PdfDocument Open(byte[] pdf) => PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    public static StructureNode Tree(PdfDocument document)
    {
        var root = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")
            ?? throw new InvalidOperationException("The catalog has no /StructTreeRoot.");
        var node = new StructureNode("StructTreeRoot", root, [], [], []);
        AddKids(node, root);
        return node;
    }

    private static void AddKids(StructureNode node, PdfDictionary element)
    {
        var kids = element.Elements["/K"];
        if (kids is PdfArray array)
        {
            foreach (var kid in array.Elements)
            {
                AddKid(node, element, kid);
            }
        }
        else if (kids is not null)
        {
            AddKid(node, element, kids);
        }
    }

    private static void AddKid(StructureNode node, PdfDictionary parent, PdfItem kid)
    {
        var value = kid is PdfReference reference ? reference.Value : kid;
        switch (value)
        {
            case PdfInteger mcid:
                node.Mcids.Add(mcid.Value);
                if (parent.Elements.GetDictionary("/Pg") is { } page)
                {
                    node.Pages.Add(page);
                }

                break;
            case PdfDictionary dictionary when dictionary.Elements.GetName("/Type") == "/MCR":
                node.Mcids.Add(dictionary.Elements.GetInteger("/MCID"));
                node.Pages.Add(dictionary.Elements.GetDictionary("/Pg")!);
                break;
            case PdfDictionary dictionary:
                var child = new StructureNode(dictionary.Elements.GetName("/S").TrimStart('/'), dictionary, [], [], []);
                node.Children.Add(child);
                AddKids(child, dictionary);
                break;
        }
    }
}
