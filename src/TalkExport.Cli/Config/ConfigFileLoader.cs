using TalkExport.Core.Exporting;
using TalkExport.Core.Files;
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

    /// <summary>Largest talkexport.yml read, in bytes: a config is a few lines, and a huge value would cost gigabytes to parse.</summary>
    public const long MaxBytes = 1024 * 1024;

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
            if (File.Exists(candidate) || new FileInfo(candidate).LinkTarget is not null)
            {
                return candidate;
            }

            if (IsSiteRoot(dir))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Why a found <paramref name="path"/> may not be read as site content: a link that leads out of
    /// its site (the nearest site root above it, else its own folder); null when it may.
    /// </summary>
    public static string? OutsideProblem(string path)
    {
        var folder = new FileInfo(System.IO.Path.GetFullPath(path)).Directory;
        var root = folder;
        for (var dir = folder; dir is not null; dir = dir.Parent)
        {
            if (IsSiteRoot(dir))
            {
                root = dir;
                break;
            }
        }

        var realRoot = root is null ? null : SafeFile.RealPath(root.FullName);
        return SafeFile.RealPath(path) switch
        {
            null => "it is a broken link",
            var real when realRoot is not null && SafeFile.IsWithin(real, realRoot) => null,
            _ => "it is a link that leads outside the site; name the file with --config to use it",
        };
    }

    /// <summary>Reads <paramref name="path"/>; problems go to <paramref name="diagnostics"/> (any error means: do not run).</summary>
    /// <remarks>
    /// <paramref name="trust"/> is <see cref="FileTrust.User"/> for <c>--config</c> (a FIFO such as
    /// <c>&lt;(…)</c> is read as a stream) and <see cref="FileTrust.Site"/> for a found file (regular
    /// only; the caller checks <see cref="OutsideProblem"/>); both within <see cref="MaxBytes"/>.
    /// </remarks>
    public static TalkExportConfig Load(string path, string displayPath, ExporterRegistry registry, ICollection<Diagnostic> diagnostics, FileTrust trust = FileTrust.User)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var text = SafeFile.ReadAllText(path, trust, MaxBytes, out var problem);
        if (text is null)
        {
            diagnostics.Add(Diagnostic.Error(CliDiagnosticCodes.ConfigUnreadable, displayPath, 0, 0, "not read: " + problem));
            return TalkExportConfig.None;
        }

        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Diagnostic.Error(CliDiagnosticCodes.ConfigUnreadable, displayPath, (int)ex.Start.Line, (int)ex.Start.Column, "not valid YAML: " + (ex.InnerException?.Message ?? ex.Message)));
            return TalkExportConfig.None;
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return TalkExportConfig.None with { Path = path };
        }

        var reading = new ConfigReading(displayPath, registry, diagnostics);
        return reading.Read(yaml.Documents[0].RootNode) with { Path = path };
    }

    private static bool IsSiteRoot(DirectoryInfo dir) =>
        SiteRootMarkers.Any(m => File.Exists(System.IO.Path.Combine(dir.FullName, m)) || Directory.Exists(System.IO.Path.Combine(dir.FullName, m)));
}
