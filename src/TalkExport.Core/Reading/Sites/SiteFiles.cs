using TalkExport.Core.Files;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Sites;

/// <summary>
/// One site's own files (configs, <c>CNAME</c>, author profiles), read as site content: regular
/// files only, inside the site by real path (unless links may be followed), within
/// <see cref="ReaderLimits.MaxSiteFileBytes"/>. Anything else is a warning and reads as empty.
/// </summary>
internal sealed class SiteFiles(string root, ReaderLimits limits, bool followSymlinks, ICollection<Diagnostic> diagnostics)
{
    private string? _realRoot;

    /// <summary>The site's root folder (full path).</summary>
    public string Root { get; } = root;

    /// <summary>The reader's limits.</summary>
    public ReaderLimits Limits { get; } = limits;

    /// <summary>Where problems go.</summary>
    public ICollection<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>The file's text (UTF-8, BOM dropped), or "" (with a warning) when it may not or cannot be read.</summary>
    public string ReadText(string path)
    {
        var problem = OutsideProblem(path);
        var text = problem is null ? SafeFile.ReadAllText(path, FileTrust.Site, Limits.MaxSiteFileBytes, out problem) : null;
        if (text is null)
        {
            Diagnostics.Add(Diagnostic.Warning(ReaderDiagnosticCodes.SiteFileRefused, Display(path), 0, 0, $"site file not read: {problem}"));
        }

        return text ?? "";
    }

    /// <summary>A path for diagnostics: '/' separators.</summary>
    public static string Display(string path) => path.Replace('\\', '/');

    // A link may lead anywhere: CNAME -> ~/.ssh/id_rsa would put a secret into every URL.
    private string? OutsideProblem(string path)
    {
        if (followSymlinks)
        {
            return null;
        }

        _realRoot ??= SafeFile.RealPath(Root) ?? Root;
        return SafeFile.RealPath(path) switch
        {
            null => "it is a broken link or was removed",
            var real when SafeFile.IsWithin(real, _realRoot) => null,
            _ => "it is a link that leads outside the site (--follow-symlinks reads it)",
        };
    }
}
