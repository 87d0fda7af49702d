namespace TalkExport.Exporters.Word.Mapping;

/// <summary>One talk as a formatted line of a CV: runs of text with their formatting and links.</summary>
/// <param name="Runs">The runs in order; adjacent runs never share the same formatting.</param>
public sealed record CvEntry(IReadOnlyList<CvRun> Runs)
{
    /// <summary>Links that could not become hyperlinks (not http, https or mailto) and were left out.</summary>
    public IReadOnlyList<CvLink> DroppedLinks { get; init; } = [];

    /// <summary>The entry's text without formatting, as a reader sees it.</summary>
    public string PlainText => string.Concat(Runs.Select(r => r.Text));
}
