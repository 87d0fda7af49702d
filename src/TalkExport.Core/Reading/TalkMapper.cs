using TalkExport.Core.Model;

namespace TalkExport.Core.Reading;

/// <summary>Maps a parsed record to a <see cref="Talk"/> by its site's dialect (Jekyll posts, academicpages, Hugo Blox).</summary>
public sealed class TalkMapper
{
    /// <summary>Creates a mapper.</summary>
    public TalkMapper(ReaderOptions options)
    {
        Options = options;
    }

    /// <summary>The reader options in force.</summary>
    public ReaderOptions Options { get; }

    /// <summary>The talk of one record, or null when the record is not a talk on the site (draft, not a post, not given by the owner); says why in <paramref name="diagnostics"/>.</summary>
    public Talk? Map(RecordFile file, FrontMatterDocument document, SiteConfig site, ICollection<Diagnostic> diagnostics) =>
        throw new NotImplementedException("dialects helper");
}
