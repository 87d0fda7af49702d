using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TalkExport.Cli.Config;

/// <summary>
/// Finds and reads <c>talkexport.yml</c> through YamlDotNet's representation model (no
/// reflection, so it stays Native-AOT clean). Unknown keys are errors with their line.
/// </summary>
public static class ConfigFileLoader
{
    /// <summary>The config file name looked for in the site root.</summary>
    public const string FileName = "talkexport.yml";

    private static readonly string[] SiteRootMarkers =
        ["_config.yml", "_config.yaml", "config.toml", "config.yaml", "hugo.toml", "hugo.yaml", "config/_default", ".git"];

    /// <summary>
    /// The <c>talkexport.yml</c> that applies to <paramref name="path"/>: in its folder or the
    /// nearest one above, up to and including the site root (a folder with a Jekyll or Hugo config,
    /// or a repository root); null when there is none.
    /// </summary>
    public static string? Find(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var dir = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full).Directory;
        for (; dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (SiteRootMarkers.Any(m => File.Exists(System.IO.Path.Combine(dir.FullName, m)) || Directory.Exists(System.IO.Path.Combine(dir.FullName, m))))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Reads <paramref name="path"/>; problems go to <paramref name="diagnostics"/> (any error means: do not run).</summary>
    public static TalkExportConfig Load(string path, string displayPath, ExporterRegistry registry, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            yaml.Load(reader);
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Diagnostic.Error(CliDiagnosticCodes.ConfigUnreadable, displayPath, (int)ex.Start.Line, (int)ex.Start.Column, "not valid YAML: " + (ex.InnerException?.Message ?? ex.Message)));
            return TalkExportConfig.None;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(CliDiagnosticCodes.ConfigUnreadable, displayPath, 0, 0, "cannot read: " + ex.Message));
            return TalkExportConfig.None;
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return TalkExportConfig.None with { Path = path };
        }

        var reading = new ConfigReading(displayPath, registry, diagnostics);
        return reading.Read(yaml.Documents[0].RootNode) with { Path = path };
    }
}
