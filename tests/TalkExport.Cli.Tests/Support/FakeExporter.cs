using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Cli.Tests.Support;

/// <summary>An exporter for CLI plumbing tests: writes one line per talk and echoes its settings.</summary>
internal sealed class FakeExporter(string id = "fake", bool binary = false, bool fail = false) : ITalkExporter
{
    public string Id => id;

    public string DisplayName => "Fake";

    public string Extension => binary ? ".bin" : ".fake.txt";

    public string Description => "A test exporter.";

    public bool IsBinary => binary;

    public IReadOnlyList<ExporterOption> Options { get; } =
    [
        new("shout", "Upper-case titles.", ExporterOptionKind.Flag),
        new("style", "A style.") { AllowedValues = ["plain", "fancy"], DefaultValue = "plain" },
        new("columns", "Columns.", ExporterOptionKind.List),
        new("into", "Existing document to update.") { NamesDocumentToUpdate = true },
    ];

    public void Export(IReadOnlyList<Talk> talks, ExportContext context, IOutputTarget target)
    {
        var sb = new StringBuilder();
        sb.Append("settings:");
        foreach (var name in context.Settings.Names.Order(StringComparer.Ordinal))
        {
            sb.Append(' ').Append(name).Append('=').Append(string.Join('|', context.Settings.GetList(name, splitCommas: false)));
        }

        sb.Append('\n');
        foreach (var t in talks)
        {
            var title = context.Settings.GetFlag("shout") ? t.Title.ToUpperInvariant() : t.Title;
            sb.Append(t.Date?.ToString() ?? "-").Append(' ').Append(t.Key).Append(' ').Append(title).Append('\n');
        }

        using var stream = target.Open();
        stream.Write(Encoding.UTF8.GetBytes(sb.ToString()));
        if (fail)
        {
            throw new TalkExportException(FailureKind.Output, "the fake exporter failed on purpose");
        }
    }
}
