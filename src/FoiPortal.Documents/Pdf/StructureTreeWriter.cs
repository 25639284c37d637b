using System.Globalization;
using System.Runtime.CompilerServices;
using FoiPortal.Documents.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace FoiPortal.Documents.Pdf;

/// <summary>
/// Writes the logical structure of a tagged PDF (ISO 32000-1 14.7 and 14.8; what PDF/UA, ISO 14289-1, builds on):
/// the structure tree of elements in reading order, each page's marked content linked to its element by an MCID,
/// the parent tree that links back, and artifacts for what is not content.
/// <para>
/// PDFsharp's own <c>UAManager</c> does the same job, but it searches the whole parent tree for every piece of
/// marked content, so its cost grows with pages × cells: a 5,000-row table took about 10 times as long tagged as
/// untagged. This writer keeps direct references and does the same work in constant time per item (see ADR 005).
/// It writes marked-content operators with the same internal PDFsharp method the <c>UAManager</c> uses, reached
/// through an <see cref="UnsafeAccessorAttribute"/>; PDFsharp is pinned to exactly 6.2.4, and the tests fail at once
/// if that method is missing.
/// </para>
/// </summary>
internal sealed class StructureTreeWriter
{
    private readonly PdfDocument _pdf;
    private readonly PdfArray _parentTreeNumbers;
    private readonly PdfDictionary _root;
    private readonly List<Element> _open = [];
    private XGraphics? _graphics;
    private PdfPage? _page;
    private PdfArray? _pageParents;
    private int _pageKey = -1;
    private Element? _marked;
    private bool _inArtifact;

    public StructureTreeWriter(PdfDocument pdf, string language)
    {
        _pdf = pdf;
        var catalog = pdf.Internals.Catalog;

        // ISO 32000-1 14.7.1: a tagged PDF says so in /MarkInfo; 14.9.2.1: /Lang is the default language.
        var markInfo = new PdfDictionary(pdf);
        markInfo.Elements.SetBoolean("/Marked", true);
        catalog.Elements["/MarkInfo"] = markInfo;
        catalog.Elements.SetString("/Lang", language);

        _root = new PdfDictionary(pdf);
        pdf.Internals.AddObject(_root);
        _root.Elements.SetName("/Type", "/StructTreeRoot");
        var parentTree = new PdfDictionary(pdf);
        pdf.Internals.AddObject(parentTree);
        _parentTreeNumbers = new PdfArray(pdf);
        parentTree.Elements["/Nums"] = _parentTreeNumbers;
        _root.Elements.SetReference("/ParentTree", parentTree);
        catalog.Elements.SetReference("/StructTreeRoot", _root);

        var document = NewElement("Document", parent: null);
        _root.Elements["/K"] = new PdfArray(pdf, document.Dictionary);
        _open.Add(document);
    }

    /// <summary>Starts a page: marked content on it is numbered from 0 and listed in the page's parent tree entry.</summary>
    public void BeginPage(PdfPage page, XGraphics graphics)
    {
        _page = page;
        _graphics = graphics;
        _pageKey++;
        _pageParents = new PdfArray(_pdf);
        page.Elements.SetInteger("/StructParents", _pageKey);
        _parentTreeNumbers.Elements.Add(new PdfInteger(_pageKey));
        _parentTreeNumbers.Elements.Add(_pageParents);
    }

    /// <summary>Ends the page's open marked content; the element stays open and continues on the next page.</summary>
    public void EndPage()
    {
        CloseMarkedContent();
        _root.Elements.SetInteger("/ParentTreeNextKey", _pageKey + 1);
    }

    public void BeginElement(StructureTag tag)
    {
        CloseMarkedContent();
        var element = NewElement(tag.ToString(), _open[^1]);
        if (tag == StructureTag.TH)
        {
            // ISO 32000-1 14.8.5.7, ISO 14289-1 7.5: a header cell says what it heads. Ours head their column.
            var attributes = new PdfDictionary(_pdf);
            attributes.Elements.SetName("/O", "/Table");
            attributes.Elements.SetName("/Scope", "/Column");
            element.Dictionary.Elements["/A"] = attributes;
        }

        _open.Add(element);
    }

