using System.Diagnostics;
using FoiPortal.Documents;

namespace FoiPortal.Bench;

/// <summary>
/// Letters per second with two workers rendering the 3-page letter side by side (issue 6: at least 150). Also prints
/// the process's CPU time per letter: on a machine shared with other jobs, letters per CPU-second times two cores is
/// what the two workers would reach with the machine to themselves.
/// </summary>
public static class Throughput
{
    public static void Run(double seconds)
    {
        var letter = SampleLetters.ThreePageLetter();
        for (var i = 0; i < 100; i++)
        {
            PdfRenderer.Render(letter);
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
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
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var total = counts.Sum();
        Console.WriteLine($"{total} letters in {elapsed:N1} s on 2 workers: {total / elapsed:N0} letters/s ({counts[0]} + {counts[1]}); "
            + $"CPU {cpu:N1} s, {cpu * 1000 / total:N1} ms a letter, {2 * total / cpu:N0} letters/s on 2 free cores");
    }
}
