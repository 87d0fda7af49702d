namespace TalkExport.Core.Exporting;

/// <summary>
/// An option an exporter declares, so that the command line can offer it (<c>--name</c>) and the
/// config file can set it (under the exporter id, in snake_case). The exporter reads the value
/// from <see cref="ExporterSettings"/> by <see cref="Name"/>.
/// </summary>
/// <param name="Name">kebab-case name without dashes: "dialect", "no-formula-guard".</param>
/// <param name="Description">One line for --help.</param>
/// <param name="Kind">Flag, single value or list.</param>
public sealed record ExporterOption(string Name, string Description, ExporterOptionKind Kind = ExporterOptionKind.Value)
{
    /// <summary>The allowed values of a <see cref="ExporterOptionKind.Value"/> or list option, or null for free text.</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>The default value shown in --help (the exporter applies it itself when the setting is absent).</summary>
    public string? DefaultValue { get; init; }

    /// <summary>Other names the command line accepts (with dashes, e.g. "--excel").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// True when the value names an existing document that the export updates in place
    /// (Word's <c>--into</c>): the command line then writes the result over that file
    /// (atomically) unless an output is given.
    /// </summary>
    public bool NamesDocumentToUpdate { get; init; }

    /// <summary>The snake_case key used in talkexport.yml.</summary>
    public string ConfigKey => Name.Replace('-', '_');
}
