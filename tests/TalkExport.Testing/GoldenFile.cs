using Xunit;

namespace TalkExport.Testing;

/// <summary>
/// Compares an output with its expected file. On mismatch writes <c>*.received.*</c> beside it
/// (git-ignored); with <c>TALKEXPORT_UPDATE_GOLDEN=1</c> rewrites the expectation instead.
/// </summary>
public static class GoldenFile
{
    /// <summary>Asserts that <paramref name="actual"/> equals the text of <paramref name="expectedPath"/> (a path relative to the repository root, or absolute).</summary>
    public static void AssertMatches(string expectedPath, string actual)
    {
        var path = Path.IsPathRooted(expectedPath) ? expectedPath : Path.Combine(TestEnvironment.RepositoryRoot, expectedPath);
        var received = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + ".received" + Path.GetExtension(path));
        if (Environment.GetEnvironmentVariable("TALKEXPORT_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(received, actual);
            Assert.Fail($"No golden file {path}; wrote {received}. Check it and rerun with TALKEXPORT_UPDATE_GOLDEN=1.");
        }

        var expected = File.ReadAllText(path);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.WriteAllText(received, actual);
            Assert.Fail($"Output differs from {path}; wrote {received}. diff them, and rerun with TALKEXPORT_UPDATE_GOLDEN=1 if the change is right.");
        }

        File.Delete(received);
    }
}
