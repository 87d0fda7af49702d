using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Cli.Commands;

/// <summary>The pipeline step that gives every talk its citation key, over all talks read (before filters, so a filter never changes a key).</summary>
internal static class CitationKeysStep
{
    public static IReadOnlyList<Talk> Assign(IReadOnlyList<Talk> talks, string? owner) =>
        CitationKeys.Assign(talks, CitationKeyOptions.Default with { Owner = owner });
}
