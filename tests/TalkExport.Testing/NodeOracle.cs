namespace TalkExport.Testing;

/// <summary>
/// Runs a consumer that lives on npm (ORCID's BibTeX parser, JSON Resume's schema, ajv,
/// citation-js) with node. The packages are pinned in <c>tests/node/package.json</c> and installed
/// by <c>.ci/run</c> (<c>npm ci --prefix tests/node</c>); a missing node or package skips the test,
/// or fails it where <c>CI=true</c>.
/// </summary>
public static class NodeOracle
{
    /// <summary>The folder that holds <c>package.json</c> and <c>node_modules/</c>.</summary>
    public static string PackageFolder => Path.Combine(TestEnvironment.RepositoryRoot, "tests", "node");

    /// <summary>Runs <paramref name="script"/> (JavaScript, read from stdin by node) with the oracle packages resolvable; skips/fails when node or <paramref name="package"/> is missing.</summary>
    public static ToolResult Run(string package, string script, IEnumerable<string>? arguments = null, TimeSpan? timeout = null)
    {
        var node = ExternalTool.Require("node");
        if (!Directory.Exists(Path.Combine(PackageFolder, "node_modules", package)))
        {
            return TestEnvironment.SkipOrFail<ToolResult>($"npm package '{package}' is not installed (run: npm ci --prefix tests/node; .ci/run does).");
        }

        var scriptPath = Path.Combine(PackageFolder, $".oracle-{Guid.NewGuid():N}.js");
        File.WriteAllText(scriptPath, script);
        try
        {
            return ExternalTool.Run(node, [scriptPath, .. arguments ?? []], workingDirectory: PackageFolder, timeout: timeout ?? TimeSpan.FromMinutes(2));
        }
        finally
        {
            File.Delete(scriptPath);
        }
    }
}
