namespace TalkExport.Core.Reading.Sites;

/// <summary>Reading small site files safely.</summary>
internal static class SiteFiles
{
    // Config files are small; anything bigger is not a config worth reading.
    private const long MaxBytes = 4 * 1024 * 1024;

    /// <summary>The file's text (UTF-8, BOM dropped), or "" when it is too big or unreadable.</summary>
    public static string ReadText(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Length > MaxBytes ? "" : File.ReadAllText(path).TrimStart('\uFEFF');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>A path for diagnostics: '/' separators.</summary>
    public static string Display(string path) => path.Replace('\\', '/');
}
