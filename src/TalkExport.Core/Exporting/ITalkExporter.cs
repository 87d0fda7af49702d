using TalkExport.Core.Model;

namespace TalkExport.Core.Exporting;

/// <summary>
/// A pluggable output format. Metadata lives on the exporter (the command line makes one verb
/// per exporter from it); <see cref="Export"/> is a pure mapping of talks plus a serializer.
/// Talks arrive already filtered, sorted and keyed; an exporter must write the same bytes for
/// the same talks.
/// </summary>
public interface ITalkExporter
{
    /// <summary>Stable lowercase one-word id, also the verb: "bibtex", "csv", "docx".</summary>
    string Id { get; }

    /// <summary>Human name: "BibTeX / biblatex".</summary>
    string DisplayName { get; }

    /// <summary>File extension with its dot, as used in <c>talks.&lt;ext&gt;</c>: ".bib", ".orcid.json".</summary>
    string Extension { get; }

    /// <summary>One line for <c>talkexport formats</c>.</summary>
    string Description { get; }

    /// <summary>True for binary output (refused on a terminal).</summary>
    bool IsBinary { get; }

    /// <summary>The options this exporter understands.</summary>
    IReadOnlyList<ExporterOption> Options { get; }

    /// <summary>Writes <paramref name="talks"/> to <paramref name="target"/>. Empty input gives a valid empty document.</summary>
    /// <exception cref="TalkExportException">An option value is bad or the output cannot be written.</exception>
    void Export(IReadOnlyList<Talk> talks, ExportContext context, IOutputTarget target);

    /// <summary>
    /// False when the output never contains <see cref="Talk.Abstract"/>: the reader then skips
    /// building abstracts (see <see cref="Reading.ReaderOptions.ReadAbstracts"/>). True unless overridden.
    /// </summary>
    bool UsesAbstracts => true;

    /// <summary>
    /// The documents shipped inside the exporter, chosen by name (never by a path) and listed by the
    /// verb's <c>--list</c>; empty for most exporters.
    /// </summary>
    IReadOnlyList<GalleryTemplate> Gallery => [];
}