    public void EndElement()
    {
        CloseMarkedContent();
        if (_open.Count <= 1)
        {
            throw new InvalidOperationException("More structure elements were ended than begun.");
        }

        _open.RemoveAt(_open.Count - 1);
    }

    public void BeginArtifact(ArtifactKind kind)
    {
        CloseMarkedContent();
        var properties = kind switch
        {
            ArtifactKind.Header => "<</Type /Pagination /Subtype /Header>>",
            ArtifactKind.Footer => "<</Type /Pagination /Subtype /Footer>>",
            ArtifactKind.Pagination => "<</Type /Pagination>>",
            _ => "<</Type /Layout>>",
        };
        Write($"/Artifact {properties} BDC\n");
        _inArtifact = true;
    }

    public void EndArtifact()
    {
        PdfRendererExtensions.BeginGraphicMode(_graphics!);
        Write("EMC\n");
        _inArtifact = false;
    }

    /// <summary>Call before drawing content: opens marked content for the innermost element unless it is already open.</summary>
    public void BeforeContent()
    {
        if (_inArtifact)
        {
            return;
        }

        var element = _open[^1];
        if (ReferenceEquals(element, _marked))
        {
            return;
        }

        if (_open.Count == 1)
        {
            throw new InvalidOperationException("Content must be inside a structure element or an artifact.");
        }

        CloseMarkedContent();
        var mcid = _pageParents!.Elements.Count;
        Write($"/{element.Tag} <</MCID {mcid.ToString(CultureInfo.InvariantCulture)}>> BDC\n");
        _pageParents.Elements.Add(element.Dictionary);
        element.AddMarkedContent(_page!, mcid);
        _marked = element;
    }

    private void CloseMarkedContent()
    {
        if (_marked is null)
        {
            return;
        }

        PdfRendererExtensions.BeginGraphicMode(_graphics!);
        Write("EMC\n");
        _marked = null;
    }

    private void Write(string operators)
    {
        // Marked content must nest properly with text objects (ISO 32000-1 14.6): start and end it outside BT/ET.
        PdfRendererExtensions.BeginGraphicMode(_graphics!);
        AppendToContentStream(_graphics!, operators);
    }

    private Element NewElement(string tag, Element? parent)
    {
        var dictionary = new PdfDictionary(_pdf);
        _pdf.Internals.AddObject(dictionary);
        dictionary.Elements.SetName("/Type", "/StructElem");
        dictionary.Elements.SetName("/S", "/" + tag);
        dictionary.Elements.SetReference("/P", parent?.Dictionary ?? _root);
        var element = new Element(tag, dictionary, _pdf);
        parent?.AddChild(element);
        return element;
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "AppendToContentStream")]
    private static extern void AppendToContentStream(XGraphics graphics, string content);

    private sealed class Element(string tag, PdfDictionary dictionary, PdfDocument pdf)
    {
        private PdfArray? _kids;
        private PdfPage? _page;

        public string Tag { get; } = tag;

        public PdfDictionary Dictionary { get; } = dictionary;

        public void AddChild(Element child) => Kids().Elements.Add(child.Dictionary);

        /// <summary>An MCID on the element's own page (/Pg) is a plain integer; on any other page, a marked-content reference.</summary>
        public void AddMarkedContent(PdfPage page, int mcid)
        {
            if (_page is null)
            {
                _page = page;
                Dictionary.Elements.SetReference("/Pg", page);
            }

            if (ReferenceEquals(_page, page))
            {
                Kids().Elements.Add(new PdfInteger(mcid));
                return;
            }

            var reference = new PdfDictionary(pdf);
            reference.Elements.SetName("/Type", "/MCR");
            reference.Elements.SetReference("/Pg", page);
            reference.Elements.SetInteger("/MCID", mcid);
            Kids().Elements.Add(reference);
        }

        private PdfArray Kids()
        {
            if (_kids is null)
            {
                _kids = new PdfArray(pdf);
                Dictionary.Elements["/K"] = _kids;
            }

            return _kids;
        }
    }
}
