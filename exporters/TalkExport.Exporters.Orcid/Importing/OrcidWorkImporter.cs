using TalkExport.Core.Importing;

namespace TalkExport.Exporters.Orcid.Importing;

/// <summary>
/// Reads ORCID API v3.0 works, JSON or XML: what our <c>orcid</c> and <c>orcid-xml</c> exporters
/// write, one work or a bulk document as ORCID's API returns them, and a works summary. Works of
/// the talk types (public-speech, lecture-speech, conference-presentation, conference-poster)
/// are talks; other works are counted as not talks.
/// </summary>
public sealed class OrcidWorkImporter : ITalkImporter
{
    /// <inheritdoc/>
    public string Id => "orcid";

    /// <inheritdoc/>
    public string Description => "ORCID API v3.0 works (JSON or XML: one work, bulk, or a /works summary): talk types become talks.";

    /// <inheritdoc/>
    public bool Recognises(string path, ReadOnlySpan<char> head)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = SourceShape.Content(head);
        if (SourceShape.HasExtension(path, ".xml"))
        {
            return text.Contains("orcid.org/ns", StringComparison.Ordinal);
        }

        if (!SourceShape.HasExtension(path, ".json") || !text.StartsWith("{"))
        {
            // A CSL-JSON file is an array; ORCID's documents are objects.
            return false;
        }

        return SourceShape.HasExtension(path, ".orcid.json")
            || text.Contains("\"bulk\"", StringComparison.Ordinal)
            || text.Contains("\"work-summary\"", StringComparison.Ordinal)
            || text.Contains("\"put-code\"", StringComparison.Ordinal)
            || (text.Contains("\"group\"", StringComparison.Ordinal) && text.Contains("/works\"", StringComparison.Ordinal))
            || HasWorkTitle(text);
    }

    /// <inheritdoc/>
    public ImportBatch Read(ImportSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var batch = new ImportBatch();
        if (SourceShape.Content(source.Text).StartsWith("<"))
        {
            OrcidXmlWorks.Read(source, batch, cancellationToken);
        }
        else
        {
            OrcidJsonWorks.Read(source, batch, cancellationToken);
        }

        return batch;
    }

    // A work's title is an object holding "title" ({"title": {"title": {"value": …}}}), unlike any CSL or other JSON title.
    private static bool HasWorkTitle(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf("\"title\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var rest = SourceShape.Content(text[(at + 7)..]);
        return rest.StartsWith(":") && SourceShape.Opens(rest[1..], '{', "\"title\"");
    }
}
