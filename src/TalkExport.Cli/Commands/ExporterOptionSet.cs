using System.CommandLine;
using TalkExport.Core.Exporting;

namespace TalkExport.Cli.Commands;

/// <summary>
/// The command-line options generated from one exporter's <see cref="ExporterOption"/>s: a
/// flag becomes a bool option, a value a string option (its allowed values offered as
/// completions and checked), a list a repeatable option that also takes commas.
/// </summary>
public sealed class ExporterOptionSet
{
    private readonly List<(ExporterOption Spec, Option Option)> _options = [];

    /// <summary>Creates the options; <paramref name="prefix"/> (e.g. "csv-") names them for a multi-format verb; <paramref name="leaveOut"/> names options that make no sense on the verb.</summary>
    public ExporterOptionSet(ITalkExporter exporter, string prefix = "", ISet<string>? taken = null, IReadOnlyCollection<string>? leaveOut = null)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        Exporter = exporter;
        foreach (var spec in exporter.Options.Where(o => leaveOut?.Contains(o.Name) != true))
        {
            var name = "--" + prefix + spec.Name;
            if (taken is not null && !taken.Add(name))
            {
                // A clash with a common option (e.g. --output): the exporter's option is reached as --<id>-<name>.
                name = "--" + exporter.Id + "-" + spec.Name;
            }

            var aliases = prefix.Length == 0 ? spec.Aliases.Where(a => taken is null || taken.Add(a)).ToArray() : [];
            var description = spec.Description + (spec.DefaultValue is null ? "" : $" (default: {spec.DefaultValue})");
            Option option = spec.Kind switch
            {
                ExporterOptionKind.Flag => new Option<bool>(name, aliases) { Description = description },
                ExporterOptionKind.List => new Option<string[]>(name, aliases) { Description = description + " Repeatable or comma-separated.", HelpName = Help(spec) },
                _ => new Option<string>(name, aliases) { Description = description, HelpName = Help(spec) },
            };
            if (spec.AllowedValues is { Count: > 0 } allowed)
            {
                option.CompletionSources.Add(allowed.ToArray());
            }

            if (spec is { Kind: ExporterOptionKind.Value, AllowedValues: { Count: > 0 } choices })
            {
                // A list may take more than its listed values (csv: extra.<key>), so only single
                // values are checked here; the exporter checks the rest and says so as a usage error.
                option.Validators.Add(result =>
                {
                    foreach (var token in result.Tokens.Where(t => !choices.Contains(t.Value, StringComparer.OrdinalIgnoreCase)))
                    {
                        result.AddError($"{name}: '{token.Value}' is not one of {string.Join(", ", choices)}.");
                    }
                });
            }

            _options.Add((spec, option));
        }
    }

    /// <summary>The exporter.</summary>
    public ITalkExporter Exporter { get; }

    /// <summary>The generated options.</summary>
    public IReadOnlyList<Option> Options => _options.Select(o => o.Option).ToList();

    /// <summary>The exporter option whose value names a document to update (Word's <c>--into</c>), when given.</summary>
    public string? DocumentToUpdate(ExporterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return _options.Where(o => o.Spec.NamesDocumentToUpdate).Select(o => settings.GetString(o.Spec.Name)).FirstOrDefault(v => v is not null);
    }

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var (_, option) in _options)
        {
            command.Add(option);
        }
    }

    /// <summary>The settings: <paramref name="defaults"/> (from talkexport.yml) overridden by what the command line gave.</summary>
    public ExporterSettings Bind(ParseResult parse, ExporterSettings defaults)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(defaults);
        var settings = defaults;
        foreach (var (spec, option) in _options)
        {
            if (parse.GetResult(option) is not { Implicit: false })
            {
                continue;
            }

            settings = option switch
            {
                Option<bool> flag => settings.With(spec.Name, parse.GetValue(flag) ? "true" : "false"),
                Option<string[]> list => settings.With(spec.Name, parse.GetValue(list) ?? []),
                Option<string> value => parse.GetValue(value) is { } v ? settings.With(spec.Name, v) : settings,
                _ => settings,
            };
        }

        return settings;
    }

    private static string Help(ExporterOption spec) =>
        spec.AllowedValues is { Count: > 0 and <= 5 } a ? string.Join('|', a) : spec.Name.ToUpperInvariant();
}
