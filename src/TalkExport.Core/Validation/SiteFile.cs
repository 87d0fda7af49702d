namespace TalkExport.Core.Validation;

/// <summary>A file a link names inside the site folder.</summary>
/// <param name="FullPath">Where it would be on disk.</param>
/// <param name="RelativePath">The path inside the site folder, '/' separators.</param>
/// <param name="Exists">Whether it is there.</param>
public sealed record SiteFile(string FullPath, string RelativePath, bool Exists);
