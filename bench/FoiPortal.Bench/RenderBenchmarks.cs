using BenchmarkDotNet.Attributes;
using FoiPortal.Documents;

namespace FoiPortal.Bench;

/// <summary>Issue 6's targets: the 3-page letter under 10 ms (median, warm); the 5,000-row attachment under 2 s and 200 MB.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private LetterDocument _letter = null!;
    private LetterDocument _attachment = null!;

    [GlobalSetup]
    public void Setup()
    {
        _letter = SampleLetters.ThreePageLetter();
        _attachment = SampleLetters.Attachment(5000);
        PdfRenderer.Render(_letter);
    }

    [Benchmark]
    public byte[] ThreePageLetterPdf() => PdfRenderer.Render(_letter);

    [Benchmark]
    public string ThreePageLetterHtml() => HtmlRenderer.Render(_letter);

    [Benchmark]
    public byte[] Attachment5000RowsPdf() => PdfRenderer.Render(_attachment);
}
