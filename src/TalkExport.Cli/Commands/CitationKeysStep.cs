using TalkExport.Core.Model;

namespace TalkExport.Cli.Commands;

/// <summary>The pipeline step that gives every talk its citation key, over all talks read (before filters).</summary>
internal static class CitationKeysStep
{
    // Keys are made in Core by CitationKeys (bibtex branch); until that lands the talks keep
    // their empty keys. Keeping the step here means the pipeline order stays as documented.
    public static IReadOnlyList<Talk> Assign(IReadOnlyList<Talk> talks) => talks;
}
