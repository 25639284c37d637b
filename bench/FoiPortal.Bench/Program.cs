using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using FoiPortal.Bench;
using FoiPortal.Documents;

// Everything written goes under bench/out/ (ignored by git) unless a folder is given.
// dotnet run -c Release --project bench/FoiPortal.Bench -- sample [folder]      writes the sample PDFs and HTML (bench/out/sample)
// dotnet run -c Release --project bench/FoiPortal.Bench -- throughput [seconds]  letters per second on 2 workers
// dotnet run -c Release --project bench/FoiPortal.Bench -- large [rows]           one attachment (5,000 rows): time, peak working set
// dotnet run -c Release --project bench/FoiPortal.Bench -- profile letter|large|rowsN <times>   renders in a loop, for a profiler
// dotnet run -c Release --project bench/FoiPortal.Bench -- [BenchmarkDotNet arguments]
switch (args.FirstOrDefault())
{
    case "sample":
        var folder = args.Length > 1 ? args[1] : BenchOut.Folder("sample");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "letter.pdf"), PdfRenderer.Render(SampleLetters.ThreePageLetter()));
        File.WriteAllText(Path.Combine(folder, "letter.html"), HtmlRenderer.Render(SampleLetters.ThreePageLetter()));
        File.WriteAllBytes(Path.Combine(folder, "attachment-5000.pdf"), PdfRenderer.Render(SampleLetters.Attachment(5000)));
        Console.WriteLine($"Wrote letter.pdf, letter.html and attachment-5000.pdf to {Path.GetFullPath(folder)}");
        break;
    case "throughput":
        Throughput.Run(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10);
        break;
    case "profile":
        Profile.Run(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        break;
    case "large":
        var rows = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5000;
        PdfRenderer.Render(SampleLetters.ThreePageLetter());
        var watch = Stopwatch.StartNew();
        var bytes = PdfRenderer.Render(SampleLetters.Attachment(rows));
        watch.Stop();
        using (var process = Process.GetCurrentProcess())
        {
            process.Refresh();
            Console.WriteLine($"{rows:N0}-row attachment: {watch.Elapsed.TotalMilliseconds:N0} ms, {bytes.Length / 1024.0 / 1024:N1} MB PDF, "
                + $"peak working set {process.PeakWorkingSet64 / 1024.0 / 1024:N0} MB, allocated {GC.GetTotalAllocatedBytes() / 1024.0 / 1024:N0} MB in total");
        }

        break;
    default:
        // BenchmarkDotNet's reports go to bench/out/BenchmarkDotNet.Artifacts, not the current folder.
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.WithArtifactsPath(BenchOut.Folder("BenchmarkDotNet.Artifacts")));
        break;
}
