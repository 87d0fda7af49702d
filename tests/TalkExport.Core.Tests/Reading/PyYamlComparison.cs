using System.Text;
using System.Text.Json;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading;

/// <summary>
/// Reads record files with <see cref="FrontMatterParser"/> and with libyaml (PyYAML, one process for
/// the batch) and lists every difference: PyYAML reads it and we differ or complain, or PyYAML
/// rejects it and we do not give exactly one located error (C1 control characters: a warning).
/// </summary>
internal static class PyYamlComparison
{
    public static (List<string> Failures, int Rejected, string Loader) Run(IReadOnlyList<string> files)
    {
        var python = ExternalTool.RequirePythonWithYaml();
        var script = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "TalkExport.Core.Tests", "Reading", "pyyaml_frontmatter.py");
        var run = ExternalTool.Run(python, [script], stdin: string.Join('\n', files) + "\n");
        Assert.True(run.ExitCode == 0, run.ToString());

        var failures = new List<string>();
        var rejected = 0;
        var loader = "";
        foreach (var line in run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var path = root.GetProperty("path").GetString()!;
            loader = root.GetProperty("loader").GetString()!;
            var diagnostics = new List<Diagnostic>();
            var text = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path));
            var document = FrontMatterParser.Parse(text, path, ReaderLimits.Default, diagnostics);
            if (root.GetProperty("ok").GetBoolean())
            {
                if (document is null || diagnostics.Count > 0)
                {
                    failures.Add($"{path}: PyYAML reads it, we said: {string.Join(" | ", diagnostics)}");
                }
                else if (Difference(root.GetProperty("value"), document.Values, "") is { } difference)
                {
                    failures.Add($"{path}: {difference}");
                }

                continue;
            }

            rejected++;
            var error = root.GetProperty("error").GetString()!;
            var isC1 = error.Contains("control characters are not allowed", StringComparison.Ordinal);
            var ok = isC1
                ? document is null && diagnostics.Any(d => d.Code == ReaderDiagnosticCodes.ControlCharacters && d.Severity == DiagnosticSeverity.Error)
                : document is null && diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) == 1 && diagnostics.All(d => d.Line > 0);
            if (!ok)
            {
                failures.Add($"{path}: PyYAML rejects it ({error}); we said: {string.Join(" | ", diagnostics)}");
            }
        }

        return (failures, rejected, loader);
    }

    private static string? Difference(JsonElement expected, FrontMatterValue actual, string where)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.String:
                return actual is FrontMatterScalar scalar && scalar.Value == expected.GetString()
                    ? null
                    : $"{where}: expected {JsonSerializer.Serialize(expected.GetString())}, got {Describe(actual)}";
            case JsonValueKind.Array:
                if (actual is not FrontMatterSequence sequence || sequence.Items.Count != expected.GetArrayLength())
                {
                    return $"{where}: expected a list of {expected.GetArrayLength()}, got {Describe(actual)}";
                }

                var i = 0;
                foreach (var item in expected.EnumerateArray())
                {
                    if (Difference(item, sequence.Items[i], $"{where}[{i}]") is { } d)
                    {
                        return d;
                    }

                    i++;
                }

                return null;
            default:
                var pairs = expected.GetProperty("m");
                if (actual is not FrontMatterMapping mapping || mapping.Entries.Count != pairs.GetArrayLength())
                {
                    return $"{where}: expected a mapping of {pairs.GetArrayLength()}, got {Describe(actual)}";
                }

                var j = 0;
                foreach (var pair in pairs.EnumerateArray())
                {
                    var key = pair[0].ValueKind == JsonValueKind.String ? pair[0].GetString() : pair[0].ToString();
                    if (mapping.Entries[j].Key != key)
                    {
                        return $"{where}: key {j} expected '{key}', got '{mapping.Entries[j].Key}'";
                    }

                    if (Difference(pair[1], mapping.Entries[j].Value, $"{where}.{key}") is { } d)
                    {
                        return d;
                    }

                    j++;
                }

                return null;
        }
    }

    private static string Describe(FrontMatterValue value) => value switch
    {
        FrontMatterScalar s => JsonSerializer.Serialize(s.Value),
        FrontMatterSequence s => $"a list of {s.Items.Count}",
        FrontMatterMapping m => $"a mapping of {m.Entries.Count}",
        _ => value.GetType().Name,
    };
}
