using TalkExport.Testing;

namespace TalkExport.Cli.Tests;

public sealed class CliSmokeTests
{
    [Fact]
    public void RepositoryRoot_IsFound() => Assert.True(File.Exists(Path.Combine(TestEnvironment.RepositoryRoot, "TalkExport.sln")));
}
