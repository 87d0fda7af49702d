using Xunit;

namespace TalkExport.Testing;

/// <summary>
/// Where the tests find what is not in the repository. The corpus of real talk records is read
/// from <c>TALKEXPORT_CORPUS</c> (default <c>../shared/corpus</c> beside the repository); a test
/// that needs it skips where it is absent and fails where <c>CI=true</c>.
/// </summary>
public static class TestEnvironment
{
    /// <summary>True when running in CI (<c>CI=true</c>): missing tools and data fail instead of skipping.</summary>
    public static bool IsCI => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The repository root (the folder holding TalkExport.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The bundled samples site.</summary>
    public static string SamplesPath => Path.Combine(RepositoryRoot, "samples");

    /// <summary>The corpus folder, or skips (fails in CI) when it is absent.</summary>
    public static string RequireCorpus()
    {
        var configured = Environment.GetEnvironmentVariable("TALKEXPORT_CORPUS");
        var path = string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"))
            : Path.GetFullPath(configured);
        if (Directory.Exists(path))
        {
            return path;
        }

        return SkipOrFail<string>($"The talk corpus is not at '{path}'. Set TALKEXPORT_CORPUS to its folder.");
    }

    /// <summary>Every site folder of the corpus (not <c>_other-versions</c>), in ordinal order; skips or fails as <see cref="RequireCorpus"/>.</summary>
    public static IReadOnlyList<string> RequireCorpusSites() =>
        Directory.GetDirectories(RequireCorpus()).Where(d => !Path.GetFileName(d).StartsWith('_')).Order(StringComparer.Ordinal).ToList();

    /// <summary>The seed site folder inside the corpus.</summary>
    public static string RequireSeedSite() => Path.Combine(RequireCorpus(), "olofmogren--olofmogren.github.io");

    /// <summary>The seed record inside the corpus.</summary>
    public static string RequireSeedRecord() =>
        Path.Combine(RequireSeedSite(), "talks", "_posts", "2020-11-05-uncertainty-in-deep-learning.md");

    /// <summary>Skips the test with <paramref name="reason"/>, or fails it in CI.</summary>
    public static T SkipOrFail<T>(string reason)
    {
        if (IsCI)
        {
            Assert.Fail(reason + " (CI=true: required here)");
        }

        Assert.Skip(reason);
        return default!;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TalkExport.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TalkExport.sln not found above " + AppContext.BaseDirectory);
    }
}
