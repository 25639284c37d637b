using System.Diagnostics;
using FoiPortal.Documents;

namespace FoiPortal.Bench;

/// <summary>Letters per second with two workers rendering the 3-page letter side by side (issue 6: at least 150).</summary>
public static class Throughput
{
    public static void Run(double seconds)
    {
        var letter = SampleLetters.ThreePageLetter();
        for (var i = 0; i < 50; i++)
        {
            PdfRenderer.Render(letter);
        }

        var deadline = Stopwatch.StartNew();
        var counts = new long[2];
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, worker =>
        {
            while (deadline.Elapsed.TotalSeconds < seconds)
            {
                PdfRenderer.Render(letter);
                counts[worker]++;
            }
        });
        var elapsed = deadline.Elapsed.TotalSeconds;
        var total = counts.Sum();
        Console.WriteLine($"{total} letters in {elapsed:N1} s on 2 workers: {total / elapsed:N0} letters/s ({counts[0]} + {counts[1]})");
    }
}
