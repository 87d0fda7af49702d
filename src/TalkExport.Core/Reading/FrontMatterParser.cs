using TalkExport.Core.Model;

namespace TalkExport.Core.Reading;

/// <summary>Splits a record into front matter and body and parses the front matter (YAML as libyaml reads it, or TOML).</summary>
public static class FrontMatterParser
{
    /// <summary>The parsed document, or null with an error in <paramref name="diagnostics"/>; <paramref name="displayPath"/> is used in diagnostics.</summary>
    public static FrontMatterDocument? Parse(string text, string displayPath, ReaderLimits limits, ICollection<Diagnostic> diagnostics) =>
        throw new NotImplementedException("reader helper");
}
