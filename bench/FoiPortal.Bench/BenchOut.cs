namespace FoiPortal.Bench;

/// <summary>Where the benchmarks write: bench/out/ of the repository (ignored by git), wherever they are started from.</summary>
internal static class BenchOut
{
    public static string Folder(string name)
    {
        var root = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "FoiPortal.sln")))
        {
            root = root.Parent;
        }

        return Path.Combine(root?.FullName ?? Directory.GetCurrentDirectory(), "bench", "out", name);
    }
}
