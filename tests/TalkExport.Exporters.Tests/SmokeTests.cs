using TalkExport.Testing;

namespace TalkExport.Exporters.Tests;

public sealed class ExportersSmokeTests
{
    [Fact]
    public void RepositoryRoot_IsFound() => Assert.True(File.Exists(Path.Combine(TestEnvironment.RepositoryRoot, "TalkExport.sln")));
}
