namespace TalkExport.Core.Exporting;

/// <summary>
/// Where an exporter writes. A file target writes to temporary files and the caller commits
/// them all at once when the export succeeded, so that nothing partial is left behind; stdout
/// is a target too. An exporter that must split its output (ORCID: at most 100 works per
/// document) opens numbered parts where the target allows it.
/// </summary>
public interface IOutputTarget
{
    /// <summary>A name for messages: the file path, or "stdout".</summary>
    string DisplayName { get; }

    /// <summary>True when the target can hold several parts (an output directory).</summary>
    bool SupportsParts { get; }

    /// <summary>True when the target is an interactive terminal (binary formats refuse it).</summary>
    bool IsTerminal { get; }

    /// <summary>Opens the single output. Call once; the caller disposes the stream.</summary>
    Stream Open();

    /// <summary>
    /// Opens part <paramref name="number"/> (1-based) of a split output: <c>talks.orcid.json</c>
    /// becomes <c>talks.orcid-001.json</c>. Only when <see cref="SupportsParts"/>.
    /// </summary>
    /// <exception cref="NotSupportedException">The target holds one stream only.</exception>
    Stream OpenPart(int number);
}
