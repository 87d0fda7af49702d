using TalkExport.Testing;

namespace TalkExport.Core.Tests;

public sealed class CoreSmokeTests
{
    [Fact]
    public void RepositoryRoot_IsFound() => Assert.True(File.Exists(Path.Combine(TestEnvironment.RepositoryRoot, "TalkExport.sln")));
}
