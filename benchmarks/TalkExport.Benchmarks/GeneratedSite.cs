using System.Diagnostics;

namespace TalkExport.Benchmarks;

/// <summary>Makes (once per size) a seed-shaped site with benchmarks/generate_site.py, so benchmarks read the same shapes as run.sh.</summary>
public static class GeneratedSite
{
    /// <summary>Returns the folder of a generated site of <paramref name="records"/> records, generating it when missing.</summary>
    public static string Ensure(int records)
    {
        var benchmarks = FindBenchmarksFolder();
        var site = Path.Combine(benchmarks, "generated", $"site-{records}");
        if (Directory.Exists(site))
        {
            return site;
        }

        var start = new ProcessStartInfo("python3") { UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(benchmarks, "generate_site.py"));
        start.ArgumentList.Add(site);
        start.ArgumentList.Add(records.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start python3");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"generate_site.py failed with exit code {process.ExitCode}");
        }

        return site;
    }

    // BenchmarkDotNet runs the benchmarks from a generated project under bin/, so walk up to the repository.
    private static string FindBenchmarksFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "benchmarks", "generate_site.py");
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }
        }

        throw new InvalidOperationException("benchmarks/generate_site.py not found above " + AppContext.BaseDirectory);
    }
}
