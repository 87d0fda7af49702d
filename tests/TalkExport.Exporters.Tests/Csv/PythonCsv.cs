using System.Text.Json;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Csv;

/// <summary>Reads a CSV file with Python's csv module (the oracle for "a script can read it").</summary>
internal static class PythonCsv
{
    private const string Script =
        "import csv, json, sys\n" +
        // Python's own default refuses a field over 131,072 characters; the long-cell test needs more.
        "csv.field_size_limit(sys.maxsize)\n" +
        "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n" +
        "    rows = list(csv.reader(f, delimiter=sys.argv[2]))\n" +
        "sys.stdout.buffer.write(json.dumps(rows, ensure_ascii=True).encode('ascii'))\n";

    public static IReadOnlyList<IReadOnlyList<string>> Read(string path, char delimiter = ',')
    {
        var python = ExternalTool.Require("python3");
        var result = ExternalTool.Run(python, ["-c", Script, path, delimiter.ToString()]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(result.StandardOutput);
        return [.. doc.RootElement.EnumerateArray().Select(r => (IReadOnlyList<string>)[.. r.EnumerateArray().Select(c => c.GetString()!)])];
    }
}
