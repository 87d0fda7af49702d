using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using YamlDotNet.RepresentationModel;

namespace TalkExport.Cli.Config;

/// <summary>One read of a talkexport.yml document: maps nodes to <see cref="TalkExportConfig"/>, reporting located problems.</summary>
internal sealed class ConfigReading(string displayPath, ExporterRegistry registry, ICollection<Diagnostic> diagnostics)
{
    private static readonly string[] TopKeys = ["owner", "base_url", "dialect", "aliases", "ignore_tags", "academic_year_start"];

    public TalkExportConfig Read(YamlNode root)
    {
        if (root is not YamlMappingNode map)
        {
            Error(CliDiagnosticCodes.ConfigBadValue, root, "the file must be a mapping of keys to values");
            return TalkExportConfig.None;
        }

        var config = new TalkExportConfig();
        var exporters = new Dictionary<string, ExporterSettings>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "owner":
                    config = config with { Owner = Text(value) };
                    break;
                case "base_url":
                    config = config with { BaseUrl = WebUrl(value)?.TrimEnd('/') };
                    break;
                case "dialect":
                    config = config with { Dialect = Text(value) };
                    break;
                case "aliases":
                    config = config with { Aliases = Aliases(value) };
                    break;
                case "ignore_tags":
                    config = config with { IgnoreTags = List(value) };
                    break;
                case "academic_year_start":
                    config = config with { AcademicYearStart = AcademicYearStart(value) };
                    break;
                default:
                    if (registry.Find(key) is { } exporter)
                    {
                        exporters[exporter.Id] = ExporterDefaults(exporter, value);
                    }
                    else
                    {
                        var known = string.Join(", ", TopKeys.Concat(registry.All.Select(e => e.Id)));
                        Error(CliDiagnosticCodes.ConfigUnknownKey, keyNode, $"unknown key '{key}' (known: {known})");
                    }

                    break;
            }
        }

        return config with { Exporters = exporters };
    }

    private ExporterSettings ExporterDefaults(ITalkExporter exporter, YamlNode node)
    {
        var settings = ExporterSettings.Empty;
        if (node is YamlScalarNode { Value: null or "" })
        {
            return settings;
        }

        if (node is not YamlMappingNode map)
        {
            Error(CliDiagnosticCodes.ConfigBadValue, node, $"'{exporter.Id}' must be a mapping of option names to values");
            return settings;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var option = exporter.Options.FirstOrDefault(o => o.ConfigKey == key);
            if (option is null)
            {
                var known = string.Join(", ", exporter.Options.Select(o => o.ConfigKey));
                Error(CliDiagnosticCodes.ConfigUnknownKey, keyNode, $"unknown key '{key}' under '{exporter.Id}' (known: {known})");
                continue;
            }

            IReadOnlyList<string> values = option.Kind == ExporterOptionKind.List ? List(value) : Text(value) is { } t ? [t] : [];
            settings = settings.With(option.Name, values);
        }

        return settings;
    }

    private Dictionary<string, string> Aliases(YamlNode node)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is not YamlMappingNode map)
        {
            Error(CliDiagnosticCodes.ConfigBadValue, node, "'aliases' must map front-matter keys to model fields, e.g. { speaker: authors }");
            return aliases;
        }

        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode { Value: { } from } && Text(v) is { } to)
            {
                aliases[from] = to;
            }
        }

        return aliases;
    }

    private string? Text(YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            return string.IsNullOrEmpty(scalar.Value) ? null : scalar.Value;
        }

        Error(CliDiagnosticCodes.ConfigBadValue, node, "expected a single value here");
        return null;
    }

    private string[] List(YamlNode node) => node switch
    {
        YamlSequenceNode seq => seq.Children.Select(Text).OfType<string>().ToArray(),
        YamlScalarNode { Value: { Length: > 0 } v } => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        YamlScalarNode => [],
        _ => Fail(node),
    };

    private string[] Fail(YamlNode node)
    {
        Error(CliDiagnosticCodes.ConfigBadValue, node, "expected a list ([a, b]) or a comma-separated value");
        return [];
    }

    private Core.Exporting.Reporting.AcademicYear? AcademicYearStart(YamlNode node)
    {
        if (Text(node) is not { } text)
        {
            return null;
        }

        if (!Core.Exporting.Reporting.AcademicYear.TryParse(text, out var start))
        {
            Error(CliDiagnosticCodes.ConfigBadValue, node, $"'academic_year_start' must be a day of the year as MM-DD (e.g. 09-01 for 1 September), not '{text}'");
            return null;
        }

        return start;
    }

    // base_url is joined to every relative link, so it must be a web address (see LinkPolicy).
    private string? WebUrl(YamlNode node)
    {
        var url = Text(node);
        if (url is not null && !LinkPolicy.IsWebUrl(url))
        {
            Error(CliDiagnosticCodes.ConfigBadValue, node, $"'base_url' must be an http or https URL with a host (e.g. https://example.org), not '{url}'");
            return null;
        }

        return url;
    }

    private void Error(string code, YamlNode node, string message) =>
        diagnostics.Add(Diagnostic.Error(code, displayPath, (int)node.Start.Line, (int)node.Start.Column, message));
}
